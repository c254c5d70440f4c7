import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { isEnglish } from '../../../server/src/model/language';
import type { PostmortemDocument } from '../../../server/src/model/types';
import { splitWords } from '../../../server/src/model/words';
import { parse } from '../helpers';

const english = 'The deploy started at 14:02 and the alert fired after the error rate was above the threshold for five minutes. ';
const german = 'Der Einsatz begann um 14:02 Uhr und der Alarm wurde ausgelöst, nachdem die Fehlerrate fünf Minuten lang über dem Schwellenwert lag. ';

suite('model: isEnglish', () => {
	test('English prose is English; German prose is not', () => {
		assert.equal(isEnglish(parse(`# Incident\n\n${english.repeat(5)}`)), true);
		assert.equal(isEnglish(parse(`# Vorfall\n\n${german.repeat(5)}`)), false);
	});

	test('front matter lang decides', () => {
		assert.equal(isEnglish(parse(`---\nlang: de\n---\n\n${english.repeat(5)}`)), false);
		assert.equal(isEnglish(parse(`---\nlang: en-GB\n---\n\n${german.repeat(5)}`)), true);
	});

	test('a short text is given the benefit of the doubt', () => {
		assert.equal(isEnglish(parse('Der Alarm.')), true);
	});

	// Found by test/unit/robustness: the whole of a 1 MB one-sentence line was split into words, for every
	// rule, to read a 400-word sample.
	test('reads only a sample of a huge run-on sentence', () => {
		const sentence = 'Dave ran the deploy and the alert fired '.repeat(25_000);
		const doc = { metadata: { lang: undefined }, sentences: [{ text: sentence, words: splitWords(sentence) }] } as unknown as PostmortemDocument;
		const started = performance.now();
		assert.equal(isEnglish(doc), true);
		// A hang guard, not a speed target: reading the whole sentence word by word per rule took seconds.
		assert.ok(performance.now() - started < 1000, `took ${Math.round(performance.now() - started)} ms`);
	});
});
