/**
 * A cheap language check: prose rules are written for English, and on other languages they would only
 * produce nonsense. Front matter `lang` decides when present; otherwise the share of very common English
 * words does.
 */
import type { PostmortemDocument, Sentence } from './types';
import { hashedWords, hashWord, hashWords } from './words';
import { memoByObject } from '../memo';

const commonEnglish = new Set([
	'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'was', 'were', 'is', 'are', 'be',
	'been', 'it', 'this', 'that', 'we', 'our', 'by', 'from', 'as', 'not', 'no', 'had', 'has', 'have', 'after',
	'which', 'when', 'but', 'all', 'they', 'their', 'there', 'then', 'will', 'did', 'so', 'if', 'into', 'out',
]);

/** The same words by hash, so sampled sentences need no word objects (the phrase test has the same need). */
const commonEnglishHashes: ReadonlySet<number> = new Set([...commonEnglish].map(hashWord));

const sampleWords = 400;
const minimumWords = 40;
const minimumEnglishShare = 0.12;

/** The model is immutable and lint asks once per rule set, so the answer is kept per document. */
export const isEnglish: (doc: PostmortemDocument) => boolean = memoByObject(judgeEnglish);

function judgeEnglish(doc: PostmortemDocument): boolean {
	const lang = doc.metadata.lang;
	if (lang !== undefined && lang.trim() !== '') {
		return /^en\b/i.test(lang.trim());
	}
	let total = 0;
	let english = 0;
	for (const sentence of doc.sentences) {
		const counts = countEnglish(sentence, sampleWords - total);
		total += counts.words;
		english += counts.english;
		if (total >= sampleWords) {
			break;
		}
	}
	return total < minimumWords || english / total >= minimumEnglishShare;
}

/** Words (at most `limit`) of the sentence and how many are common English, from hashes when it can. */
function countEnglish(sentence: Sentence, limit: number): { words: number; english: number } {
	const count = hashWords(sentence.text);
	const words = Math.min(limit, count < 0 ? sentence.words.length : count);
	let english = 0;
	if (count < 0) {
		for (let index = 0; index < words; index++) {
			english += commonEnglish.has(sentence.words[index].norm) ? 1 : 0;
		}
	} else {
		const hashes = hashedWords();
		for (let index = 0; index < words; index++) {
			english += commonEnglishHashes.has(hashes[index]) ? 1 : 0;
		}
	}
	return { words, english };
}
