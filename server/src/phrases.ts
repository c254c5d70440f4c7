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
	/** A bit per low 16 bits of the hash of every phrase's first word. */
	private readonly firstWordBits = new Uint8Array(firstWordMask + 1);
	private readonly allowed: TrieNode = newNode();

	constructor(sources: readonly PhraseSource[], allow: readonly string[] = []) {
		for (const source of sources) {
			for (const variant of expandVariants(source.phrase)) {
				const norms = splitWords(variant).map((word) => word.norm);
				insert(this.root, norms, source);
				insertHashes(this.hashRoot, norms);
				this.firstWordBits[hashWord(norms[0] ?? '') & firstWordMask] = 1;
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
	 * All phrase occurrences in `text`, whose words `source.words` gives (split as `splitWords` does). The
	 * word hashes are tested first and the words read only when a phrase may start somewhere, and then only
	 * the words where one may start are matched exactly: a lookup by word string from every word was the
	 * larger half of the engine's phrase search.
	 */
	matchWords(text: string, source: { readonly words: readonly Word[] }): PhraseMatch[] {
		const count = hashWords(text);
		if (count < 0) {
			return this.match(source.words);
		}
		const found = this.findStarts(count);
		if (found === 0) {
			return [];
		}
		const words = source.words;
		const matches: PhraseMatch[] = [];
		for (let k = 0; k < found; k++) {
			this.matchAt(words, startBuffer[k], matches);
		}
		return this.withoutAllowed(words, matches);
	}

	/** All phrase occurrences in `words`, except those overlapping an allowed phrase. */
	match(words: readonly Word[]): PhraseMatch[] {
		const matches: PhraseMatch[] = [];
		for (let index = 0; index < words.length; index++) {
			this.matchAt(words, index, matches);
		}
		return this.withoutAllowed(words, matches);
	}

	/**
	 * Puts into `startBuffer` the indexes of the hashed words (`hashedWords()`, `count` of them) where the
	 * hash trie reaches a phrase, and returns how many.
	 */
	private findStarts(count: number): number {
		const hashes = hashedWords();
		let found = 0;
		for (let index = 0; index < count; index++) {
			// Most words start no phrase: one bit test, no map lookup.
			if (this.firstWordBits[hashes[index] & firstWordMask] === 0) {
				continue;
			}
			let node = this.hashRoot.children.get(hashes[index]);
			for (let next = index + 1; node !== undefined; next++) {
				if (node.terminal) {
					found = recordStart(found, index);
					break;
				}
				node = next < count ? node.children.get(hashes[next]) : undefined;
			}
		}
		return found;
	}

	/** Every phrase starting at word `index`, added to `matches`. Index loops, no closure or iterator: either would allocate for every word walked. */
	private matchAt(words: readonly Word[], index: number, matches: PhraseMatch[]): void {
		let node = index < words.length ? this.root.children.get(words[index].norm) : undefined;
		for (let next = index + 1; node !== undefined; next++) {
			const terminals = node.terminals;
			for (let k = 0; terminals !== undefined && k < terminals.length; k++) {
				matches.push({ source: terminals[k], wordIndex: index, wordCount: next - index });
			}
			node = next < words.length ? node.children.get(words[next].norm) : undefined;
		}
	}

	private withoutAllowed(words: readonly Word[], matches: PhraseMatch[]): PhraseMatch[] {
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

const firstWordMask = 0xffff;

/** Phrase starts found by the last `findStarts`, reused so that the search allocates nothing. */
let startBuffer = new Int32Array(64);

function recordStart(found: number, index: number): number {
	if (found === startBuffer.length) {
		const grown = new Int32Array(found * 2);
		grown.set(startBuffer);
		startBuffer = grown;
	}
	startBuffer[found] = index;
	return found + 1;
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
