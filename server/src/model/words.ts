/** Splitting prose into words with offsets, shared by the phrase matcher and the prose rules. */

export interface Word {
	/** Lower-cased, with curly apostrophes made straight. */
	readonly norm: string;
	/** Offset of the word's first character in the string that was split. */
	readonly start: number;
	readonly end: number;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

function isWordCode(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if (code < 128) {
		return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
	}
	// Letters outside the BMP are surrogate pairs: test the whole code point.
	return letterOrDigit.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}

function isJoiner(code: number): boolean {
	return code === 39 /* ' */ || code === 0x2019 /* ’ */ || code === 45; /* - */
}

/**
 * Words are runs of letters and digits joined by single apostrophes or hyphens ("didn't", "double-checked",
 * "on-call"). A hand-written scanner: every sentence of every document goes through here, and the Unicode
 * property regular expression was the largest single cost of a lint.
 */
export function splitWords(text: string, offset = 0): Word[] {
	const words: Word[] = [];
	let index = 0;
	while (index < text.length) {
		if (!isWordCode(text, index)) {
			index++;
			continue;
		}
		const start = index;
		index = skipWordCodes(text, index);
		while (index + 1 < text.length && isJoiner(text.charCodeAt(index)) && isWordCode(text, index + 1)) {
			index = skipWordCodes(text, index + 1);
		}
		const raw = text.slice(start, index);
		words.push({ norm: isLowerAscii(raw) ? raw : normaliseWord(raw), start: offset + start, end: offset + index });
	}
	return words;
}

function skipWordCodes(text: string, index: number): number {
	let next = index;
	while (next < text.length && isWordCode(text, next)) {
		next += text.charCodeAt(next) >= 0xd800 && text.charCodeAt(next) <= 0xdbff ? 2 : 1;
	}
	return next;
}

/** Most words are already lower-case ASCII; they need no new string. */
function isLowerAscii(word: string): boolean {
	for (let index = 0; index < word.length; index++) {
		const code = word.charCodeAt(index);
		if ((code >= 65 && code <= 90) || code >= 128) {
			return false;
		}
	}
	return true;
}

export function normaliseWord(word: string): string {
	const lower = word.toLowerCase();
	return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}
