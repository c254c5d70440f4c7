import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import type { HeadingInfo } from '../../../server/src/model/blocks';
import { buildSections } from '../../../server/src/model/sections';
import { parse } from '../helpers';

suite('model: section nesting', () => {
	test('each section\'s parent is the nearest open section of a lower level', () => {
		const doc = parse(['# A', '## B', '### C', '## D', '#### E', '# F', '### G'].join('\n'));
		assert.deepEqual(doc.sections.map((section) => section.parentIndex), [undefined, 0, 1, 0, 3, undefined, 5]);
	});

	test('a list-label section holds only its item, so a later heading does not nest in it', () => {
		const doc = parse(['## Notes', '', '- **Impact**: checkout failed', '  - for 40 minutes', '', '### Later'].join('\n'));
		const later = doc.sections.findIndex((section) => section.title === 'Later');
		assert.equal(doc.sections[later].parentIndex, 0);
	});

	// Found by test/unit/robustness ('10k headings'): every heading scanned all earlier sections for its parent.
	test('40,000 sibling headings are nested in linear time', () => {
		const headings: HeadingInfo[] = [];
		let text = '';
		for (let index = 0; index < 40_000; index++) {
			const line = `## Step ${index}\n`;
			headings.push({ level: 2, line: index, headingSpan: { start: text.length, end: text.length + line.length - 1 }, titleSpan: { start: text.length + 3, end: text.length + line.length - 1 } });
			text += line;
		}
		const started = performance.now();
		const sections = buildSections(text, headings, [], [], () => false);
		const elapsed = performance.now() - started;
		assert.equal(sections.length, 40_000);
		assert.ok(sections.every((section) => section.parentIndex === undefined));
		// A hang guard, not a speed target (those are in npm run bench): the quadratic version took 11 s.
		assert.ok(elapsed < 3000, `took ${Math.round(elapsed)} ms`);
	});
});
