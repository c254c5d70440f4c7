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

const apostrophe = 39;
const curlyApostrophe = 0x2019;

function isJoiner(code: number): boolean {
	return code === apostrophe || code === curlyApostrophe || code === 45; /* - */
}

/**
 * Words are runs of letters and digits joined by single apostrophes or hyphens ("didn't", "double-checked",
 * "on-call"), at most `maxWords` of them. A hand-written scanner: the Unicode property regular expression
 * was the largest single cost of a lint. It notes while scanning whether a word is already lower-case
 * ASCII, the common case, which needs no second string.
 */
export function splitWords(text: string, offset = 0, maxWords = Number.POSITIVE_INFINITY): Word[] {
	const words: Word[] = [];
	const length = text.length;
	let index = 0;
	while (index < length && words.length < maxWords) {
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
			plain &&= joiner !== curlyApostrophe;
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

/**
 * Word hashes without word objects, for a quick "can any phrase occur here?" test before a sentence's
 * words are made. Most sentences hold no phrase; making their words was a sixth of everything a lint
 * allocated, and all of it stayed alive in the model. A word's hash is FNV-1a over its normal form's
 * code units, so `hashWord(word.norm)` equals the hash found here for the same word.
 */
const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;

export function hashWord(norm: string): number {
	let hash = fnvOffset;
	for (let index = 0; index < norm.length; index++) {
		hash = Math.imul(hash ^ norm.charCodeAt(index), fnvPrime);
	}
	return hash | 0;
}

let hashBuffer = new Int32Array(256);

/** The buffer `hashWords` fills; valid until its next call. */
export function hashedWords(): Int32Array {
	return hashBuffer;
}

/**
 * Puts the hashes of the words `splitWords(text)` would make, in order, into `hashedWords()`, and returns
 * how many there are, or -1 when a word has a letter beyond ASCII (its lower case is left to
 * `normaliseWord`). One pass, one branch per ASCII character: this runs on every sentence.
 */
export function hashWords(text: string): number {
	const length = text.length;
	let count = 0;
	let hash = 0;
	let inWord = false;
	for (let index = 0; index < length; index++) {
		const code = text.charCodeAt(index);
		const kind = code < 128 ? asciiClass[code] : isWordCode(text, index) ? 3 : 0;
		if (kind === 3) {
			return -1;
		}
		if (kind !== 0) {
			hash = Math.imul((inWord ? hash : fnvOffset) ^ (kind === 2 ? code | 0x20 : code), fnvPrime);
			inWord = true;
		} else if (inWord && isJoiner(code) && index + 1 < length && isWordCode(text, index + 1)) {
			hash = Math.imul(hash ^ (code === curlyApostrophe ? apostrophe : code), fnvPrime);
		} else if (inWord) {
			count = pushHash(count, hash);
			inWord = false;
		}
	}
	return inWord ? pushHash(count, hash) : count;
}

function pushHash(count: number, hash: number): number {
	if (count === hashBuffer.length) {
		const grown = new Int32Array(count * 2);
		grown.set(hashBuffer);
		hashBuffer = grown;
	}
	hashBuffer[count] = hash | 0;
	return count + 1;
}

/**
 * A text's words, split on first read: `PhraseMatcher.matchWords` reads them only when a phrase may start,
 * so most texts (sentences, timeline entries) never make theirs.
 */
export class LazyWords {
	private split: Word[] | undefined;

	constructor(
		readonly text: string,
		private readonly offset: number,
		private readonly maxWords = Number.POSITIVE_INFINITY,
	) {}

	get words(): readonly Word[] {
		this.split ??= splitWords(this.text, this.offset, this.maxWords);
		return this.split;
	}
}
