/** Splitting prose into words with offsets, shared by the phrase matcher and the prose rules. */

export interface Word {
	/** Lower-cased, with curly apostrophes made straight. */
	readonly norm: string;
	/** Offset of the word's first character in the string that was split. */
	readonly start: number;
	readonly end: number;
}

// Letters and digits, joined by single apostrophes or hyphens ("didn't", "double-checked", "on-call").
// Each repetition must consume a joiner plus at least one letter, so matching stays linear.
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function splitWords(text: string, offset = 0): Word[] {
	const words: Word[] = [];
	wordPattern.lastIndex = 0;
	for (let match = wordPattern.exec(text); match !== null; match = wordPattern.exec(text)) {
		words.push({
			norm: normaliseWord(match[0]),
			start: offset + match.index,
			end: offset + match.index + match[0].length,
		});
	}
	return words;
}

export function normaliseWord(word: string): string {
	const lower = word.toLowerCase();
	return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}
