/**
 * Whether an action item names something concrete: a number (threshold, size, version, date), code, an
 * identifier (`payments-api`, `docs.rs`, `ArgoCD`), a proper name in mid-sentence (Kyverno, Redis), or an
 * artefact with a specific qualifier ("a runbook for queue backlog"). "The database", "our process",
 * "more tests" and "edge cases" are not: their words are all in the generic-object list.
 */
import type { Word } from '../../model/words';
import wordLists from './data/action-item-words.json';
import type { ItemWords } from './item-text';

const generic = new Set(wordLists['generic-objects']);
const artefacts = new Set(wordLists.artefacts);
const compoundParts = new Set(wordLists['compound-parts']);
const genericVerbs = new Set(wordLists['generic-verbs']);
const qualifiers = new Set(['for', 'on', 'of', 'in', 'when', 'if', 'that', 'to', 'with', 'at', 'above', 'below', 'over', 'under', 'whenever', 'which']);
const calendarWords = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

export function isConcrete(words: ItemWords, ignore: ReadonlySet<string> = new Set()): boolean {
	const source = words.source;
	return (
		words.words.some((word) => /\d/u.test(word.norm)) ||
		/`[^`\r\n]{1,200}`/u.test(source) ||
		/[A-Za-z0-9]{2}[._][A-Za-z0-9]{2}/u.test(maskedSource(words)) ||
		words.words.some((word, index) => isIdentifier(words, word, ignore) || isProperName(words, word, index, ignore) || isQualifiedArtefact(words, index))
	);
}

/** The original text with the blanked fields blanked here too, so `docs.rs` in a link target does not count. */
function maskedSource(words: ItemWords): string {
	let masked = '';
	for (let index = 0; index < words.source.length; index++) {
		masked += words.prose[index] === ' ' && words.source[index] !== ' ' ? ' ' : words.source[index];
	}
	return masked;
}

function original(words: ItemWords, word: Word): string {
	return words.source.slice(word.start - words.start, word.end - words.start);
}

/** `grafana-agent`, `orders-db`, `NodeNotReady`, `PostHog`; not `on-call`, `follow-up`, `re-evaluate`. */
function isIdentifier(words: ItemWords, word: Word, ignore: ReadonlySet<string>): boolean {
	const written = original(words, word);
	if (ignore.has(word.norm)) {
		return false;
	}
	if (/[a-z][A-Z]|[A-Z]{2}[a-z]{2}/u.test(written)) {
		return true;
	}
	return word.norm.includes('-') && !word.norm.split('-').every((part) => compoundParts.has(part) || generic.has(part));
}

/** A capitalised word that does not start a sentence or the item: a product, service or team name. */
function isProperName(words: ItemWords, word: Word, index: number, ignore: ReadonlySet<string>): boolean {
	const written = original(words, word);
	if (!/^\p{Lu}.*\p{Ll}/u.test(written) || index === 0 || words.leads.has(index)) {
		return false;
	}
	if (generic.has(word.norm) || ignore.has(word.norm) || calendarWords.has(word.norm) || genericVerbs.has(word.norm)) {
		return false;
	}
	const before = words.prose.slice(0, word.start - words.start).trimEnd();
	return before !== '' && !/[.!?:;(]$/u.test(before);
}

/** "runbook for queue backlog", "alert when replication lag…": an artefact with a specific subject. */
function isQualifiedArtefact(words: ItemWords, index: number): boolean {
	const list = words.words;
	if (!artefacts.has(list[index].norm) || !qualifiers.has(list[index + 1]?.norm ?? '')) {
		return false;
	}
	const next = list.slice(index + 2, index + 5).find((word) => !generic.has(word.norm));
	return next !== undefined;
}

/**
 * "Add more tests", "Update documentation", "Better error handling": a verb that says nothing by itself
 * followed only by generic words.
 */
export function hasOnlyGenericObject(words: ItemWords): boolean {
	const list = words.words;
	const lead = Math.min(...words.leads);
	if (list.length === 0 || lead >= list.length || /\d/u.test(list[lead].norm)) {
		return false;
	}
	const first = list[lead].norm;
	if (!genericVerbs.has(first) && !generic.has(first)) {
		return false;
	}
	return list.slice(lead + 1).every((word) => generic.has(word.norm));
}
