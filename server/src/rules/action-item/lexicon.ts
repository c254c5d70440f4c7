/**
 * The word lists of the judgement rules (data/predicates.json, data/objects.json), indexed once: each entry
 * is split like an item's tokens and matched against their base forms, so "trained", "re-training" and
 * "knowledge-sharing" find "train" and "knowledge sharing" without listing each form.
 */
import objects from './data/objects.json';
import outcome from './data/people-outcome.json';
import predicates from './data/predicates.json';
import { canonical, type Token } from './item-tokens';

interface Entry {
	readonly words: readonly string[];
	readonly list: string;
	/** The list's bit (see Lexicon.bits). */
	readonly bit: number;
	/** Returned as is by `longest`: a lookup that runs for most words allocates nothing. */
	readonly match: LexiconMatch;
	/** For an entry with "and" in it: the match when "&" was written for it ("lunch & learn"), one token shorter. */
	readonly ampersand: LexiconMatch | undefined;
}

export interface LexiconMatch {
	readonly list: string;
	/** Tokens the entry covers. */
	readonly length: number;
}

/**
 * What the lexicon knows about one word with its forms, worked out once per distinct forms array (tokens
 * of the same word share it, see item-tokens.ts formsOf): which lists hold it as a one-word entry, and
 * every entry starting with it, longest first.
 */
interface WordInfo {
	/** Lists holding any of the forms as a one-word entry. */
	readonly single: number;
	/** Lists holding the word as written (forms[0]) as a one-word entry. */
	readonly exact: number;
	/** Lists of every entry in `entries`. */
	readonly any: number;
	readonly entries: readonly Entry[];
}

const noEntries: readonly Entry[] = [];
const emptyInfo: WordInfo = { single: 0, exact: 0, any: 0, entries: noEntries };

export class Lexicon {
	private readonly byFirst = new Map<string, Entry[]>();
	private readonly single = new Map<string, number>();
	private readonly bits = new Map<string, number>();
	private readonly lists: Readonly<Record<string, unknown>>;
	/** Keyed by the token's forms array, shared by every token of the same word. */
	private readonly infos = new WeakMap<readonly string[], WordInfo>();
	/** The token field this lexicon keeps its WordInfo in. */
	private readonly slot: 'verbInfo' | 'nounInfo' | 'peopleInfo';

	constructor(lists: Readonly<Record<string, unknown>>, slot: 'verbInfo' | 'nounInfo' | 'peopleInfo') {
		this.slot = slot;
		this.lists = lists;
		for (const [list, entries] of Object.entries(lists)) {
			if (!Array.isArray(entries)) {
				continue;
			}
			if (this.bits.size >= 32) {
				throw new Error(`lexicon: too many lists for a bit mask (${list})`);
			}
			this.bits.set(list, 1 << this.bits.size);
			for (const entry of entries as string[]) {
				this.add(list, entry);
			}
		}
		for (const bucket of this.byFirst.values()) {
			bucket.sort((a, b) => b.words.length - a.words.length);
		}
	}

	/** The entries of one list as written in the data file. */
	listOf(list: string): readonly string[] {
		const entries = this.lists[list];
		return Array.isArray(entries) ? (entries as string[]) : [];
	}

	private add(list: string, entry: string): void {
		const words = entry.toLowerCase().split(/[\s/-]+/u).filter((word) => word !== '').map(canonical);
		if (words.length === 0) {
			return;
		}
		const bit = this.bits.get(list) ?? 0;
		const bucket = this.byFirst.get(words[0]) ?? [];
		const ampersand = words.indexOf('and') > 0 ? { list, length: words.length - 1 } : undefined;
		bucket.push({ words, list, bit, match: { list, length: words.length }, ampersand });
		this.byFirst.set(words[0], bucket);
		if (words.length === 1) {
			this.single.set(words[0], (this.single.get(words[0]) ?? 0) | bit);
		}
	}

	/** The bit mask of `lists` (a handful of names: no allocation). */
	private maskOf(lists: readonly string[]): number {
		let mask = 0;
		for (const list of lists) {
			mask |= this.bits.get(list) ?? 0;
		}
		return mask;
	}

	private infoOf(token: Token): WordInfo {
		const kept = token[this.slot] as WordInfo | undefined;
		if (kept !== undefined) {
			return kept;
		}
		let info = this.infos.get(token.forms);
		if (info === undefined) {
			info = this.computeInfo(token.forms);
			this.infos.set(token.forms, info);
		}
		token[this.slot] = info;
		return info;
	}

	private computeInfo(forms: readonly string[]): WordInfo {
		let single = 0;
		let any = 0;
		const entries: Entry[] = [];
		for (const form of forms) {
			single |= this.single.get(form) ?? 0;
			for (const entry of this.byFirst.get(form) ?? noEntries) {
				if (!entries.includes(entry)) {
					entries.push(entry);
					any |= entry.bit;
				}
			}
		}
		if (single === 0 && entries.length === 0) {
			return emptyInfo;
		}
		entries.sort((a, b) => b.words.length - a.words.length);
		return { single, exact: this.single.get(forms[0]) ?? 0, any, entries };
	}

	/** Every entry that matches the tokens from `index`, longest first. */
	matchAt(tokens: readonly Token[], index: number, end = tokens.length): LexiconMatch[] {
		const found: LexiconMatch[] = [];
		const token = tokens[index];
		if (token === undefined || index >= end) {
			return found;
		}
		for (const entry of this.infoOf(token).entries) {
			const match = matched(entry, tokens, index, end);
			if (match !== undefined) {
				found.push(match);
			}
		}
		return found;
	}

	/** The longest match at `index` from one of `lists`. Runs for most words of every item: no closures, no arrays. */
	longest(tokens: readonly Token[], index: number, lists: readonly string[], end = tokens.length): LexiconMatch | undefined {
		const token = tokens[index];
		if (token === undefined || index >= end) {
			return undefined;
		}
		return this.infoOf(token).any === 0 ? undefined : this.longestIn(tokens, index, this.maskOf(lists), end);
	}

	/** `longest` with the lists' mask worked out once by the caller (see `mask`): for the hottest lookups. */
	longestIn(tokens: readonly Token[], index: number, mask: number, end = tokens.length): LexiconMatch | undefined {
		const token = tokens[index];
		if (token === undefined || index >= end) {
			return undefined;
		}
		const info = this.infoOf(token);
		if ((info.any & mask) === 0) {
			return undefined;
		}
		for (const entry of info.entries) {
			const match = (entry.bit & mask) === 0 ? undefined : matched(entry, tokens, index, end);
			if (match !== undefined) {
				return match;
			}
		}
		return undefined;
	}

	/** The bit mask of `lists`, for `isAny` (work it out once, at module level). */
	mask(lists: readonly string[]): number {
		return this.maskOf(lists);
	}

	/** Whether the token by itself is an entry of any list in `mask`: one test for several lists. */
	isAny(token: Token | undefined, mask: number): boolean {
		return token !== undefined && (this.infoOf(token).single & mask) !== 0;
	}

	/** Whether `form` (a base form, not a token) is a one-word entry of `list`. */
	hasForm(form: string, list: string): boolean {
		return ((this.single.get(form) ?? 0) & (this.bits.get(list) ?? 0)) !== 0;
	}

	/** Whether the token by itself (in any of its forms) is an entry of `list`. */
	is(token: Token | undefined, list: string): boolean {
		return token !== undefined && (this.infoOf(token).single & (this.bits.get(list) ?? 0)) !== 0;
	}

	/** Whether the token as written (not a base form: "tests" is not "test") is an entry of `list`. */
	isExactly(token: Token | undefined, list: string): boolean {
		return token !== undefined && (this.infoOf(token).exact & (this.bits.get(list) ?? 0)) !== 0;
	}
}

/** The entry's match at `index`, the "&" form of it, or undefined. */
function matched(entry: Entry, tokens: readonly Token[], index: number, end: number): LexiconMatch | undefined {
	if (entry.words.length <= end - index && matchesRest(entry.words, tokens, index)) {
		return entry.match;
	}
	return entry.ampersand !== undefined && entry.ampersand.length <= end - index && matchesWithAmpersand(entry.words, tokens, index) ? entry.ampersand : undefined;
}

function matchesRest(words: readonly string[], tokens: readonly Token[], index: number): boolean {
	for (let offset = 1; offset < words.length; offset++) {
		if (!tokens[index + offset].forms.includes(words[offset])) {
			return false;
		}
	}
	return true;
}

/** "lunch & learn" for "lunch and learn": the "and" is the "&" in the gap before the next token. */
function matchesWithAmpersand(words: readonly string[], tokens: readonly Token[], index: number): boolean {
	let at = index;
	for (let offset = 1; offset < words.length; offset++) {
		const skip = words[offset] === 'and' && tokens[at + 1]?.gap.trim() === '&';
		if (skip) {
			continue;
		}
		at++;
		if (tokens[at] === undefined || !tokens[at].forms.includes(words[offset])) {
			return false;
		}
	}
	return true;
}

export const verbs = new Lexicon(predicates, 'verbInfo');
export const nouns = new Lexicon(objects, 'nounInfo');
/** People-fix's outcome classes (data/people-outcome.json): roles, what people hold in mind, telling, norm marks. */
export const outcomeWords = new Lexicon(outcome, 'peopleInfo');
