import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { parse } from '../helpers';

function timelineTable(rows: number): string {
	const lines = Array.from({ length: rows }, (_, index) => `| ${String(Math.floor(index / 60) % 24).padStart(2, '0')}:${String(index % 60).padStart(2, '0')} | Step ${index} |`);
	return `# Incident\n\n## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n${lines.join('\n')}\n`;
}

function timeParse(text: string): number {
	const started = performance.now();
	parse(text);
	return performance.now() - started;
}

suite('model: long timeline tables', () => {
	test('every row of a long timeline table is an entry, under the header\'s zone', () => {
		const doc = parse(timelineTable(2000));
		assert.equal(doc.timeline.length, 2000);
		assert.equal(doc.declaredTimeZone?.name, 'UTC');
	});

	// Found by test/unit/robustness: each cell searched all the table's rows for its own row, so four times
	// the rows took sixteen times as long (40,000 rows: 21 s).
	test('four times the rows take about four times as long, not sixteen', () => {
		timeParse(timelineTable(2000));
		const small = timeParse(timelineTable(10_000));
		const large = timeParse(timelineTable(40_000));
		assert.ok(large / small < 8, `10,000 rows ${Math.round(small)} ms, 40,000 rows ${Math.round(large)} ms`);
	});
});
