/**
 * What the judgement rules (vague, people-fix) read of an action item: the words of its description with
 * markup and its own fields (owner, due date, tracking references) blanked, where its action starts, and
 * the phrase hits that fall inside it. Pure; reads only the model.
 */
import { reportsFinishedWork } from '../../model/action-items';
import { lastAtOrBefore } from '../../model/text';
import type { ActionItem, ListItem, PostmortemDocument, Span, TextBlock } from '../../model/types';
import { splitWords, type Word } from '../../model/words';
import type { PhraseHit } from '../rule';
import { memoByObject } from '../../memo';
import { canonical } from './item-tokens';
import { nouns, verbs } from './lexicon';

export interface ItemWords {
	readonly item: ActionItem;
	/** Words of the description, fields blanked. */
	readonly words: readonly Word[];
	/** The description's prose (same offsets as the document from `start`), fields blanked. */
	readonly prose: string;
	readonly start: number;
	/** The description's original text (same length as `prose`). */
	readonly source: string;
}

export function readItemWords(doc: PostmortemDocument, item: ActionItem): ItemWords {
	const span = item.textSpan;
	const block = blockAt(doc.blocks, span.start);
	const from = block === undefined ? 0 : span.start - block.span.start;
	const unmasked = block === undefined ? doc.text.slice(span.start, span.end) : block.prose.slice(from, from + span.end - span.start);
	const prose = blankUnreadFields(blankFields(unmasked, fieldSpans(item, doc.text), span));
	const words = splitWords(prose, span.start);
	return { item, words, prose, start: span.start, source: doc.text.slice(span.start, span.end) };
}

/**
 * `prose` with the fields' ranges (clipped to `span`) blanked, in one pass over the ranges in order:
 * re-copying the whole description per field was quadratic on an item with thousands of references.
 */
function blankFields(prose: string, fields: readonly Span[], span: Span): string {
	const ranges = fields
		.map((field) => ({ start: Math.max(field.start, span.start) - span.start, end: Math.min(field.end, span.end) - span.start }))
		.filter((range) => range.start < range.end)
		.sort((a, b) => a.start - b.start);
	let result = '';
	let cursor = 0;
	for (const range of ranges) {
		const start = Math.max(range.start, cursor);
		if (range.end > start) {
			result += prose.slice(cursor, start) + ' '.repeat(range.end - start);
			cursor = range.end;
		}
	}
	return result + prose.slice(cursor);
}

function fieldSpans(item: ActionItem, text: string): Span[] {
	const spans = item.tracking.map((ref) => ({ start: labelStart(text, item.textSpan.start, ref.span.start, trackingLabel), end: ref.span.end }));
	for (const field of [item.owner, item.due]) {
		if (field !== undefined && field.inSentence !== true && !(field === item.due && selectsByDate(text, item.textSpan.start, field.span.start))) {
			spans.push({ start: labelStart(text, item.textSpan.start, field.span.start, fieldLabel), end: field.span.end });
		}
	}
	return spans;
}

/**
 * "Rotate all API keys issued before 2026-11-01": a date after a participle and "before"/"after" picks
 * out which things, it is no due date (the model reads it as one), so it stays in the description.
 */
export function selectsByDate(text: string, itemStart: number, valueStart: number): boolean {
	const words = text.slice(Math.max(itemStart, valueStart - 40), valueStart).toLowerCase().split(/[ \t]+/u).filter((word) => word !== '');
	const label = words[words.length - 1] ?? '';
	const participle = words[words.length - 2] ?? '';
	return ['before', 'after', 'since', 'until'].includes(label) && participle.length > 4 && participle.endsWith('ed');
}

/**
 * A field label the model read no value for ("*Owner:* Support Lead.", "Due: next release", "ETA: Q1")
 * and what follows it up to the next separator: an item's bookkeeping, never part of what it asks for.
 * Its capitals and digits are no name and no measure (a ticket or a date is no evidence of an outcome).
 */
const unreadField = /(?<![\w-])(?:owners?|assignees?|due(?:[ \t]date)?|deadline|eta|dri|tickets?|jira|tracker|tracking|priority)[ \t]{0,3}:[^,;|()\r\n]{0,40}?(?=[,;|()\r\n]|\.(?:\s|$)|[ \t]{2}|$)/giu;

function blankUnreadFields(prose: string): string {
	return prose.includes(':') ? prose.replace(unreadField, (field) => ' '.repeat(field.length)) : prose;
}

/**
 * Where a field's label starts ("Owner: @x", "due 2026-12-01", "by 2027-01-15"), so the label is blanked
 * with the value. Only a label word counts: blanking a fixed number of characters before the value ate
 * the description's last words ("…at 16 threads" before a table's owner cell, "…in an ADR by …").
 */
function labelStart(text: string, itemStart: number, valueStart: number, labels: RegExp): number {
	const from = Math.max(itemStart, valueStart - 24);
	const label = labels.exec(text.slice(from, valueStart));
	return label === null ? valueStart : from + label.index;
}

/** An owner or due label before its value; "**Owner:** @x" keeps its emphasis markers around the colon. */
const fieldLabel = /(?:owners?|assignees?|assigned[ \t]+to|owned[ \t]+by|responsible|dri|due(?:[ \t]+(?:date|by|on))?|deadline|eta|target(?:[ \t]+date)?|by|before|until)[*_]{0,2}[ \t]{0,3}[:=]?[*_]{0,2}[ \t]{0,3}$/iu;
/** A tracking reference's label ("JIRA: OBS-901", "**Ticket:** OPS-7", "tracked in PAY-1"). */
const trackingLabel = /(?:tickets?|jira|issues?|tracked[ \t]+in|tracking|tracker|refs?)[*_]{0,2}[ \t]{0,3}[:=]?[*_]{0,2}[ \t]{0,3}$/iu;

/** The last block starting at or before `offset` (blocks are in document order). */
function blockAt(blocks: readonly TextBlock[], offset: number): TextBlock | undefined {
	const found = blocks[lastAtOrBefore(blocks, (block) => block.span.start, offset)];
	return found !== undefined && offset < found.span.end + 1 ? found : undefined;
}

/** The hits inside the item's description, outside its fields. `hits` is in document order. */
export function hitsInItem(words: ItemWords, hits: readonly PhraseHit[]): PhraseHit[] {
	const { textSpan } = words.item;
	const inside: PhraseHit[] = [];
	for (let index = firstAtOrAfter(hits, textSpan.start); index < hits.length && hits[index].span.start < textSpan.end; index++) {
		const hit = hits[index];
		const offset = hit.span.start - words.start;
		if (hit.span.end <= textSpan.end && words.prose.slice(offset, offset + 1).trim() !== '') {
			inside.push(hit);
		}
	}
	return inside;
}

/** Index of the first hit (or other spanned thing, e.g. a tracking reference) starting at or after `offset`; they are in document order. */
export function firstAtOrAfter(hits: readonly { readonly span: Span }[], offset: number): number {
	let low = 0;
	let high = hits.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (hits[middle].span.start < offset) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}
	return low;
}

/** The description's first line, for findings about the whole item (its fields, its tracking). */
export function itemLabelSpan(doc: PostmortemDocument, item: ActionItem): Span {
	const { start, end } = item.textSpan;
	const text = doc.text.slice(start, end);
	const lineEnd = text.search(/[\r\n]/u);
	const trimmed = (lineEnd === -1 ? text : text.slice(0, lineEnd)).trimEnd();
	return trimmed.length === 0 ? { start: item.span.start, end: item.span.start + 1 } : { start, end: start + trimmed.length };
}

/** Open or unknown status: the rules leave items marked done alone. */
export function isOpen(item: ActionItem): boolean {
	return item.status !== 'done';
}

/**
 * Whether the judgement rules (vague, people-fix) read the item. The model reads "**Improve
 * observability.** We lacked insight into the pool during the incident." and "Ensure staff are reminded
 * about…" as reports of finished work: it sets a bold label aside before reading the wording, and it reads
 * a passive after an imperative as a report. An item whose only sign of being done is that wording (no
 * ticked box, no status cell, no "done"/"fixed" word, no "completed" heading) and that opens with an
 * imperative, or with a bold title that is a sentence reporting nothing, stays open here.
 */
/** Items repeat across edits: what their wording says is worked out once per text (bounded, cleared when full). */
const wordingCache = new Map<string, boolean>();

/** The text opens as a request (an imperative, or a bold sentence that reports nothing) and says nothing is done. */
function openByWording(text: string): boolean {
	let open = wordingCache.get(text);
	if (open === undefined) {
		const title = /^[ \t]*(?:\*\*|__)([^*_\r\n]{1,100}[.!])(?:\*\*|__)/u.exec(text);
		const request = opensWithImperative(text) || opensWithNormLabel(text) || reportsPeopleTold(text) || (title !== null && !reportsFinishedWork(title[1]));
		open = request && !/\b(?:done|completed?|finished|fixed|resolved|shipped|merged)\b|[✅✔☑✓]/iu.test(text);
		if (wordingCache.size >= 5000) {
			wordingCache.clear();
		}
		wordingCache.set(text, open);
	}
	return open;
}

/**
 * "Ensure staff are reminded about…": the first word is a verb in its base form, a request; the model's
 * reading of the passive after it as finished work does not apply.
 */
function opensWithImperative(text: string): boolean {
	const first = /^[ \t]*([A-Za-z]{2,20})\b/u.exec(text)?.[1].toLowerCase();
	return first !== undefined && !first.endsWith('ed') && imperativeClasses.some((list) => verbs.hasForm(first, list));
}

/**
 * "Rule going forward: any schema change is announced in #data-eng…": a label announcing a rule or a goal
 * says what is to hold from now on; the present or passive after it states the rule, not finished work.
 */
function opensWithNormLabel(text: string): boolean {
	const label = /^[ \t]*(?:\*\*|__)?([A-Za-z][A-Za-z ]{0,40}?)(?:\*\*|__)?[ \t]*:[ \t]/u.exec(text)?.[1];
	return label !== undefined && label.toLowerCase().split(' ').some((word) => nouns.hasForm(word, 'norm-labels'));
}

/**
 * "Engineers have been asked to be more careful…", "the team has been reminded of the importance of…": a
 * report that people were told is a people-fix however finished it sounds; the judgement rules read it.
 */
function reportsPeopleTold(text: string): boolean {
	// "Staff are reminded to…", "Operators are requested not to…": the present passive is an instruction too.
	const told = /\b(?:has|have|had|was|were|is|are)[ \t]+(?:been[ \t]+)?([a-z]{3,20})ed\b/u.exec(text.slice(0, 200).toLowerCase());
	return told !== null && [told[1], `${told[1]}e`].some((stem) => peopleVerbClasses.some((list) => verbs.hasForm(canonical(stem), list)));
}

const peopleVerbClasses = ['people', 'people-with-audience'];

const imperativeClasses = ['change', 'assurance', 'investigative', 'improvement', 'non-committal', 'people', 'collaboration'];

export function isOpenForJudgement(doc: PostmortemDocument, item: ActionItem): boolean {
	if (item.status !== 'done') {
		return true;
	}
	if (item.form !== 'list' && item.form !== 'paragraph') {
		return false;
	}
	if (!openByWording(doc.text.slice(item.textSpan.start, item.textSpan.end))) {
		return false;
	}
	for (let index: number | undefined = item.sectionIndex; index !== undefined; index = doc.sections[index]?.parentIndex) {
		if (/\b(?:completed?|done|finished|already)\b/iu.test(doc.sections[index]?.title ?? '')) {
			return false;
		}
	}
	return true;
}

interface ListIndex {
	readonly byStart: ReadonlyMap<number, number>;
	readonly children: ReadonlyMap<number, readonly number[]>;
}

/** Per document, built once: list items by their start offset, and each item's sub-items. */
const listIndex: (doc: PostmortemDocument) => ListIndex = memoByObject((doc) => {
	const byStart = new Map<number, number>();
	const children = new Map<number, number[]>();
	doc.listItems.forEach((item, position) => {
		byStart.set(item.span.start, position);
		if (item.parentIndex !== undefined) {
			const siblings = children.get(item.parentIndex) ?? [];
			siblings.push(position);
			children.set(item.parentIndex, siblings);
		}
	});
	return { byStart, children };
});

/** The list item an action item was read from, with its index, or undefined for table rows. */
export function listItemOf(doc: PostmortemDocument, item: ActionItem): { readonly index: number; readonly listItem: ListItem } | undefined {
	const index = item.table === undefined ? listIndex(doc).byStart.get(item.span.start) : undefined;
	return index === undefined ? undefined : { index, listItem: doc.listItems[index] };
}

/** The direct sub-items of list item `index`. */
export function subItemsOf(doc: PostmortemDocument, index: number): ListItem[] {
	return (listIndex(doc).children.get(index) ?? []).map((child) => doc.listItems[child]);
}
