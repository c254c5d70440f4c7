/**
 * A cheap language check: prose rules are written for English, and on other languages they would only
 * produce nonsense. Front matter `lang` decides when present; otherwise the share of very common English
 * words does.
 */
import { splitWords } from './words';
import type { PostmortemDocument } from './types';

const commonEnglish = new Set([
	'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'was', 'were', 'is', 'are', 'be',
	'been', 'it', 'this', 'that', 'we', 'our', 'by', 'from', 'as', 'not', 'no', 'had', 'has', 'have', 'after',
	'which', 'when', 'but', 'all', 'they', 'their', 'there', 'then', 'will', 'did', 'so', 'if', 'into', 'out',
]);

const sampleWords = 400;
const minimumWords = 40;
const minimumEnglishShare = 0.12;

export function isEnglish(doc: PostmortemDocument): boolean {
	const lang = doc.metadata.lang;
	if (lang !== undefined && lang.trim() !== '') {
		return /^en\b/i.test(lang.trim());
	}
	let total = 0;
	let english = 0;
	for (const sentence of doc.sentences) {
		for (const word of splitWords(sentence.text)) {
			total++;
			if (commonEnglish.has(word.norm)) {
				english++;
			}
		}
		if (total >= sampleWords) {
			break;
		}
	}
	return total < minimumWords || english / total >= minimumEnglishShare;
}
