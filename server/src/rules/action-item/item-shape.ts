/**
 * What a word's characters say about it: its case shape (inner capitals name a product: "PagerDuty",
 * "mTLS"), and whether it is a calendar date or period, which is when something is due, never a measure
 * or a name. Pure; reads the item's source without copying words.
 */
import type { ItemWords } from './item-text';
import type { Token } from './item-tokens';
import { nouns } from './lexicon';

/** A calendar date or period: "2026-12-10", "12/10/2026", "Q1", "FY27", "Dec 15", "15 December 2026". */
const dateShape = /^(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4}|[qh][1-4]|fy\d{2,4})$/iu;

export function isDate(words: ItemWords, tokens: readonly Token[], index: number): boolean {
	const word = words.words[tokens[index].word];
	if (dateShape.test(words.source.slice(word.start - words.start, word.end - words.start))) {
		return true;
	}
	// A day or a year next to a month: "Dec 15", "15 December", "December 2026".
	return /^\d{1,4}(?:st|nd|rd|th)?$/u.test(tokens[index].norm) && (nouns.is(tokens[index - 1], 'calendar') || nouns.is(tokens[index + 1], 'calendar'));
}

export interface WordShape {
	/** "PagerDuty", "mTLS", "GKEnodes": inner capitals. */
	mixedCase: boolean;
	hyphen: boolean;
	/** Has a lower-case letter (not an acronym). */
	lower: boolean;
}

const shapeResult: WordShape = { mixedCase: false, hyphen: false, lower: false };

/**
 * The word's case shape, read from its characters without copying it (runs for every word of every item).
 * Mixed case is a lower letter followed by an upper one, or two upper letters followed by two lower ones.
 */
export function wordShape(source: string, from: number, to: number): WordShape {
	shapeResult.mixedCase = false;
	shapeResult.hyphen = false;
	shapeResult.lower = false;
	let uppers = 0;
	let lowersAfterUppers = 0;
	let previousLower = false;
	for (let index = from; index < to; index++) {
		const code = source.charCodeAt(index);
		const upper = code >= 65 && code <= 90;
		const lower = (code >= 97 && code <= 122) || (code >= 128 && isLowerLetter(code));
		shapeResult.hyphen ||= code === 45;
		shapeResult.lower ||= lower;
		shapeResult.mixedCase ||= (previousLower && upper) || (lower && uppers >= 2 && ++lowersAfterUppers >= 2);
		uppers = upper ? uppers + 1 : lower && uppers >= 2 ? uppers : 0;
		lowersAfterUppers = lower && uppers >= 2 ? lowersAfterUppers : 0;
		previousLower = lower && code < 128;
	}
	return shapeResult;
}

function isLowerLetter(code: number): boolean {
	const letter = String.fromCharCode(code);
	return letter !== letter.toUpperCase();
}
