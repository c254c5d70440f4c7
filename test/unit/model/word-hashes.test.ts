/**
 * The phrase test reads word hashes made without words; they must be exactly the hashes of the words
 * `splitWords` makes, or a phrase would be missed. Sentences with letters beyond ASCII take the exact path.
 */
import assert from 'node:assert/strict';
import { hashedWords, hashWord, hashWords, splitWords } from '../../../server/src/model/words';
import { PhraseMatcher } from '../../../server/src/phrases';
import { corpusFiles, requireCorpus } from '../corpus';
import { parsePostmortem } from '../../../server/src/model/parse';
import { rules } from '../../../server/src/rules';
import { phraseSources } from '../../../server/src/lint';
import { defaultConfig } from '../../../server/src/config';

/** The hashes `hashWords` found, or undefined when it left the text to the exact path. */
function hashesOf(text: string): number[] | undefined {
	const count = hashWords(text);
	return count < 0 ? undefined : Array.from(hashedWords().subarray(0, count));
}

function expected(text: string): number[] {
	return splitWords(text).map((word) => hashWord(word.norm));
}

suite('model/words: word hashes', () => {
	const samples = [
		'Dave rolled back at 16:35.',
		"We DIDN'T page the on-call; it wasn’t double-checked -- nor re-run.",
		'Trailing joiners: rock- and roll\' and ’quoted’ words',
		'A--B, x-y-z, 3rd-party v2.1.0 --flag',
		'Tabs\tand\u00a0no-break spaces, emoji 🙂 and → arrows, em—dash',
		'',
		'   ',
	];
	for (const text of samples) {
		test(`same hashes as the words of ${JSON.stringify(text)}`, () => {
			assert.deepEqual(hashesOf(text), expected(text));
		});
	}

	test('a letter beyond ASCII sends the sentence to the exact path', () => {
		assert.equal(hashesOf('Die Überwachung schlug fehl'), undefined);
		assert.equal(hashesOf('Ωmega failed'), undefined);
	});

	test('a phrase found by the matcher is never ruled out by the hash test', () => {
		const matcher = new PhraseMatcher([{ owner: 'a', list: 'x', phrase: "didn't (catch|notice)" }, { owner: 'a', list: 'x', phrase: 'human error' }]);
		for (const text of ['Dave DIDN’T notice it', 'It was Human Error.', 'HUMAN-error is not one', 'Nothing here']) {
			const words = splitWords(text);
			assert.deepEqual(matcher.matchWords(text, { words }), matcher.match(words), text);
		}
		assert.equal(matcher.match(splitWords('It was Human Error.')).length, 1);
	});

	test('every sentence of the corpus: the same hashes as its words', function () {
		requireCorpus(this);
		let compared = 0;
		for (const file of corpusFiles()) {
			for (const sentence of parsePostmortem(file.text).sentences) {
				const hashes = hashesOf(sentence.text);
				if (hashes !== undefined) {
					assert.deepEqual(hashes, expected(sentence.text), `${file.name}: ${sentence.text.slice(0, 60)}`);
					compared++;
				}
			}
		}
		assert.ok(compared > 1000, `${compared} sentences compared`);
	});

	test('matchWords (exact match only where the hashes say a phrase starts) finds what match over all words finds', function () {
		requireCorpus(this);
		const matcher = new PhraseMatcher(phraseSources(rules, defaultConfig));
		let withPhrases = 0;
		for (const file of corpusFiles()) {
			for (const sentence of parsePostmortem(file.text).sentences) {
				const everywhere = matcher.match(sentence.words);
				assert.deepEqual(matcher.matchWords(sentence.text, sentence), everywhere, `${file.name}: ${sentence.text.slice(0, 60)}`);
				withPhrases += everywhere.length > 0 ? 1 : 0;
			}
		}
		assert.ok(withPhrases > 100, `${withPhrases} sentences with phrases`);
	});
});
