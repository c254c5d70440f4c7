/**
 * Prose views and sentences. A prose view is the source of a block with everything that is not prose
 * replaced by spaces (same length), so a match at index i in the prose is at `span.start + i` in the text.
 */
import type { Span } from './types';

const space = 32;
const maxTagLength = 2000;
const maxLinkTargetLength = 2000;

/** Characters that can start something to mask; prose without them is returned as it is. */
const maskTrigger = /[`\\<![\]*~_]|https?:|www\./;

/** Masks inline Markdown that is not prose: code spans, HTML, link targets, images, URLs, emphasis markers. */
export function maskInline(source: string): string {
	if (!maskTrigger.test(source)) {
		return source;
	}
	const masks = new Masks();
	const ahead = new Lookahead(source);
	const starts = maskStart;
	starts.lastIndex = 0;
	while (starts.test(source)) {
		starts.lastIndex = maskAt(source, masks, ahead, startOfMatchEndingAt(source, starts.lastIndex));
	}
	return masks.apply(source);
}

/** Where the `maskStart` match ending at `end` starts; `test` is used over `exec`, which made an array per match. */
function startOfMatchEndingAt(source: string, end: number): number {
	switch (source.charCodeAt(end - 1)) {
		case 47 /* / of http:// or https:// */:
			return source.startsWith('https://', end - 8) ? end - 8 : end - 7;
		case 46 /* . of www. */:
			return end - 4;
		default:
			return end - 1;
	}
}

/**
 * Where `maskAt` may act, found by the regex engine: a loop reading every character to test it took 4 ns
 * a character. The URL starts are written out so that an ordinary 'h' or 'w' is not a stop. One shared
 * global regex: maskInline does not call itself, and each call starts it at 0.
 */
const maskStart = /[`\\<![\]*~_]|https?:\/\/|www\./g;

/** Ranges to blank, added left to right; applied by joining slices, which is much cheaper than per-character copies. */
class Masks {
	private readonly starts: number[] = [];
	private readonly ends: number[] = [];

	fill(start: number, end: number): void {
		if (end <= start) {
			return;
		}
		const last = this.ends.length - 1;
		if (last >= 0 && this.ends[last] >= start) {
			this.ends[last] = Math.max(this.ends[last], end);
			return;
		}
		this.starts.push(start);
		this.ends.push(end);
	}

	apply(source: string): string {
		let result = '';
		let cursor = 0;
		for (let index = 0; index < this.starts.length; index++) {
			const start = Math.min(this.starts[index], source.length);
			const end = Math.min(this.ends[index], source.length);
			result += source.slice(cursor, start) + ' '.repeat(end - start);
			cursor = end;
		}
		return result + source.slice(cursor);
	}
}

/**
 * Forward searches for closers (`>`, `-->`, `]`, `)`, backtick runs), answered from earlier searches where
 * they can be. Searching afresh for each opener is quadratic when closers are missing: each unclosed opener
 * scans to the end of the block. markdown-it's "backticks" case (`e`, `e``, `e```…) took 77 s that way,
 * and its `</` + `<!--` × 100,000 case several seconds.
 */
class Lookahead {
	private byLength: Map<number, number[]> | undefined;
	/** Per run length, how many of its runs lie before the last query (queries only move forward). Made on first use, as most blocks need neither map. */
	private cursors: Map<number, number> | undefined;
	private searches: Map<string, { from: number; found: number }> | undefined;

	constructor(private readonly source: string) {}

	/** `source.indexOf(closer, from)`, reusing the last search for `closer` when it still answers. */
	indexOf(closer: string, from: number): number {
		this.searches ??= new Map();
		const last = this.searches.get(closer);
		if (last !== undefined && from >= last.from && (last.found === -1 || last.found >= from)) {
			return last.found;
		}
		const found = this.source.indexOf(closer, from);
		this.searches.set(closer, { from, found });
		return found;
	}

	/** Start of the first run of exactly `length` backticks at or after `from`, or -1. */
	closer(length: number, from: number): number {
		const starts = this.runs().get(length);
		if (starts === undefined) {
			return -1;
		}
		this.cursors ??= new Map();
		let cursor = this.cursors.get(length) ?? 0;
		while (cursor < starts.length && starts[cursor] < from) {
			cursor++;
		}
		this.cursors.set(length, cursor);
		return cursor < starts.length ? starts[cursor] : -1;
	}

	private runs(): Map<number, number[]> {
		if (this.byLength === undefined) {
			this.byLength = new Map();
			for (let index = 0; index < this.source.length; index++) {
				if (this.source[index] !== '`') {
					continue;
				}
				const start = index;
				while (this.source[index + 1] === '`') {
					index++;
				}
				const starts = this.byLength.get(index + 1 - start) ?? [];
				starts.push(start);
				this.byLength.set(index + 1 - start, starts);
			}
		}
		return this.byLength;
	}
}

/** Masks whatever construct starts at `index` and returns where scanning continues. */
function maskAt(source: string, codes: Masks, ahead: Lookahead, index: number): number {
	switch (source[index]) {
		case '`':
			return maskCodeSpan(source, codes, ahead, index);
		case '\\':
			codes.fill(index, index + 1);
			return index + 2;
		case '<':
			return maskTag(source, codes, ahead, index);
		case '!':
			return source[index + 1] === '[' ? maskImage(source, codes, ahead, index) : index + 1;
		case '[':
		case '*':
		case '~':
			codes.fill(index, index + 1);
			return index + 1;
		case ']':
			return maskLinkTarget(source, codes, ahead, index);
		case '_':
			if (!isWordChar(source.charCodeAt(index - 1)) || !isWordChar(source.charCodeAt(index + 1))) {
				codes.fill(index, index + 1);
			}
			return index + 1;
		case 'h':
		case 'w':
			return maskUrl(source, codes, index);
		default:
			return index + 1;
	}
}

/** A code span closes at the next run of exactly as many backticks as opened it. */
function maskCodeSpan(source: string, codes: Masks, ahead: Lookahead, index: number): number {
	let run = 1;
	while (source[index + run] === '`') {
		run++;
	}
	const close = ahead.closer(run, index + run);
	const end = close === -1 ? index + run : close + run;
	codes.fill(index, end);
	return end;
}

function maskTag(source: string, codes: Masks, ahead: Lookahead, index: number): number {
	const next = source.charCodeAt(index + 1);
	const startsTag = isAsciiLetter(next) || next === 47 /* / */ || next === 33 /* ! */ || next === 63; /* ? */
	if (!startsTag) {
		return index + 1;
	}
	// A comment ends at `-->`, not at its first `>`: a control comment's reason may say "a -> b".
	const comment = source.startsWith('<!--', index) ? ahead.indexOf('-->', index + 4) : -1;
	const close = comment !== -1 && comment - index <= maxTagLength ? comment + 2 : ahead.indexOf('>', index + 1);
	if (close === -1 || close - index > maxTagLength) {
		return index + 1;
	}
	codes.fill(index, close + 1);
	return close + 1;
}

function maskImage(source: string, codes: Masks, ahead: Lookahead, index: number): number {
	const closeBracket = ahead.indexOf(']', index + 2);
	if (closeBracket === -1 || source[closeBracket + 1] !== '(') {
		codes.fill(index, index + 1);
		return index + 1;
	}
	const end = findClosingParen(source, ahead, closeBracket + 1);
	const stop = end === -1 ? closeBracket + 1 : end + 1;
	codes.fill(index, stop);
	return stop;
}

/** `](target)` or `][ref]` after link text: the text stays, the target goes. */
function maskLinkTarget(source: string, codes: Masks, ahead: Lookahead, index: number): number {
	codes.fill(index, index + 1);
	const next = source[index + 1];
	if (next === '(') {
		const end = findClosingParen(source, ahead, index + 1);
		if (end !== -1) {
			codes.fill(index, end + 1);
			return end + 1;
		}
	} else if (next === '[') {
		const end = ahead.indexOf(']', index + 2);
		if (end !== -1 && end - index < maxLinkTargetLength) {
			codes.fill(index, end + 1);
			return end + 1;
		}
	}
	return index + 1;
}

function findClosingParen(source: string, ahead: Lookahead, open: number): number {
	let depth = 0;
	const limit = Math.min(source.length, open + maxLinkTargetLength);
	// No `)` in reach: unclosed (`[a](b` × 30,000 otherwise walks 2,000 characters per link).
	const firstClose = ahead.indexOf(')', open);
	if (firstClose === -1 || firstClose >= limit) {
		return -1;
	}
	for (let index = open; index < limit; index++) {
		const char = source[index];
		if (char === '(') {
			depth++;
		} else if (char === ')') {
			depth--;
			if (depth === 0) {
				return index;
			}
		} else if (char === '\n' || char === '\r') {
			return -1;
		}
	}
	return -1;
}

function maskUrl(source: string, codes: Masks, index: number): number {
	if (isWordChar(source.charCodeAt(index - 1))) {
		return index + 1;
	}
	const isUrl =
		source.startsWith('http://', index) || source.startsWith('https://', index) || source.startsWith('www.', index);
	if (!isUrl) {
		return index + 1;
	}
	let end = index;
	while (end < source.length && !isUrlStop(source.charCodeAt(end))) {
		end++;
	}
	codes.fill(index, end);
	return end;
}

function isUrlStop(code: number): boolean {
	return code <= space || code === 60 /* < */ || code === 62 /* > */ || code === 41 /* ) */ || code === 34; /* " */
}

function isAsciiLetter(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isWordChar(code: number): boolean {
	if (Number.isNaN(code)) {
		return false;
	}
	if (code < 128) {
		return isAsciiLetter(code) || (code >= 48 && code <= 57);
	}
	return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

const abbreviations = new Set([
	'e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'approx', 'ca', 'cf', 'inc', 'ltd', 'jan', 'feb',
	'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'est', 'al', 'u.s', 'e.t.a', 'v',
]);

/** Splits a prose view into sentence spans (relative to the prose), trimmed of surrounding spaces. */
export function splitSentences(prose: string): Span[] {
	const sentences: Span[] = [];
	let start = 0;
	// Where the run of closing marks after the current mark ends. Every mark of a run (`!!!`, `.....`)
	// shares it, so it is found once per run: finding it per mark was quadratic (20,000 dots: 1.4 s).
	let closersEnd = 0;
	const marks = new SentenceMarks(prose);
	for (let index = marks.next(0); index !== -1; index = marks.next(index + 1)) {
		if (closersEnd <= index) {
			closersEnd = skipClosers(prose, index + 1);
		}
		if (endsSentence(prose, index, closersEnd)) {
			pushTrimmed(prose, start, index + 1, sentences);
			start = index + 1;
		}
	}
	pushTrimmed(prose, start, prose.length, sentences);
	return sentences;
}

/**
 * Every `.`, `!` and `?` of the prose in order, found by `indexOf` jumps: a loop reading each character
 * took 4 ns a character, more than the rest of the split together; most characters are none of the three.
 */
class SentenceMarks {
	private dot = -2;
	private bang = -2;
	private query = -2;

	constructor(private readonly prose: string) {}

	/** The first mark at or after `from`, or -1. */
	next(from: number): number {
		if (this.dot !== -1 && this.dot < from) {
			this.dot = this.prose.indexOf('.', from);
		}
		if (this.bang !== -1 && this.bang < from) {
			this.bang = this.prose.indexOf('!', from);
		}
		if (this.query !== -1 && this.query < from) {
			this.query = this.prose.indexOf('?', from);
		}
		return firstFound(firstFound(this.dot, this.bang), this.query);
	}
}

function firstFound(a: number, b: number): number {
	return a === -1 ? b : b === -1 ? a : Math.min(a, b);
}

function skipClosers(prose: string, from: number): number {
	let next = from;
	while (prose[next] === '.' || prose[next] === '!' || prose[next] === '?' || prose[next] === ')' || prose[next] === '"' || prose[next] === '”') {
		next++;
	}
	return next;
}

function endsSentence(prose: string, index: number, next: number): boolean {
	if (next < prose.length && prose.charCodeAt(next) > space) {
		return false;
	}
	if (prose[index] !== '.') {
		return true;
	}
	return !isAbbreviation(prose, index);
}

/** Lower-casing never shortens a word, so a longer run of letters and dots cannot be in the list. */
const longestAbbreviation = Math.max(...[...abbreviations].map((abbreviation) => abbreviation.length));

function isAbbreviation(prose: string, dot: number): boolean {
	let start = dot;
	while (start > 0 && (isWordChar(prose.charCodeAt(start - 1)) || prose[start - 1] === '.')) {
		start--;
		// Bounded: walking back over a whole run of dots for each dot in it was quadratic.
		if (dot - start > longestAbbreviation) {
			return false;
		}
	}
	const word = prose.slice(start, dot).toLowerCase();
	if (word.length === 1 && /[A-Z]/.test(prose[start])) {
		return true;
	}
	return abbreviations.has(word);
}

function pushTrimmed(prose: string, start: number, end: number, out: Span[]): void {
	while (start < end && prose.charCodeAt(start) <= space) {
		start++;
	}
	while (end > start && prose.charCodeAt(end - 1) <= space) {
		end--;
	}
	if (end > start) {
		out.push({ start, end });
	}
}

const quotePairs: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’', '«': '»', '„': '“' };

/** Spans (relative to `text`) enclosed in quotation marks: quoted chat, quoted terms. */
export function findQuotedSpans(text: string): Span[] {
	const spans: Span[] = [];
	if (!/["“‘«„]/.test(text)) {
		return spans;
	}
	let index = 0;
	while (index < text.length) {
		const close = quotePairs[text[index]];
		const opensQuote = close !== undefined && (text[index] !== '‘' || !isWordChar(text.charCodeAt(index - 1)));
		if (!opensQuote) {
			index++;
			continue;
		}
		const end = text.indexOf(close, index + 1);
		if (end === -1) {
			break;
		}
		spans.push({ start: index, end: end + 1 });
		index = end + 1;
	}
	return spans;
}
