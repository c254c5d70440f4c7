/**
 * What a word's characters say about it: its case shape (inner capitals name a product: "PagerDuty",
 * "mTLS"), whether it is a calendar date or period, which is when something is due, never a measure
 * or a name, whether a number measures or only numbers a name ("k8s", "ISO 27001"), and whether the
 * item's text holds code, a dotted name or a path. Pure; reads the item's source without copying words.
 */
import type { ItemWords } from './item-text';
import type { Token } from './item-tokens';
import { nouns, verbs } from './lexicon';

/** A calendar date or period: "2026-12-10", "12/10/2026", "12/15", "Q1", "FY27", "Dec 15", "15 December 2026". */
const dateShape = /^(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|[qh][1-4]|fy\d{2,4})$/iu;

export function isDate(words: ItemWords, tokens: readonly Token[], index: number): boolean {
	const word = words.words[tokens[index].word];
	if (dateShape.test(words.source.slice(word.start - words.start, word.end - words.start))) {
		return true;
	}
	// "due 12/15": a month and a day written as two numbers around a slash.
	if (slashDayMonth(tokens, index)) {
		return true;
	}
	// A day or a year next to a month: "Dec 15", "15 December", "December 2026".
	return /^\d{1,4}(?:st|nd|rd|th)?$/u.test(tokens[index].norm) && (nouns.is(tokens[index - 1], 'calendar') || nouns.is(tokens[index + 1], 'calendar'));
}

/** A number, alone or with a unit in the same word: "500", "0.1", "300ms", "30s", "2x", "80" (of "80%"); not "k8s", "e2e", "2nd". */
const numberWithUnit = /^\d{1,9}(?:[.,]\d{1,9}){0,3}(?:ms|[smhdwkx]|kb|mb|gb|tb|rps|qps|min|mins|hr|hrs|pct)?$/u;
/** Nouns a bare number after them numbers, as a position or a label: "line 3", "phase 2", "finding 4". */
const numberedNouns = new Set(['line', 'step', 'phase', 'tier', 'level', 'stage', 'sprint', 'round', 'item', 'section', 'part', 'version', 'release', 'annex', 'clause', 'article', 'recommendation', 'finding', 'action', 'rec', 'wave', 'gen', 'generation', 'option', 'priority', 'sev', 'severity', 'p', 'v', 'ticket', 'issue', 'pr', 'task', 'story', 'epic', 'floor', 'building', 'room', 'site', 'plant', 'hall', 'dock', 'gate', 'door', 'bay', 'aisle', 'lane', 'route']);

const verbMask = verbs.mask(['change', 'improvement', 'investigative', 'non-committal', 'assurance', 'collaboration', 'people', 'behaviour']);

/**
 * A number that measures (a threshold, a count, a duration, a version to reach), as opposed to a digit
 * inside a name: "k8s", "e2e", "o11y", "F5", "DB2", "AF-2026-14", "MESH-70", "ISO 27001", "SOC 2",
 * "line 3". Only a measure says how much a "better" or an area's improvement is; a name says where.
 */
export function isMeasure(tokens: readonly Token[], index: number): boolean {
	const token = tokens[index];
	if (!numberWithUnit.test(token.norm)) {
		return false;
	}
	const before = tokens[index - 1];
	// A part of a hyphenated word with letters in it is an identifier ("AF-2026-14", "MESH-70", "v2-api").
	if (lettersInWord(tokens, index)) {
		return false;
	}
	// "ISO 27001", "SOC 2", "Postgres 16", "line 3": a bare number right after a name or a numbered noun labels it.
	const bare = /^\d{1,9}$/u.test(token.norm);
	// A capitalised verb opening the item ("Buy 40 more licences") is no name.
	const name = before !== undefined && before.capital && !verbs.isAny(before, verbMask);
	return !(bare && before !== undefined && before.gap.trim() === '' && token.gap.trim() === '' && (name || numberedNouns.has(before.norm)));
}

function slashDayMonth(tokens: readonly Token[], index: number): boolean {
	const short = (token: Token | undefined): boolean => token !== undefined && /^\d{1,2}$/u.test(token.norm);
	if (!short(tokens[index])) {
		return false;
	}
	return (tokens[index + 1]?.gap === '/' && short(tokens[index + 1]) && tokens[index + 2]?.gap !== '/') || (tokens[index].gap === '/' && short(tokens[index - 1]) && tokens[index - 1].gap !== '/');
}

function lettersInWord(tokens: readonly Token[], index: number): boolean {
	const word = tokens[index].word;
	for (let at = index - 1; at >= 0 && tokens[at].word === word; at--) {
		if (/[a-z]/u.test(tokens[at].norm)) {
			return true;
		}
	}
	for (let at = index + 1; at < tokens.length && tokens[at].word === word; at++) {
		if (/[a-z]/u.test(tokens[at].norm)) {
			return true;
		}
	}
	return false;
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

/**
 * Inline code, a dotted or underscored name (`docs.rs`, `max_connections`), a path (`/v1/search`) or a
 * quoted name of two or more words or with a hyphen ("rollback plan", "hot tree-states"), anywhere from
 * the end of the word before `from` to the start of the word at `to`.
 */
export function hasCodeOrPath(words: ItemWords, tokens: readonly Token[], from: number, to: number): boolean {
	// "Decommission `billing-v1`": an object that is all code has no words, but has its place after the verb.
	if (from > to || (from === to && from !== tokens.length)) {
		return false;
	}
	const start = from === 0 ? 0 : tokens[from - 1].end - words.start;
	const end = to < tokens.length ? tokens[to].start - words.start : words.source.length;
	const source = words.source.slice(start, end);
	if (/`[^`\r\n]{1,200}`/u.test(source) || /["“][^"“”\r\n]{0,60}\w[ -]\w[^"“”\r\n]{0,60}["”]/u.test(source)) {
		return true;
	}
	// Masking only blanks characters, so text with no dot, underscore or slash has no name or path to find.
	if (!/[._/]/u.test(source)) {
		return false;
	}
	// "due 12/15" is a date, "web/ios/android" and "timeouts/retries/etc." are lists of alternatives: no path.
	const masked = maskedSlice(words, start, end).replace(/\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/gu, ' ').replace(/(?<![\w./])[A-Za-z]{2,12}(?:\/[A-Za-z]{2,12}){1,4}(?:\/etc)?\.?(?![\w/])/gu, ' ');
	return /[A-Za-z0-9]{2}[._][A-Za-z0-9]{2}/u.test(masked) || /(?:^|[\s(])\/[A-Za-z0-9]|[A-Za-z0-9]\/[\w.-]{1,60}\/|[\w.-]\/[\w.-]{0,60}[\d._]/u.test(masked);
}

/** The source with the item's blanked fields blanked too, so a link target's `docs.rs` does not count. */
function maskedSlice(words: ItemWords, start: number, end: number): string {
	const prose = words.prose.slice(start, end);
	const source = words.source.slice(start, end);
	let masked = '';
	let copied = 0;
	for (let index = prose.indexOf(' '); index !== -1; index = prose.indexOf(' ', index + 1)) {
		if (source.charCodeAt(index) !== 32) {
			masked += `${source.slice(copied, index)} `;
			copied = index + 1;
		}
	}
	return masked + source.slice(copied);
}

/** A Markdown link in the action's words that is not one of the item's tracking references: a named resource. */
export function hasLink(words: ItemWords, tokens: readonly Token[], from: number, to: number): boolean {
	if (from >= to) {
		return false;
	}
	const start = tokens[from].start;
	const end = to < tokens.length ? tokens[to].start : words.start + words.source.length;
	for (let at = words.source.indexOf('](', start - words.start); at !== -1 && at + words.start < end; at = words.source.indexOf('](', at + 2)) {
		const offset = at + words.start;
		if (!words.item.tracking.some((ref) => ref.span.start <= offset && offset < ref.span.end)) {
			return true;
		}
	}
	return false;
}
