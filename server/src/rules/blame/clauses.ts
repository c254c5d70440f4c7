/**
 * A small deterministic clause analysis for the blame rules. A sentence is split into words (with what
 * lies between them), clauses end at punctuation and at conjunctions, and questions such as "is this
 * negated", "is this meta-discussion" or "does the sentence explain why" are answered on those words.
 * Who the subject is lives in `subjects.ts`.
 *
 * Views are cached per Sentence object: several rules look at the same sentence, and the model is
 * immutable, so a cache per document needs no invalidation. What is derived from a view is kept
 * in the view itself: one WeakMap per question cost more in writes and GC than the answers (2% of a lint).
 */
import type { PostmortemDocument, Sentence, Span } from '../../model/types';
import type { Word } from '../../model/words';
import { boundaryWords, explanationMarkers, futureMarkers, metaMarkers, negations } from './lexicon';
import { memoByObject, rememberIn } from '../../memo';

export interface SentenceView {
	readonly sentence: Sentence;
	readonly words: readonly Word[];
	/** Answers derived from the view, filled on first request by the functions below. */
	readonly cache: ViewCache;
}

interface ViewCache {
	breaks: number[] | undefined;
	index: ViewIndex | undefined;
	partEnds: number[] | undefined;
	has: Map<ReadonlySet<string>, boolean> | undefined;
	matches: Map<RegExp, boolean> | undefined;
}

/**
 * The view of a sentence of `doc`, made once. Views are kept in one Map per document: a WeakMap keyed by
 * every sentence grew across documents until a collection cleared it, and its writes cost 1% of a lint.
 */
export function viewOf(doc: PostmortemDocument, sentence: Sentence): SentenceView {
	return rememberIn(viewsOf(doc), sentence, () => buildView(sentence));
}

const viewsOf = memoByObject((_doc: PostmortemDocument) => new Map<Sentence, SentenceView>());

function buildView(sentence: Sentence): SentenceView {
	return { sentence, words: sentence.words, cache: { breaks: undefined, index: undefined, partEnds: undefined, has: undefined, matches: undefined } };
}

/**
 * Word `index` as written (original case), for telling names from common words; '' outside the sentence.
 * Sliced on request: slicing every word and every gap up front was the largest allocation of the blame rules.
 */
export function rawWord(view: SentenceView, index: number): string {
	const word = view.words[index];
	const base = view.sentence.span.start;
	return word === undefined ? '' : view.sentence.text.slice(word.start - base, word.end - base);
}

/** Words `first`…`last` as written, joined by single spaces. */
export function rawWords(view: SentenceView, first: number, last: number): string {
	const written: string[] = [];
	for (let index = first; index <= last; index++) {
		written.push(rawWord(view, index));
	}
	return written.join(' ');
}

/** The text between word `index - 1` and word `index` (before the first word for 0; after the last for words.length). */
export function gapBefore(view: SentenceView, index: number): string {
	const base = view.sentence.span.start;
	const start = index === 0 ? 0 : view.words[index - 1].end - base;
	const end = index === view.words.length ? view.sentence.text.length : view.words[index].start - base;
	return view.sentence.text.slice(start, end);
}

export function norm(view: SentenceView, index: number): string {
	return view.words[index]?.norm ?? '';
}

// Punctuation that ends a clause for certain; a spaced hyphen is a dash.
const hardBreak = /[;:()[\]—–"“”…!?]|\s-\s/;

const noBreak = 0;
const commaBreak = 1;
const hardBreakKind = 2;
/** What separates word i-1 from word i, for every i, read once per sentence (most gaps are one space). */
function breaksOf(view: SentenceView): readonly number[] {
	view.cache.breaks ??= readBreaks(view);
	return view.cache.breaks;
}

function readBreaks(view: SentenceView): number[] {
	const kinds = zeros(view.words.length + 1);
	for (let index = 1; index < view.words.length; index++) {
		const gap = gapBefore(view, index);
		if (gap !== ' ') {
			kinds[index] = hardBreak.test(gap) ? hardBreakKind : gap.includes(',') ? commaBreak : noBreak;
		}
	}
	return kinds;
}

/**
 * Per-word tables are plain arrays of small integers: a typed array of 20-30 elements took twice as long
 * to allocate, and a lint makes five per sentence that holds a phrase.
 */
function zeros(length: number): number[] {
	return new Array<number>(length).fill(0);
}

/** A clause-ending mark (not a comma) between word i-1 and word i. */
export function hardBreakBefore(view: SentenceView, index: number): boolean {
	return index > 0 && index < view.words.length && breaksOf(view)[index] === hardBreakKind;
}

/** Any clause-ending mark, commas included, between word i-1 and word i. */
export function breakBefore(view: SentenceView, index: number): boolean {
	return index > 0 && index < view.words.length && breaksOf(view)[index] !== noBreak;
}

/**
 * Answers that would otherwise walk the sentence once per phrase hit, computed once per view. Walking is
 * quadratic on run-on text: 'Dave should have ' × 4,000 (one 68 KB sentence) took blame/hindsight 38 s.
 */
interface ViewIndex {
	/** clauseStart of each word index 0…words.length. */
	readonly clauseStarts: readonly number[];
	/** clauseEnd of each word index 0…words.length - 1. */
	readonly clauseEnds: readonly number[];
	/** For each index 0…words.length, the last word before it that is a future marker, or -1. */
	readonly lastFutureBefore: readonly number[];
	/** Where the last explanation marker starts, or -1. */
	readonly lastExplanation: number;
	readonly meta: boolean;
	/** How many words at the start of the sentence begin with a digit (a timestamp). */
	readonly leadingNumbers: number;
}

function indexOf(view: SentenceView): ViewIndex {
	view.cache.index ??= buildIndex(view);
	return view.cache.index;
}

function buildIndex(view: SentenceView): ViewIndex {
	const count = view.words.length;
	const clauseStarts = zeros(count + 1);
	const lastFutureBefore = zeros(count + 1);
	lastFutureBefore[0] = -1;
	for (let k = 1; k <= count; k++) {
		clauseStarts[k] = breakBefore(view, k) || boundaryWords.has(norm(view, k - 1)) ? k : clauseStarts[k - 1];
		lastFutureBefore[k] = futureMarkers.has(norm(view, k - 1)) ? k - 1 : lastFutureBefore[k - 1];
	}
	const clauseEnds = zeros(count);
	for (let k = count - 1; k >= 0; k--) {
		const stops = k + 1 >= count || breakBefore(view, k + 1) || boundaryWords.has(norm(view, k + 1));
		clauseEnds[k] = stops ? k + 1 : clauseEnds[k + 1];
	}
	let leadingNumbers = 0;
	while (leadingNumbers < count && /^\d/.test(rawWord(view, leadingNumbers))) {
		leadingNumbers++;
	}
	return {
		clauseStarts,
		clauseEnds,
		lastFutureBefore,
		lastExplanation: lastSequenceStart(view, explanationsByFirstWord),
		meta: lastSequenceStart(view, metaByFirstWord) !== -1,
		leadingNumbers,
	};
}

/** Markers grouped by their first word, so a sentence is scanned once with one lookup per word. */
function byFirstWord(markers: readonly (readonly string[])[]): ReadonlyMap<string, readonly (readonly string[])[]> {
	const groups = new Map<string, (readonly string[])[]>();
	for (const marker of markers) {
		groups.set(marker[0], [...(groups.get(marker[0]) ?? []), marker]);
	}
	return groups;
}

const explanationsByFirstWord = byFirstWord(explanationMarkers);
const metaByFirstWord = byFirstWord(metaMarkers);

function lastSequenceStart(view: SentenceView, markers: ReadonlyMap<string, readonly (readonly string[])[]>): number {
	for (let index = view.words.length - 1; index >= 0; index--) {
		const candidates = markers.get(view.words[index].norm);
		if (candidates !== undefined && someSequenceAt(view, index, candidates)) {
			return index;
		}
	}
	return -1;
}

/** No closure over the loop's index above: V8 then allocated that index's scope for every word walked. */
function someSequenceAt(view: SentenceView, index: number, markers: readonly (readonly string[])[]): boolean {
	for (const marker of markers) {
		if (sequenceAt(view, index, marker)) {
			return true;
		}
	}
	return false;
}

/** First word of the clause holding word `index`: after the last break or conjunction before it. */
export function clauseStart(view: SentenceView, index: number): number {
	const starts = indexOf(view).clauseStarts;
	return index >= 0 && index < starts.length ? starts[index] : walkToClauseStart(view, index);
}

function walkToClauseStart(view: SentenceView, index: number): number {
	let start = index;
	while (start > 0 && !breakBefore(view, start) && !boundaryWords.has(norm(view, start - 1))) {
		start--;
	}
	return start;
}

/** One past the last word of the clause holding word `index`. */
export function clauseEnd(view: SentenceView, index: number): number {
	const ends = indexOf(view).clauseEnds;
	return index >= 0 && index < ends.length ? ends[index] : walkToClauseEnd(view, index);
}

function walkToClauseEnd(view: SentenceView, index: number): number {
	let end = index + 1;
	while (end < view.words.length && !breakBefore(view, end) && !boundaryWords.has(norm(view, end))) {
		end++;
	}
	return end;
}

/** A negation among the few words before `index` in its clause ("not", "never", "no one", "didn't"). */
export function negatedBefore(view: SentenceView, index: number, window = 4): boolean {
	const start = Math.max(clauseStart(view, index), index - window);
	for (let k = start; k < index; k++) {
		if (negations.has(norm(view, k)) || (norm(view, k) === 'one' && norm(view, k - 1) === 'no')) {
			return true;
		}
	}
	return false;
}

/** Whether the word sequence `marker` starts at word `index`. */
function sequenceAt(view: SentenceView, index: number, marker: readonly string[]): boolean {
	for (let k = 0; k < marker.length; k++) {
		if (norm(view, index + k) !== marker[k]) {
			return false;
		}
	}
	return true;
}

/** The sentence talks about blame or wording itself ("human error is a symptom", "blameless"). */
export function isMetaDiscussion(view: SentenceView): boolean {
	return indexOf(view).meta;
}

/** The sentence goes on to give a reason after `index` ("… because the alert had no route"). */
export function explainedAfter(view: SentenceView, index: number): boolean {
	return indexOf(view).lastExplanation >= Math.max(0, index);
}

/** A future or plan marker earlier in the clause ("we will", "going forward"). */
export function futureBefore(view: SentenceView, index: number): boolean {
	const lastFuture = indexOf(view).lastFutureBefore;
	if (index < 0) {
		return false;
	}
	const last = index < lastFuture.length ? lastFuture[index] : lastFuture[lastFuture.length - 1];
	return last !== -1 && last >= clauseStart(view, index);
}

/**
 * How far a scan around a phrase hit may go, in words. Subjects, objects and the words that qualify a
 * phrase sit within a few words of it in real prose; the bound keeps pathological run-on text linear.
 */
export const reach = 12;

/** Whether any word of the sentence is in `words`, computed once per sentence and word set. */
export function sentenceHas(view: SentenceView, words: ReadonlySet<string>): boolean {
	view.cache.has ??= new Map();
	return rememberIn(view.cache.has, words, () => view.words.some((word) => words.has(word.norm)));
}

function sentencePartEnds(view: SentenceView): readonly number[] {
	view.cache.partEnds ??= readPartEnds(view);
	return view.cache.partEnds;
}

function readPartEnds(view: SentenceView): number[] {
	const count = view.words.length;
	const ends = zeros(count);
	for (let k = count - 1; k >= 0; k--) {
		ends[k] = k + 1 >= count || hardBreakBefore(view, k + 1) ? k : ends[k + 1];
	}
	return ends;
}

/** The last word before the next ";", ":", dash or bracket after word `index` (or the sentence's last word). */
export function lastWordBeforeHardBreak(view: SentenceView, index: number): number {
	const ends = sentencePartEnds(view);
	return index >= 0 && index < ends.length ? ends[index] : index;
}

/** Whether the sentence's text matches `pattern` (no g flag), computed once per sentence and pattern. */
export function sentenceMatches(view: SentenceView, pattern: RegExp): boolean {
	view.cache.matches ??= new Map();
	return rememberIn(view.cache.matches, pattern, () => pattern.test(view.sentence.text));
}

/** Index of the first word at or after `from` (within the sentence) whose norm is in `words`, or -1. */
export function findWord(view: SentenceView, words: ReadonlySet<string>, from: number, to = view.words.length): number {
	for (let k = Math.max(0, from); k < Math.min(to, view.words.length); k++) {
		if (words.has(norm(view, k))) {
			return k;
		}
	}
	return -1;
}

/** The span from the start of word `first` to the end of word `last`. */
export function wordsSpan(view: SentenceView, first: number, last: number): Span {
	return { start: view.words[first].start, end: view.words[last].end };
}

/** Starts with a capital followed by a lower-case letter, as names and sentence starts do. */
export function isTitleCase(raw: string): boolean {
	return /^\p{Lu}\p{Ll}/u.test(raw);
}

/** True when word `index` opens the sentence (only numbers, such as a timestamp, before it). */
export function opensSentence(view: SentenceView, index: number): boolean {
	return index <= indexOf(view).leadingNumbers;
}
