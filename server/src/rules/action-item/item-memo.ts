/**
 * The judgement rules' verdicts, remembered by what decides them: the item's own text, where its
 * description and fields sit in it, and the phrase hits inside it, all relative to the item's start. A
 * document is re-parsed and re-linted on every edit while almost all of its items stay as they were, so
 * an unchanged item is judged once, not on every keystroke; its first reading is unchanged (item-text,
 * item-grammar, item-object). Pure: the memo is a bounded cache of results of pure functions.
 */
import type { ActionItem, PostmortemDocument, Span } from '../../model/types';
import type { PhraseHit } from '../rule';

/** A verdict with its spans relative to the item's start; `undefined` is "no finding". */
export interface Remembered<T> {
	readonly value: T | undefined;
}

const maxEntries = 20000;

/** Per parsed item: its key for one lint's phrase hits (both rules ask for it). */
const keys = new WeakMap<ActionItem, { readonly hits: readonly PhraseHit[]; readonly key: string }>();

export class ItemMemo<T> {
	private readonly entries = new Map<string, Remembered<T>>();

	/** The remembered verdict for `item`, or the one `judge` gives (then remembered). */
	get(doc: PostmortemDocument, item: ActionItem, hits: readonly PhraseHit[], judge: () => T | undefined): T | undefined {
		const key = itemKey(doc, item, hits);
		let remembered = this.entries.get(key);
		if (remembered === undefined) {
			if (this.entries.size >= maxEntries) {
				this.entries.clear();
			}
			remembered = { value: judge() };
			this.entries.set(key, remembered);
		}
		return remembered.value;
	}
}

function itemKey(doc: PostmortemDocument, item: ActionItem, hits: readonly PhraseHit[]): string {
	const known = keys.get(item);
	if (known !== undefined && known.hits === hits) {
		return known.key;
	}
	const base = item.span.start;
	let key = `${item.form}|${relative(item.textSpan, base)}|${item.owner === undefined ? '' : relative(item.owner.span, base)}|${item.due === undefined ? '' : relative(item.due.span, base)}|`;
	for (const ref of item.tracking) {
		key += `${relative(ref.span, base)},`;
	}
	key += '|';
	for (let index = firstAtOrAfter(hits, base); index < hits.length && hits[index].span.start < item.span.end; index++) {
		key += `${relative(hits[index].span, base)}:${hits[index].list},`;
	}
	key += `|${doc.text.slice(item.span.start, item.span.end)}`;
	keys.set(item, { hits, key });
	return key;
}

function relative(span: Span, base: number): string {
	return `${span.start - base}-${span.end - base}`;
}

function firstAtOrAfter(hits: readonly PhraseHit[], offset: number): number {
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

/** `span` moved from one item start to another. */
export function moved(span: Span, from: number, to: number): Span {
	return { start: span.start - from + to, end: span.end - from + to };
}
