/**
 * What every blame rule needs around a phrase hit: the sentence view, the document's roster of people,
 * and the plain checks (negated? meta-discussion? a heading?) that apply to any phrase a team adds.
 */
import type { PostmortemDocument, Sentence, Span } from '../../model/types';
import { splitWords } from '../../model/words';
import type { PhraseHit } from '../rule';
import { isMetaDiscussion, negatedBefore, viewOf, type SentenceView } from './clauses';
import type { Roster } from './subjects';
import { memoByObject } from '../../memo';

export interface BlameHit {
	readonly hit: PhraseHit;
	readonly view: SentenceView;
	/** First and last word of the phrase in `view.words`. */
	readonly first: number;
	readonly last: number;
	readonly roster: Roster;
}

/** Every word of every name in front matter `people:`, lower-cased. */
export const rosterOf: (doc: PostmortemDocument) => Roster = memoByObject(
	(doc) => new Set(Object.keys(doc.metadata.people).flatMap((name) => splitWords(name).map((word) => word.norm))),
);

export function blameHits(doc: PostmortemDocument, hits: readonly PhraseHit[], list?: string): BlameHit[] {
	const roster = rosterOf(doc);
	return hits
		.filter((hit) => list === undefined || hit.list === list)
		.map((hit) => ({ hit, view: viewOf(doc, hit.sentence), first: hit.wordIndex, last: hit.wordIndex + hit.wordCount - 1, roster }));
}

/** The sentence is a heading ("## Root cause", "### What could we have done better?"). */
export function isHeading(doc: PostmortemDocument, sentence: Sentence): boolean {
	return doc.blocks[sentence.blockIndex]?.kind === 'heading';
}

/** The author asserts the phrase: it is not negated ("no one was at fault") and not about wording itself. */
export function asserted(blame: BlameHit): boolean {
	return !negatedBefore(blame.view, blame.first) && !isMetaDiscussion(blame.view);
}

/**
 * Drops findings that overlap an earlier one, so one wording gets one diagnostic even when two of a
 * rule's phrases match it ("could easily have" and "have"), whichever list matched first.
 */
export function withoutOverlaps<T extends { readonly span: Span }>(items: readonly T[]): T[] {
	const sorted = [...items].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
	const kept: T[] = [];
	for (const item of sorted) {
		const previous = kept[kept.length - 1];
		if (previous === undefined || item.span.start >= previous.span.end) {
			kept.push(item);
		}
	}
	return kept;
}
