import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { maskInline, splitSentences } from '../../../server/src/model/prose';

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

suite('prose: tags, images and link targets', () => {
	test('tags, comments, images and link targets are masked; their text stays', () => {
		assert.equal(masked('see <b>this</b> now'), 'see ###this#### now');
		assert.equal(masked('a <!-- x -> y --> b'), 'a #### # ## # ### b');
		assert.equal(masked('![chart](a.png) and [docs](http://x.io) ok'), '############### and #docs############## ok');
		assert.equal(masked('[ref][1] done'), '#ref#### done');
	});

	test('unclosed openers: a tag stays; an image runs to the next bracket', () => {
		assert.equal(masked('if a < b and c <d'), 'if a < b and c <d');
		assert.equal(masked('![broken and [a](b'), '######## ### ###(b');
	});

	// Found by test/unit/robustness: each unclosed opener searched to the end of the block for its closer.
	const pumps: readonly [string, string][] = [
		['</ + <!-- × 100,000', `</${'<!--'.repeat(100_000)}`],
		['<a × 200,000', '<a'.repeat(200_000)],
		['![ × 200,000', '!['.repeat(200_000)],
		['[a](b × 60,000', '[a](b'.repeat(60_000)],
		['[ (]( × 80,000', '[ (]('.repeat(80_000)],
	];
	for (const [name, source] of pumps) {
		test(`${name} is masked in linear time`, () => {
			const started = performance.now();
			maskInline(source);
			const elapsed = performance.now() - started;
			assert.ok(elapsed < 1000, `took ${Math.round(elapsed)} ms`);
		});
	}
});

suite('prose: sentences', () => {
	const sentences = (prose: string): string[] => splitSentences(prose).map((span) => prose.slice(span.start, span.end));

	test('sentences end at marks followed by a space, not after abbreviations or initials', () => {
		assert.deepEqual(sentences('The deploy failed. Dave rolled back, e.g. at 14:35. J. Smith paged! Done? Version 4.2 shipped'), [
			'The deploy failed.',
			'Dave rolled back, e.g. at 14:35.',
			'J. Smith paged!',
			'Done?',
			'Version 4.2 shipped',
		]);
	});

	// Found by test/unit/robustness: each mark of a long run scanned the rest of the run, and each dot
	// walked back over the whole run looking for an abbreviation.
	for (const [name, prose] of [['50,000 dots', `Wait${'.'.repeat(50_000)} then`], ['50,000 bangs', `Wait${'!'.repeat(50_000)} then`]] as const) {
		test(`${name} are split in linear time`, () => {
			const started = performance.now();
			splitSentences(prose);
			const elapsed = performance.now() - started;
			assert.ok(elapsed < 500, `took ${Math.round(elapsed)} ms`);
		});
	}
});
