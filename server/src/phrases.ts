/**
 * One combined matcher for every phrase list of every rule. The engine walks each sentence's words once
 * and finds all phrases of all lists in that walk, instead of running one regex pass per rule.
 *
 * Phrases are literal word sequences, never regular expressions: a config file from a cloned repository
 * must not be able to hang the server. `(a|b|)` groups give simple word-form variants:
 * `should have (caught|known)` or `blame(|s|d)`.
 */
import { hashedWords, hashWord, hashWords, splitWords, type Word } from './model/words';

export interface PhraseSource {
	readonly owner: string;
	readonly list: string;
	readonly phrase: string;
}

interface TrieNode {
	readonly children: Map<string, TrieNode>;
	terminals: PhraseSource[] | undefined;
}

/** The same trie keyed by word hashes: a test that may say yes wrongly (a collision), never no wrongly. */
interface HashNode {
	readonly children: Map<number, HashNode>;
	terminal: boolean;
}

export interface PhraseMatch {
	readonly source: PhraseSource;
	readonly wordIndex: number;
	readonly wordCount: number;
}

const maxVariantsPerPhrase = 64;

export class PhraseMatcher {
	private readonly root: TrieNode = newNode();
	private readonly hashRoot: HashNode = { children: new Map(), terminal: false };
	private readonly allowed: TrieNode = newNode();

	constructor(sources: readonly PhraseSource[], allow: readonly string[] = []) {
		for (const source of sources) {
			for (const variant of expandVariants(source.phrase)) {
				const norms = splitWords(variant).map((word) => word.norm);
				insert(this.root, norms, source);
				insertHashes(this.hashRoot, norms);
			}
		}
		const allowSource: PhraseSource = { owner: '', list: 'allow', phrase: '' };
		for (const phrase of allow) {
			for (const variant of expandVariants(phrase)) {
				insert(this.allowed, splitWords(variant).map((word) => word.norm), allowSource);
			}
		}
	}

	/**
	 * Whether some phrase may occur in `text`, read from word hashes without making words. False means
	 * `match` on the text's words finds nothing; true means it may.
	 */
	mayMatch(text: string): boolean {
		const count = hashWords(text);
		if (count < 0) {
			return true;
		}
		const hashes = hashedWords();
		for (let index = 0; index < count; index++) {
			let node = this.hashRoot.children.get(hashes[index]);
			for (let next = index + 1; node !== undefined; next++) {
				if (node.terminal) {
					return true;
				}
				node = next < count ? node.children.get(hashes[next]) : undefined;
			}
		}
		return false;
	}

	/** All phrase occurrences in `words`, except those overlapping an allowed phrase. */
	match(words: readonly Word[]): PhraseMatch[] {
		const matches: PhraseMatch[] = [];
		for (let index = 0; index < words.length; index++) {
			// Most words start no phrase: one lookup, no walk.
			let node = this.root.children.get(words[index].norm);
			for (let next = index + 1; node !== undefined; next++) {
				// Index loops, no closure or iterator: either would allocate for every word walked.
				const terminals = node.terminals;
				for (let k = 0; terminals !== undefined && k < terminals.length; k++) {
					matches.push({ source: terminals[k], wordIndex: index, wordCount: next - index });
				}
				node = next < words.length ? node.children.get(words[next].norm) : undefined;
			}
		}
		if (matches.length === 0 || this.allowed.children.size === 0) {
			return matches;
		}
		const allowedWords = this.allowedWordIndexes(words);
		return matches.filter((match) => !overlapsAllowed(match, allowedWords));
	}

	private allowedWordIndexes(words: readonly Word[]): Set<number> {
		const covered = new Set<number>();
		for (let index = 0; index < words.length; index++) {
			let node = this.allowed.children.get(words[index].norm);
			for (let next = index + 1; node !== undefined; next++) {
				if (node.terminals !== undefined) {
					for (let k = index; k < next; k++) {
						covered.add(k);
					}
				}
				node = next < words.length ? node.children.get(words[next].norm) : undefined;
			}
		}
		return covered;
	}
}

function overlapsAllowed(match: PhraseMatch, allowedWords: Set<number>): boolean {
	for (let k = match.wordIndex; k < match.wordIndex + match.wordCount; k++) {
		if (allowedWords.has(k)) {
			return true;
		}
	}
	return false;
}

function insertHashes(root: HashNode, norms: readonly string[]): void {
	let node = root;
	for (const norm of norms) {
		const hash = hashWord(norm);
		let child = node.children.get(hash);
		if (child === undefined) {
			child = { children: new Map(), terminal: false };
			node.children.set(hash, child);
		}
		node = child;
	}
	node.terminal ||= node !== root;
}

function newNode(): TrieNode {
	return { children: new Map(), terminals: undefined };
}

function insert(root: TrieNode, norms: readonly string[], source: PhraseSource): void {
	if (norms.length === 0) {
		return;
	}
	let node = root;
	for (const norm of norms) {
		let child = node.children.get(norm);
		if (child === undefined) {
			child = newNode();
			node.children.set(norm, child);
		}
		node = child;
	}
	node.terminals ??= [];
	if (!node.terminals.includes(source)) {
		node.terminals.push(source);
	}
}

/**
 * Expands `(a|b|)` groups into every combination, capped so a pathological entry cannot blow up memory.
 * Anything that is not a well-formed group is taken literally.
 */
export function expandVariants(phrase: string): string[] {
	let variants = [''];
	let index = 0;
	while (index < phrase.length) {
		const open = phrase.indexOf('(', index);
		const close = open === -1 ? -1 : phrase.indexOf(')', open);
		if (open === -1 || close === -1) {
			variants = variants.map((variant) => variant + phrase.slice(index));
			break;
		}
		const literal = phrase.slice(index, open);
		const options = phrase.slice(open + 1, close).split('|');
		const next: string[] = [];
		for (const variant of variants) {
			for (const option of options) {
				if (next.length < maxVariantsPerPhrase) {
					next.push(variant + literal + option);
				}
			}
		}
		variants = next;
		index = close + 1;
	}
	return variants.map((variant) => variant.trim()).filter((variant) => variant.length > 0);
}
