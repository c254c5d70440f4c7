/**
 * The words of an action item as the judgement rules read them: hyphenated words split into their parts
 * ("knowledge-sharing" → knowledge, sharing; "re-evaluate" stays one word), each with the base forms it
 * may have ("reminding" → remind, "trained" → train, "optimised" → optimize), and the punctuation before
 * it (where clauses and sentences end). Lexicons match base forms, so no list spells out inflections.
 * Pure; works on one item's words, never on the whole document.
 */
import type { Span } from '../../model/types';
import type { Word } from '../../model/words';
import type { ItemWords } from './item-text';

export interface Token {
	/** Lower-case, as written (a joined prefix loses its hyphen: "reevaluate"). */
	readonly norm: string;
	/** `norm` and the base forms it may be an inflection of, British -ise/-yse spelt -ize/-yze. */
	readonly forms: readonly string[];
	/** Index of the word (in ItemWords.words) this token is part of. */
	readonly word: number;
	readonly start: number;
	readonly end: number;
	/** Punctuation between the previous token and this one ('' inside a hyphenated word). */
	readonly gap: string;
	/** Written with a capital first letter. */
	readonly capital: boolean;
	/** What each lexicon knows of this word, filled in on first use (lexicon.ts): no lookup per question. */
	verbInfo: unknown;
	nounInfo: unknown;
	peopleInfo: unknown;
}

/** Prefixes kept joined to their word: "re-evaluate" is the verb reevaluate, not "re" + "evaluate". */
const joinedPrefixes = new Set(['re', 'pre', 'co', 'de', 'un', 'non', 'mis', 'over', 'under', 'sub']);

/** British spellings and American ones meet in one form: optimise/optimize, analyse/analyze, organisation. */
export function canonical(word: string): string {
	if (!word.includes('is') && !word.includes('ys')) {
		return word;
	}
	const british = /(?:is|ys)(e|es|ed|ing|ation|ations|er|ers)$/u.exec(word);
	return british === null ? word : `${word.slice(0, british.index + 1)}z${british[1]}`;
}

/** `norm` and what it may be an inflection of: -s/-es/-ies, -ed/-ied, -ing, a doubled final consonant. */
/** Words repeat across items and documents: their forms are worked out once (bounded, cleared when full). */
const formsCache = new Map<string, readonly string[]>();
const maxCachedForms = 20000;

export function formsOf(norm: string): readonly string[] {
	let forms = formsCache.get(norm);
	if (forms === undefined) {
		forms = computeForms(norm);
		if (formsCache.size >= maxCachedForms) {
			formsCache.clear();
		}
		formsCache.set(norm, forms);
	}
	return forms;
}

function computeForms(norm: string): string[] {
	const forms = [norm];
	const add = (form: string): void => {
		if (form.length >= 2 && !forms.includes(form)) {
			forms.push(form);
		}
	};
	if (norm.endsWith("'s")) {
		add(norm.slice(0, -2));
	} else if (norm.endsWith('ies') && norm.length > 4) {
		add(`${norm.slice(0, -3)}y`);
	} else if (norm.endsWith('es') && norm.length > 3) {
		add(norm.slice(0, -2));
		add(norm.slice(0, -1));
	} else if (norm.endsWith('s') && !norm.endsWith('ss') && norm.length > 3) {
		add(norm.slice(0, -1));
	}
	for (const suffix of ['ing', 'ed']) {
		if (norm.endsWith(suffix) && norm.length > suffix.length + 2) {
			addStems(norm.slice(0, -suffix.length), add);
		}
	}
	if (norm.endsWith('ied') && norm.length > 4) {
		add(`${norm.slice(0, -3)}y`);
	}
	return [...new Set(forms.map(canonical))];
}

/** "tun" → tun, tune; "plann" → plann, plan; "mak" → mak, make. */
function addStems(stem: string, add: (form: string) => void): void {
	add(stem);
	add(`${stem}e`);
	const last = stem.charAt(stem.length - 1);
	if (stem.length > 2 && last === stem.charAt(stem.length - 2) && !'aeiouls'.includes(last)) {
		add(stem.slice(0, -1));
	}
}

export function readTokens(words: ItemWords): Token[] {
	const tokens: Token[] = [];
	let previousEnd = words.start;
	words.words.forEach((word, index) => {
		const gap = words.prose.slice(previousEnd - words.start, word.start - words.start);
		pushWordTokens(tokens, words, word, index, gap);
		previousEnd = word.end;
	});
	return tokens;
}

function pushWordTokens(tokens: Token[], words: ItemWords, word: Word, index: number, gap: string): void {
	const parts = splitHyphens(word.norm);
	let offset = word.start;
	parts.forEach((part, partIndex) => {
		const end = parts.length === 1 ? word.end : offset + part.length;
		tokens.push({ norm: part, forms: formsWithPrefix(word.norm, part), word: index, start: offset, end, gap: partIndex === 0 ? gap : '', capital: isCapital(words.source.charCodeAt(offset - words.start)), verbInfo: undefined, nounInfo: undefined, peopleInfo: undefined });
		offset = end + 1;
	});
}

/** An upper-case first letter, without allocating a string for ASCII ones. */
function isCapital(code: number): boolean {
	if (code < 128) {
		return code >= 65 && code <= 90;
	}
	const letter = String.fromCharCode(code);
	return letter !== letter.toLowerCase();
}

/** "re-educate": the joined word's forms, then those of the word without its prefix ("educate"). */
function formsWithPrefix(written: string, part: string): readonly string[] {
	const forms = formsOf(part);
	const hyphen = written.indexOf('-');
	return hyphen === -1 || part.includes('-') || written.length !== part.length + 1 ? forms : [...forms, ...formsOf(written.slice(hyphen + 1)).filter((form) => !forms.includes(form))];
}

/** "knowledge-sharing" → knowledge, sharing; "re-evaluate" → reevaluate (offsets stay those of the text). */
function splitHyphens(norm: string): string[] {
	if (!norm.includes('-')) {
		return [norm];
	}
	const parts = norm.split('-');
	return parts.length === 2 && joinedPrefixes.has(parts[0]) ? [parts.join('')] : parts;
}

/** Whether a sentence ends in `gap`: a full stop, ! ? or ; followed by space ("docs.rs" has none). */
export function endsSentence(gap: string): boolean {
	return /[.!?;]["'”’)*_]{0,3}\s/u.test(gap);
}

/** From the start of token `from` to the end of token `to - 1` (at least token `from`, at most the last). */
export function tokensSpan(tokens: readonly Token[], from: number, to: number): Span {
	const last = tokens[Math.max(from, Math.min(to, tokens.length) - 1)];
	return { start: tokens[from].start, end: last.end };
}
