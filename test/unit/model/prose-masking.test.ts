import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { maskInline } from '../../../server/src/model/prose';

/** Shows masked characters as `#` (spaces stay spaces) so expectations read like the input. */
function masked(source: string): string {
	const prose = maskInline(source);
	return [...source].map((char, index) => (prose[index] === ' ' && char !== ' ' ? '#' : char)).join('');
}

suite('prose: code spans', () => {
	test('a code span closes at a run of exactly as many backticks', () => {
		assert.equal(masked('run `npm ci` now'), 'run #### ### now');
		assert.equal(masked('a ``x ` y`` b'), 'a ### # ### b');
		assert.equal(masked('a ``x ``` y`` b'), 'a ### ### ### b');
	});

	test('an unclosed run masks only itself', () => {
		assert.equal(masked('a ``x ` y ``` b'), 'a ##x # y ### b');
		assert.equal(masked('it `broke'), 'it #broke');
	});

	test('several spans of different lengths in one block', () => {
		assert.equal(masked('`a` and ``b`` and `c` done'), '### and ##### and ### done');
	});

	test('an escaped backtick does not open a span; the rest of its run is a shorter, unclosed run', () => {
		assert.equal(masked('x \\``y`` z'), 'x #`#y## z');
	});

	// Found by test/unit/robustness: each unclosed run used to search to the end of the block.
	test("markdown-it's backticks case (4.5 MB, every run unclosed) is masked in linear time", () => {
		const source = Array.from({ length: 3000 }, (_, count) => `e${'`'.repeat(count)}`).join('');
		const started = performance.now();
		maskInline(source);
		assert.ok(performance.now() - started < 2000, `took ${Math.round(performance.now() - started)} ms (was 77 s)`);
	});
});
