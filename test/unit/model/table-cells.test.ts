import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { parse } from '../helpers';

suite('model: table cells', () => {
	test('a row reads as many cells as the header has; the excess is not rendered, so it is not read', () => {
		const doc = parse(['| Action | Owner |', '|---|---|', '| Add a test | @sre | extra | more |', '| Fix alerts |'].join('\n'));
		const rows = doc.tables[0].rows;
		assert.deepEqual(rows.map((row) => row.cells.map((cell) => doc.text.slice(cell.start, cell.end))), [
			['Action', 'Owner'],
			['Add a test', '@sre'],
			['Fix alerts'],
		]);
		assert.equal(doc.blocks.some((block) => doc.text.slice(block.span.start, block.span.end) === 'extra'), false);
	});

	// Found by test/unit/robustness ('table row, 100k columns'): each excess cell became a text block.
	test('a pasted 100,000-cell row under a two-column header parses quickly', () => {
		const text = `| a | b |\n|---|---|\n| ${'x | '.repeat(100_000)}`;
		const started = performance.now();
		const doc = parse(text);
		const elapsed = performance.now() - started;
		assert.equal(doc.tables[0].rows[1].cells.length, 2);
		assert.ok(elapsed < 1500, `took ${Math.round(elapsed)} ms`);
	});
});
