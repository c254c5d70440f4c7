import assert from 'node:assert/strict';
import { chartLimits, geometry, layoutChart, type LayoutFactor } from '../../../server/src/chart/layout';
import { orderLayers } from '../../../server/src/chart/layer-order';
import { textWidth } from '../../../server/src/chart/text-fit';
import type { ChartHole, ChartLayout } from '../../../server/src/chart/types';
import { defaultLayerOrder } from '../../../server/src/config';
import { payloadOf, twelveLayers, withFactors } from './fixtures';

function factor(layer: string, text: string, line = 0): LayoutFactor {
	return { layer, text, line, endLine: line, start: 0, end: text.length };
}

function sliceOf(layout: ChartLayout, hole: ChartHole): ChartLayout['slices'][number] {
	const slice = layout.slices.find((candidate) => candidate.layer === hole.layer);
	assert.ok(slice, `no slice for ${hole.layer}`);
	return slice;
}

/** Geometry every legible chart keeps: holes inside their slice, no two holes overlapping. */
function assertHolesFit(layout: ChartLayout): void {
	for (const hole of layout.holes) {
		const slice = sliceOf(layout, hole);
		assert.ok(hole.cx - hole.rx >= slice.x && hole.cx + hole.rx <= slice.x + slice.width, `hole ${hole.number} leaves its slice sideways`);
		assert.ok(hole.cy - hole.ry >= slice.y && hole.cy + hole.ry <= slice.y + slice.height, `hole ${hole.number} leaves its slice vertically`);
	}
	for (const a of layout.holes) {
		for (const b of layout.holes) {
			if (a.number < b.number) {
				const apart = Math.abs(a.cx - b.cx) >= a.rx + b.rx || Math.abs(a.cy - b.cy) >= a.ry + b.ry;
				assert.ok(apart, `holes ${a.number} and ${b.number} overlap`);
			}
		}
	}
}

suite('chart layout', () => {
	test('the same document gives the same picture', () => {
		const text = withFactors([['Testing', 'no test covered the retry path'], ['Alerting', 'the alert threshold was too high'], ['Testing', 'staging had no traffic']]);
		assert.deepEqual(payloadOf(text), payloadOf(text));
		assert.deepEqual(payloadOf(text).layout, payloadOf(`${text}\n`).layout, 'a trailing newline moves nothing');
	});

	test('holes move with their own text only, not with other factors', () => {
		const before = payloadOf(withFactors([['Testing', 'no test covered the retry path'], ['Alerting', 'the alert threshold was too high']]));
		const after = payloadOf(withFactors([['Testing', 'no test covered the retry path'], ['Alerting', 'nobody was paged']]));
		assert.deepEqual(before.layout.holes[0].cx, after.layout.holes[0].cx);
		assert.deepEqual(before.layout.holes[0].cy, after.layout.holes[0].cy);
	});

	test('a single factor: one slice, one hole on the trajectory, and a gentle note', () => {
		const layout = payloadOf(withFactors([['Deployment', 'the rollout went to every region at once']])).layout;
		assert.equal(layout.slices.length, 1);
		assert.equal(layout.holes.length, 1);
		assert.equal(layout.holes[0].onTrajectory, true);
		assert.deepEqual(layout.trajectory[1], { x: layout.holes[0].cx, y: layout.holes[0].cy });
		assert.deepEqual(layout.notes.map((note) => note.kind), ['single-factor']);
		assert.match(layout.notes[0].lines.join(' '), /rarely the whole story/);
	});

	test('no factors: no slices, and a note saying how to add them', () => {
		const layout = payloadOf('# Outage\n\n## Summary\n\nIt broke.\n').layout;
		assert.equal(layout.slices.length, 0);
		assert.deepEqual(layout.trajectory, []);
		assert.deepEqual(layout.notes.map((note) => note.kind), ['empty']);
	});

	test('twelve layers: one slice each, in the configured order, labels within their slice pitch', () => {
		const reversed = [...twelveLayers].reverse().map((layer, index): [string, string] => [layer, `factor number ${index}`]);
		const layout = payloadOf(withFactors(reversed)).layout;
		assert.deepEqual(layout.slices.map((slice) => slice.layer), [...twelveLayers]);
		assert.equal(layout.holes.length, 12);
		for (let index = 1; index < layout.slices.length; index++) {
			const previous = layout.slices[index - 1];
			assert.ok(layout.slices[index].x > previous.x + previous.width + previous.depth, 'slices do not touch');
		}
		for (const slice of layout.slices) {
			for (const line of slice.labelLines) {
				assert.ok(textWidth(line, geometry.labelSize) <= geometry.minPitch - 10, `label line "${line}" is too wide`);
			}
		}
		assertHolesFit(layout);
	});

	test('the trajectory passes through exactly one hole in each slice that has one, left to right', () => {
		const layout = payloadOf(withFactors([
			['Testing', 'no test for the retry path'], ['Testing', 'staging had no traffic'], ['Alerting', 'no page for error rate'],
			['Deployment', 'no canary'], ['Alerting', 'threshold too high'], ['Testing', 'flaky test ignored'],
		])).layout;
		const onPath = layout.holes.filter((hole) => hole.onTrajectory);
		assert.deepEqual(onPath.map((hole) => hole.layer), layout.slices.map((slice) => slice.layer));
		assert.deepEqual(layout.trajectory.slice(1, -1), onPath.map((hole) => ({ x: hole.cx, y: hole.cy })));
		const xs = layout.trajectory.map((point) => point.x);
		assert.deepEqual(xs, [...xs].sort((a, b) => a - b));
		assertHolesFit(layout);
	});

	test('explicit layers (prefix, sub-heading, field) and inferred ones are ordered as the hazard meets them', () => {
		const text = [
			'# Outage', '', '## Contributing factors', '',
			'- The alert threshold was set far above the normal error rate.',
			'- **Deployment**: the change went to every region at once.',
			'- Nobody had written a test for the empty-cart path.',
			'',
		].join('\n');
		const layout = payloadOf(text).layout;
		assert.deepEqual(layout.slices.map((slice) => slice.layer), ['Testing', 'Deployment', 'Alerting']);
		const subHeadings = payloadOf('# Outage\n\n## Contributing factors\n\n### Alerting\n\n- no page\n\n### Code review\n\n- one reviewer\n').layout;
		assert.deepEqual(subHeadings.slices.map((slice) => slice.layer), ['Code review', 'Alerting']);
	});

	test('config order wins; unknown layers follow the known ones in document order, before Other', () => {
		assert.deepEqual(orderLayers(['Testing', 'Alerting', 'Zeta', 'Other', 'Alpha', 'Testing'], ['alerting', 'testing', 'Other']), ['Alerting', 'Testing', 'Zeta', 'Alpha', 'Other']);
		assert.deepEqual(orderLayers(['Other', 'Zeta'], ['Other', 'Testing']), ['Other', 'Zeta'], 'Other stays where a config puts it when not last');
		const layout = payloadOf(withFactors([['Testing', 'a'], ['Alerting', 'b'], ['Consensus layer', 'c']]), ['Alerting', 'Testing']).layout;
		assert.deepEqual(layout.slices.map((slice) => slice.layer), ['Alerting', 'Testing', 'Consensus layer']);
	});

	test('long labels wrap and are cut with an ellipsis instead of overflowing', () => {
		const longText = 'The connection pool was sized for normal traffic and exhausted under retries '.repeat(40);
		const longLayer = 'A layer of defence whose name goes on and on without end '.repeat(4);
		const layout = layoutChart({ title: 'T'.repeat(5000), factors: [factor(longLayer, longText), factor('Testing', 'x'.repeat(3000))], layerOrder: defaultLayerOrder });
		assert.ok(layout.title.lines.length <= 2);
		for (const entry of layout.legend) {
			assert.ok(entry.lines.length <= geometry.legendMaxLines);
			assert.ok(entry.lines.at(-1)?.endsWith('…'));
		}
		for (const slice of layout.slices) {
			assert.ok(slice.labelLines.length <= geometry.labelMaxLines);
		}
		const columnWidth = (layout.width - geometry.margin * 2) / Math.max(1, Math.floor((layout.width - geometry.margin * 2) / geometry.legendMinColumn));
		for (const line of layout.legend.flatMap((entry) => entry.lines)) {
			assert.ok(textWidth(line, geometry.legendSize) <= columnWidth - 42, `legend line too wide: ${line.slice(0, 40)}`);
		}
		assert.ok(layout.holes.every((hole) => hole.text.length <= chartLimits.maxTextLength));
	});

	test('more than 40 factors and 12 layers: the rest is counted, not drawn', () => {
		const factors = Array.from({ length: 45 }, (_, index) => factor(index < 30 ? 'Testing' : 'Alerting', `factor ${index}`, index));
		const layout = layoutChart({ title: undefined, factors, layerOrder: defaultLayerOrder });
		assert.equal(layout.holes.length, 40);
		assert.equal(layout.hiddenFactors, 5);
		assert.equal(layout.slices.find((slice) => slice.layer === 'Alerting')?.hidden, 5);
		assert.match(layout.notes.find((note) => note.kind === 'more-factors')?.lines.join(' ') ?? '', /\+5 more factors/);
		assertHolesFit(layout);

		const manyLayers = Array.from({ length: 14 }, (_, index) => factor(`Layer ${index}`, `factor ${index}`, index));
		const wide = layoutChart({ title: undefined, factors: manyLayers, layerOrder: [] });
		assert.equal(wide.slices.length, 12);
		assert.equal(wide.hiddenFactors, 2);
		assert.match(wide.notes.find((note) => note.kind === 'more-layers')?.lines.join(' ') ?? '', /\+2 more layers.*Layer 12, Layer 13/);
	});

	test('40 factors in one slice stay inside it', () => {
		const factors = Array.from({ length: 40 }, (_, index) => factor('Other', `factor ${index}`, index));
		const layout = layoutChart({ title: 'x', factors, layerOrder: defaultLayerOrder });
		assert.equal(layout.holes.length, 40);
		assertHolesFit(layout);
	});

	test('display text drops controls, bidi overrides and Markdown markers; holes carry their line', () => {
		const layout = payloadOf(withFactors([['Testing', 'no **test** for \u202Eevil\u202C `retry` [see](https://example.com/x)\u0007']])).layout;
		assert.equal(layout.holes[0].text, 'no test for evil retry see');
		assert.equal(layout.holes[0].line, 8);
	});

	test('a layout of 40 factors in 12 layers takes well under a frame', () => {
		const factors = Array.from({ length: 40 }, (_, index) => factor(twelveLayers[index % 12], `factor ${index} `.repeat(12), index));
		const runs = 200;
		const started = process.hrtime.bigint();
		for (let run = 0; run < runs; run++) {
			layoutChart({ title: 'Timing', factors, layerOrder: defaultLayerOrder });
		}
		const perLayoutMs = Number(process.hrtime.bigint() - started) / 1e6 / runs;
		console.log(`      layout of 40 factors in 12 layers: ${perLayoutMs.toFixed(3)} ms`);
		assert.ok(perLayoutMs < 16, `${perLayoutMs} ms`);
	});
});
