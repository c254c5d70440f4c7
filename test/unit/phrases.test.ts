/** The combined phrase matcher: literal word sequences, simple variants, allow lists. */
import assert from 'node:assert/strict';
import { splitWords } from '../../server/src/model/words';
import { expandVariants, PhraseMatcher } from '../../server/src/phrases';

function phrasesFound(matcher: PhraseMatcher, text: string): string[] {
	const words = splitWords(text);
	return matcher.match(words).map((match) => words.slice(match.wordIndex, match.wordIndex + match.wordCount).map((word) => word.norm).join(' '));
}

suite('phrase matcher', () => {
	test('finds every phrase of every list in one walk, case-insensitively, across punctuation and emphasis gaps', () => {
		const matcher = new PhraseMatcher([
			{ owner: 'a', list: 'x', phrase: 'human error' },
			{ owner: 'b', list: 'y', phrase: 'should have known' },
			{ owner: 'b', list: 'y', phrase: 'should have' },
		]);
		assert.deepEqual(phrasesFound(matcher, 'It was HUMAN   error; Dave should have known.'), ['human error', 'should have', 'should have known']);
	});

	test('variants in (a|b|) groups expand to every combination', () => {
		assert.deepEqual(expandVariants('should have (caught|known)'), ['should have caught', 'should have known']);
		assert.deepEqual(expandVariants('blame(|s|d)'), ['blame', 'blames', 'blamed']);
		assert.deepEqual(expandVariants('no groups (here'), ['no groups (here']);
	});

	test('variant expansion is capped so a hostile entry cannot explode', () => {
		assert.ok(expandVariants('(a|b|c|d)'.repeat(20)).length <= 64);
	});

	test('allowed phrases suppress overlapping matches', () => {
		const matcher = new PhraseMatcher([{ owner: 'a', list: 'x', phrase: 'error' }], ['error budget']);
		assert.deepEqual(phrasesFound(matcher, 'The error budget was fine. An error happened.'), ['error']);
	});

	test('curly apostrophes match straight ones, and hyphenated words are one word', () => {
		const matcher = new PhraseMatcher([{ owner: 'a', list: 'x', phrase: "didn't double-check" }]);
		assert.deepEqual(phrasesFound(matcher, 'He didn’t double-check it.'), ["didn't double-check"]);
	});

	test('regular-expression syntax in a phrase is literal text', () => {
		const matcher = new PhraseMatcher([{ owner: 'a', list: 'x', phrase: '(a+)+$' }]);
		const started = Date.now();
		assert.deepEqual(phrasesFound(matcher, `${'a'.repeat(50_000)}!`), []);
		assert.ok(Date.now() - started < 1000);
	});
});
