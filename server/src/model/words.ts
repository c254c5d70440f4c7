/** Splitting prose into words with offsets, shared by the phrase matcher and the prose rules. */

export interface Word {
	/** Lower-cased, with curly apostrophes made straight. */
	readonly norm: string;
	/** Offset of the word's first character in the string that was split. */
	readonly start: number;
	readonly end: number;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/** ASCII classes: 0 not part of a word, 1 lower-case letter or digit, 2 upper-case letter. */
const asciiClass = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
	asciiClass[code] = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? 1 : code >= 65 && code <= 90 ? 2 : 0;
}

function isWordCode(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if (code < 128) {
		return asciiClass[code] !== 0;
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
 * property regular expression was the largest single cost of a lint. It notes while scanning whether a word
 * is already lower-case ASCII, the common case, which needs no second string.
 */
export function splitWords(text: string, offset = 0): Word[] {
	const words: Word[] = [];
	const length = text.length;
	let index = 0;
	while (index < length) {
		const code = text.charCodeAt(index);
		if (code < 128 ? asciiClass[code] === 0 : !isWordCode(text, index)) {
			index++;
			continue;
		}
		const start = index;
		const scanned = wordEnd(text, index);
		index = Math.abs(scanned);
		const raw = text.slice(start, index);
		words.push({ norm: scanned < 0 ? normaliseWord(raw) : raw, start: offset + start, end: offset + index });
	}
	return words;
}

/**
 * Where the word starting at `start` ends; negative (`-end`) when the word needs normalising (upper case,
 * non-ASCII or a curly apostrophe), so the caller allocates only one string for a lower-case word.
 */
function wordEnd(text: string, start: number): number {
	const length = text.length;
	let index = start;
	let plain = true;
	for (;;) {
		while (index < length) {
			const code = text.charCodeAt(index);
			if (code < 128) {
				const kind = asciiClass[code];
				if (kind === 0) {
					break;
				}
				plain &&= kind === 1;
				index++;
			} else if (isWordCode(text, index)) {
				plain = false;
				index += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
			} else {
				break;
			}
		}
		const joiner = text.charCodeAt(index);
		if (index + 1 < length && isJoiner(joiner) && isWordCode(text, index + 1)) {
			plain &&= joiner !== 0x2019;
			index++;
			continue;
		}
		return plain ? index : -index;
	}
}

export function normaliseWord(word: string): string {
	const lower = word.toLowerCase();
	return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}
