/**
 * The word lists of the judgement rules (data/predicates.json, data/objects.json), indexed once: each entry
 * is split like an item's tokens and matched against their base forms, so "trained", "re-training" and
 * "knowledge-sharing" find "train" and "knowledge sharing" without listing each form.
 */
import objects from './data/objects.json';
import predicates from './data/predicates.json';
import { canonical, type Token } from './item-tokens';

interface Entry {
	readonly words: readonly string[];
	readonly list: string;
}

const noEntries: readonly Entry[] = [];

export interface LexiconMatch {
	readonly list: string;
	/** Tokens the entry covers. */
	readonly length: number;
}

export class Lexicon {
	private readonly byFirst = new Map<string, Entry[]>();
	private readonly single = new Map<string, Set<string>>();
	private readonly lists: Readonly<Record<string, unknown>>;

	constructor(lists: Readonly<Record<string, unknown>>) {
		this.lists = lists;
		for (const [list, entries] of Object.entries(lists)) {
			if (!Array.isArray(entries)) {
				continue;
			}
			for (const entry of entries as string[]) {
				this.add(list, entry);
			}
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
		const bucket = this.byFirst.get(words[0]) ?? [];
		bucket.push({ words, list });
		this.byFirst.set(words[0], bucket);
		if (words.length === 1) {
			const lists = this.single.get(words[0]) ?? new Set<string>();
			lists.add(list);
			this.single.set(words[0], lists);
		}
	}

	/** Every entry that matches the tokens from `index`, longest first. */
	matchAt(tokens: readonly Token[], index: number, end = tokens.length): LexiconMatch[] {
		const found: LexiconMatch[] = [];
		const token = tokens[index];
		if (token === undefined || index >= end) {
			return found;
		}
		for (const form of token.forms) {
			for (const entry of this.byFirst.get(form) ?? noEntries) {
				if (entry.words.length <= end - index && matchesRest(entry.words, tokens, index)) {
					found.push({ list: entry.list, length: entry.words.length });
				}
			}
		}
		return found.sort((a, b) => b.length - a.length);
	}

	/** The longest match at `index` from one of `lists`. Runs for most words of every item: no closures, no arrays. */
	longest(tokens: readonly Token[], index: number, lists: readonly string[], end = tokens.length): LexiconMatch | undefined {
		const token = tokens[index];
		if (token === undefined || index >= end) {
			return undefined;
		}
		let best: Entry | undefined;
		for (const form of token.forms) {
			const bucket = this.byFirst.get(form);
			if (bucket === undefined) {
				continue;
			}
			for (const entry of bucket) {
				if ((best === undefined || entry.words.length > best.words.length) && entry.words.length <= end - index && lists.includes(entry.list) && matchesRest(entry.words, tokens, index)) {
					best = entry;
				}
			}
		}
		return best === undefined ? undefined : { list: best.list, length: best.words.length };
	}

	/** Whether the token by itself (in any of its forms) is an entry of `list`. */
	is(token: Token | undefined, list: string): boolean {
		return token !== undefined && token.forms.some((form) => this.single.get(form)?.has(list) === true);
	}

	/** Whether the token as written (not a base form: "tests" is not "test") is an entry of `list`. */
	isExactly(token: Token | undefined, list: string): boolean {
		return token !== undefined && this.single.get(token.forms[0])?.has(list) === true;
	}
}

function matchesRest(words: readonly string[], tokens: readonly Token[], index: number): boolean {
	for (let offset = 1; offset < words.length; offset++) {
		if (!tokens[index + offset].forms.includes(words[offset])) {
			return false;
		}
	}
	return true;
}

export const verbs = new Lexicon(predicates);
export const nouns = new Lexicon(objects);
