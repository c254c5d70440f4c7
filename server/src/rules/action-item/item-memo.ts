/**
 * The judgement rules' verdicts, remembered by what decides them: the item's own text, where its
 * description and fields sit in it, and the phrase hits inside it, all relative to the item's start. A
 * document is re-parsed and re-linted on every edit while almost all of its items stay as they were, so
 * an unchanged item is judged once, not on every keystroke; its first reading is unchanged (item-text,
 * item-grammar, item-object). Pure: the memo is a bounded cache of results of pure functions.
 */
import type { ActionItem, PostmortemDocument, Span } from '../../model/types';
import type { PhraseHit } from '../rule';
import { sameElements } from '../../memo';
import { firstAtOrAfter } from './item-text';

const maxEntries = 20000;

/**
 * What decides a verdict besides the item's text: the form, where the description and fields sit, and the
 * phrase hits, as numbers relative to the item's start (compared number by number, never joined into a
 * string: a lint of a large document asks this for thousands of items).
 */
type Signature = readonly number[];

interface Slot<T> {
	readonly signature: Signature;
	readonly value: T | undefined;
}

/** Per parsed item: its signature for one lint's phrase hits (both rules ask for it). */
const signatures = new WeakMap<ActionItem, { readonly hits: readonly PhraseHit[]; readonly signature: Signature }>();
const listIds = new Map<string, number>();
const forms = ['list', 'task', 'table', 'paragraph'];

export class ItemMemo<T> {
	private readonly entries = new Map<string, Slot<T>[]>();
	private size = 0;

	/** The remembered verdict for `item`, or the one `judge` gives (then remembered). */
	get(doc: PostmortemDocument, item: ActionItem, hits: readonly PhraseHit[], judge: () => T | undefined): T | undefined {
		const signature = signatureOf(item, hits);
		const text = doc.text.slice(item.span.start, item.span.end);
		let slots = this.entries.get(text);
		const found = slots?.find((slot) => sameElements(slot.signature, signature));
		if (found !== undefined) {
			return found.value;
		}
		if (this.size >= maxEntries) {
			this.entries.clear();
			this.size = 0;
			slots = undefined;
		}
		const value = judge();
		if (slots === undefined) {
			slots = [];
			this.entries.set(text, slots);
		}
		slots.push({ signature, value });
		this.size++;
		return value;
	}
}

function signatureOf(item: ActionItem, hits: readonly PhraseHit[]): Signature {
	const known = signatures.get(item);
	if (known !== undefined && known.hits === hits) {
		return known.signature;
	}
	const base = item.span.start;
	const signature: number[] = [forms.indexOf(item.form), item.status === 'done' ? 1 : 0];
	pushSpan(signature, item.textSpan, base);
	pushSpan(signature, item.owner?.span, base);
	pushSpan(signature, item.due?.span, base);
	signature.push(item.tracking.length);
	for (const ref of item.tracking) {
		pushSpan(signature, ref.span, base);
	}
	for (let index = firstAtOrAfter(hits, base); index < hits.length && hits[index].span.start < item.span.end; index++) {
		pushSpan(signature, hits[index].span, base);
		signature.push(listId(hits[index].list));
	}
	signatures.set(item, { hits, signature });
	return signature;
}

function pushSpan(signature: number[], span: Span | undefined, base: number): void {
	signature.push(span === undefined ? -1 : span.start - base, span === undefined ? -1 : span.end - base);
}

function listId(list: string): number {
	let id = listIds.get(list);
	if (id === undefined) {
		id = listIds.size;
		listIds.set(list, id);
	}
	return id;
}

/** `span` moved from one item start to another. */
export function moved(span: Span, from: number, to: number): Span {
	return { start: span.start - from + to, end: span.end - from + to };
}
