/**
 * Quick fixes that add a missing owner or due date to an action item, written the way the item (or the
 * rest of the document) already writes fields: a new cell in the table's column, a new sub-bullet next to
 * the item's other field sub-bullets, or an inline field with the document's own label.
 */
import type { ActionItem, PostmortemDocument } from '../../model/types';
import { containsSpan } from '../../model/text';
import type { Fix, SpanEdit } from '../rule';
import { listItemOf, subItemsOf } from './item-text';
import { memoByObjectAnd } from '../../memo';

export type FieldKind = 'owner' | 'due';

export interface FieldValue {
	/** What a client without snippets inserts. */
	readonly plain: string;
	/** The same as a snippet body (`@$1`, `${1:2026-12-07}`). */
	readonly snippet: string;
}

export interface FieldFix {
	readonly fix: Fix;
	/** Said in the message when the item is a table row and the table lacks the column. */
	readonly missingColumn: boolean;
}

const labelWords: Readonly<Record<FieldKind, string>> = { owner: 'Owner', due: 'Due' };
const fieldLabel = /(\(\s{0,2})?([*_]{0,2})(owners?|assignees?|dri|due(?: date)?|deadline|eta)([*_]{0,2}\s{0,2}[:=]?\s{0,2}[*_]{0,2}\s{0,2})$/iu;
const childFieldLine = /^([*_]{0,2})(owners?|assignees?|dri|due(?: date)?|deadline|eta|tickets?|issues?|jira|tracking|links?|status)([*_]{0,2}\s{0,2}:[*_]{0,2})/iu;

export function fieldFix(doc: PostmortemDocument, item: ActionItem, kind: FieldKind, value: FieldValue): FieldFix {
	const title = kind === 'owner' ? 'Add an owner' : `Add a due date (${value.plain})`;
	if (item.table !== undefined) {
		const column = kind === 'owner' ? item.table.ownerColumn : item.table.dueColumn;
		if (column !== undefined) {
			return { fix: { title, edits: [tableCellEdit(doc, item, column, value)] }, missingColumn: false };
		}
		const cell = item.textSpan;
		const label = labelWords[kind].toLowerCase();
		return { fix: { title, edits: [insertAt(cell.end, ` (${label}: `, value, ')')] }, missingColumn: true };
	}
	return { fix: { title, edits: [subBulletEdit(doc, item, kind, value) ?? inlineEdit(doc, item, kind, value)] }, missingColumn: false };
}

function insertAt(offset: number, before: string, value: FieldValue, after: string): SpanEdit {
	return { span: { start: offset, end: offset }, newText: before + value.plain + after, snippet: escapeSnippet(before) + value.snippet + escapeSnippet(after) };
}

function escapeSnippet(text: string): string {
	return text.replace(/[$}\\]/gu, (char) => `\\${char}`);
}

/** Fills the empty cell of the column, or adds cells when the row is shorter than the header. */
function tableCellEdit(doc: PostmortemDocument, item: ActionItem, column: number, value: FieldValue): SpanEdit {
	const cells = item.table?.cells ?? [];
	const cell = cells[column];
	if (cell !== undefined) {
		let start = cell.start;
		let end = cell.end;
		while (start > item.span.start && /[ \t]/u.test(doc.text[start - 1])) {
			start--;
		}
		while (end < item.span.end && /[ \t]/u.test(doc.text[end])) {
			end++;
		}
		return { span: { start, end }, newText: ` ${value.plain} `, snippet: ` ${value.snippet} ` };
	}
	const closed = doc.text.slice(item.span.start, item.span.end).trimEnd().endsWith('|');
	const padding = '  |'.repeat(Math.max(0, column - cells.length));
	return insertAt(item.span.end, `${closed ? '' : ' |'}${padding} `, value, ' |');
}

/** "- Owner: @x" under an item whose other fields are sub-bullets: a new sub-bullet in the same style. */
function subBulletEdit(doc: PostmortemDocument, item: ActionItem, kind: FieldKind, value: FieldValue): SpanEdit | undefined {
	const parent = listItemOf(doc, item);
	const child = parent === undefined ? undefined : subItemsOf(doc, parent.index).find((candidate) => childFieldLine.test(doc.text.slice(candidate.contentSpan.start, candidate.contentSpan.end)));
	if (child === undefined) {
		return undefined;
	}
	const match = childFieldLine.exec(doc.text.slice(child.contentSpan.start, child.contentSpan.end));
	const lineStart = doc.lineStarts[child.line];
	const indent = doc.text.slice(lineStart, child.markerSpan.start);
	const marker = doc.text.slice(child.markerSpan.start, child.markerSpan.end);
	const label = `${match?.[1] ?? ''}${casedLike(match?.[2] ?? 'Owner', labelWords[kind])}${match?.[3] ?? ':'} `;
	const eol = /\r\n/u.test(doc.text.slice(child.span.start, child.span.end + 2)) ? '\r\n' : '\n';
	return insertAt(lineStart, `${indent}${marker} ${label}`, value, eol);
}

function casedLike(example: string, word: string): string {
	if (example === example.toUpperCase()) {
		return word.toUpperCase();
	}
	return example[0] === example[0].toLowerCase() ? word.toLowerCase() : word;
}

/**
 * The label another item of the document uses for this kind of field, e.g. "**Owner:** " or "(owner: ".
 * Kept per document and field kind: every item's fix asks, and scanning all items each time was quadratic.
 */
const documentLabel: (doc: PostmortemDocument, kind: FieldKind) => { text: string; parenthesised: boolean } = memoByObjectAnd((doc, kind) =>
	findDocumentLabel(doc, kind),
);

/**
 * A copied label's separator with plain spaces: a no-break space, vertical tab or other odd space copied
 * from another item made a field the model does not read ("Owner: \u00a0@"), so the fix left its finding
 * in place. The fix-safety suite found it.
 */
function plainSpaces(separator: string): string {
	return separator.replace(/[^\S \t]/gu, ' ');
}

function findDocumentLabel(doc: PostmortemDocument, kind: FieldKind): { text: string; parenthesised: boolean } {
	for (const other of doc.actionItems) {
		const field = kind === 'owner' ? other.owner : other.due;
		const match = field === undefined || other.table !== undefined ? null : fieldLabel.exec(doc.text.slice(Math.max(0, field.span.start - 30), field.span.start));
		if (match !== null) {
			const text = `${match[2]}${casedLike(match[3], labelWords[kind])}${match[4] === '' ? ' ' : plainSpaces(match[4])}`;
			return { text, parenthesised: match[1] !== undefined };
		}
	}
	return { text: `${labelWords[kind]}: `, parenthesised: false };
}

function inlineEdit(doc: PostmortemDocument, item: ActionItem, kind: FieldKind, value: FieldValue): SpanEdit {
	const label = documentLabel(doc, kind);
	const other = kind === 'owner' ? item.due : item.owner;
	// An owner that is the sentence's subject ("SRE team to add…") is no field to write the due date beside.
	if (other !== undefined && other.inSentence !== true && containsSpan(item.textSpan, other.span)) {
		const before = fieldLabel.exec(doc.text.slice(Math.max(item.textSpan.start, other.span.start - 30), other.span.start));
		if (before !== null && before[1] !== undefined) {
			// "(owner: x, due: y)": join the group, in its casing.
			const joined = `${before[2]}${casedLike(before[3], labelWords[kind])}${plainSpaces(before[4])}`;
			return kind === 'due' ? insertAt(other.span.end, `, ${joined}`, value, '') : insertAt(other.span.start - before[0].length + before[1].length, joined, value, ', ');
		}
		if (kind === 'owner' && before !== null) {
			return insertAt(other.span.start - before[0].length, capitalised(label.text), value, '. ');
		}
		if (kind === 'due') {
			return insertAt(other.span.end, `. ${capitalised(label.text)}`, value, '');
		}
	}
	const text = doc.text.slice(item.textSpan.start, item.textSpan.end).trimEnd();
	// "We plan to alert on:" introduces the list below it: the field goes before the colon, which stays last.
	const colon = /:[*_]{0,3}$/u.exec(text);
	const end = item.textSpan.start + (colon === null ? text.length : colon.index);
	// After a full stop the field is its own sentence; otherwise it goes in parentheses, like "(owner: x)".
	return !label.parenthesised && /[.!?]$/u.test(text) ? insertAt(end, ` ${capitalised(label.text)}`, value, '.') : insertAt(end, ` (${lowercased(label.text.replace(/^\(\s*/u, ''))}`, value, ')');
}

function capitalised(label: string): string {
	return label.replace(/^([*_]{0,2})(\w)/u, (_all, marks: string, first: string) => marks + first.toUpperCase());
}

function lowercased(label: string): string {
	return label.replace(/^([*_]{0,2})(\w)/u, (_all, marks: string, first: string) => marks + first.toLowerCase());
}
