/**
 * Completions inside action items only: owners after `Owner:` or `@` (and in a table's owner column), due
 * dates after `Due:` (and in a table's due column). Owners come from the document, the config's `teams`
 * and CODEOWNERS; dates are +1 week, +2 weeks, end of month and end of quarter in the document's format.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { lineAt } from '../model/text';
import type { ActionItem, PostmortemDocument, Span } from '../model/types';
import { addDays, documentDateFormat, endOfMonth, endOfQuarter, formatDueDate } from '../rules/action-item/dates';
import { codeOwners, workspaceFolderOf } from './action-item-codeowners';
import { spanToRange } from './positions';
import type { CompletionProvider, FeatureContext } from './providers';

/** `@` starts a handle; `:` ends a field label ("Owner:", "Due:"). */
export const actionItemTriggerCharacters = ['@', ':'];

interface FieldSlot {
	readonly kind: 'owner' | 'due';
	/** What the chosen value replaces: the part of the value typed so far. */
	readonly replace: Span;
	/** Put a space before the value (the cursor sits right after the colon). */
	readonly space: boolean;
}

const ownerLabel = /(?:^|[\s(,;|*_])(?:owners?|assignees?|assigned[ \t]to|owned[ \t]by|dri)[*_]{0,2}[ \t]{0,2}[:=][*_]{0,2}([ \t]{0,3})(@?[\w./-]{0,60})$/iu;
const mention = /(?:^|[\s(,;|])(@[\w./-]{0,60})$/u;
const dueLabel = /(?:^|[\s(,;|*_])(?:due(?:[ \t]date)?|deadline|eta|target(?:[ \t]date)?)[*_]{0,2}[ \t]{0,2}[:=][*_]{0,2}([ \t]{0,3})([\w/.,-]{0,20})$/iu;

export const actionItemCompletion: CompletionProvider = (context, offset) => {
	const doc = context.analysis.doc;
	const item = doc.actionItems.find((candidate) => candidate.span.start <= offset && offset <= candidate.span.end);
	const slot = item === undefined ? undefined : fieldSlotAt(doc, item, offset);
	if (slot === undefined) {
		return [];
	}
	return slot.kind === 'owner' ? ownerItems(context, slot, offset) : dueItems(context, slot);
};

function fieldSlotAt(doc: PostmortemDocument, item: ActionItem, offset: number): FieldSlot | undefined {
	const lineStart = doc.lineStarts[lineAt(doc.lineStarts, offset)];
	const before = doc.text.slice(lineStart, offset);
	const cell = item.table === undefined ? undefined : tableSlot(doc, item, offset);
	if (cell !== undefined) {
		return cell;
	}
	for (const [kind, pattern] of [['owner', ownerLabel], ['due', dueLabel]] as const) {
		const match = pattern.exec(before);
		if (match !== null) {
			return { kind, replace: { start: offset - match[2].length, end: offset }, space: match[1] === '' };
		}
	}
	const handle = mention.exec(before);
	return handle === null ? undefined : { kind: 'owner', replace: { start: offset - handle[1].length, end: offset }, space: false };
}

/** The cursor in the owner or due cell of an action-item table row. */
function tableSlot(doc: PostmortemDocument, item: ActionItem, offset: number): FieldSlot | undefined {
	const table = item.table;
	const column = table?.cells.findIndex((_cell, index) => within(offset, cellRegion(doc, item, index)));
	if (table === undefined || column === undefined || column === -1) {
		return undefined;
	}
	const kind = column === table.ownerColumn ? 'owner' : column === table.dueColumn ? 'due' : undefined;
	if (kind === undefined) {
		return undefined;
	}
	const cell = table.cells[column];
	const typed = offset >= cell.start && offset <= cell.end ? { start: cell.start, end: offset } : { start: offset, end: offset };
	return { kind, replace: typed, space: doc.text[offset - 1] === '|' };
}

function within(offset: number, span: Span): boolean {
	return span.start <= offset && offset <= span.end;
}

/** A cell's content plus the blanks around it, up to its pipes. */
function cellRegion(doc: PostmortemDocument, item: ActionItem, index: number): Span {
	const cell = item.table?.cells[index] ?? item.span;
	let start = cell.start;
	let end = cell.end;
	while (start > item.span.start && doc.text[start - 1] !== '|') {
		start--;
	}
	while (end < item.span.end && doc.text[end] !== '|') {
		end++;
	}
	return { start, end };
}

interface OwnerChoice {
	readonly text: string;
	readonly detail: string;
}

/** Owners in the document (but not the one being typed at `offset`), configured teams, CODEOWNERS. */
function ownerChoices(context: FeatureContext, offset: number): OwnerChoice[] {
	const counts = new Map<string, number>();
	for (const item of context.analysis.doc.actionItems) {
		if (item.owner !== undefined && !(item.owner.span.start <= offset && offset <= item.owner.span.end)) {
			counts.set(item.owner.text, (counts.get(item.owner.text) ?? 0) + 1);
		}
	}
	const used = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([text, count]) => ({ text, detail: `owner of ${count} ${count === 1 ? 'item' : 'items'} here` }));
	const teams = context.analysis.settings.config.teams.map((text) => ({ text, detail: 'team from the Postmortem config' }));
	const folder = workspaceFolderOf(context.document.uri, context.analysis.settings.relativePath);
	const owners = codeOwners(folder).map((text) => ({ text, detail: 'from CODEOWNERS' }));
	const seen = new Set<string>();
	return [...used, ...teams, ...owners].filter((choice) => {
		const key = choice.text.toLowerCase();
		return !seen.has(key) && seen.add(key) !== undefined;
	});
}

function ownerItems(context: FeatureContext, slot: FieldSlot, offset: number): CompletionItem[] {
	const range = spanToRange(context.document, slot.replace);
	return ownerChoices(context, offset).map((choice, index) => ({
		label: choice.text,
		kind: CompletionItemKind.Reference,
		detail: choice.detail,
		sortText: String(index).padStart(4, '0'),
		filterText: choice.text,
		textEdit: { range, newText: `${slot.space ? ' ' : ''}${choice.text}` },
	}));
}

function dueItems(context: FeatureContext, slot: FieldSlot): CompletionItem[] {
	const format = documentDateFormat(context.analysis.doc);
	const choices = [
		{ date: addDays(context.now, 7), detail: 'in 1 week' },
		{ date: addDays(context.now, 14), detail: 'in 2 weeks' },
		{ date: endOfMonth(context.now), detail: 'end of this month' },
		{ date: endOfQuarter(context.now), detail: 'end of this quarter' },
	];
	const range = spanToRange(context.document, slot.replace);
	const seen = new Set<string>();
	return choices
		.map((choice) => ({ ...choice, text: formatDueDate(context.analysis.doc, choice.date, format) }))
		.filter((choice) => !seen.has(choice.text) && seen.add(choice.text) !== undefined)
		.map((choice, index) => ({
			label: choice.text,
			kind: CompletionItemKind.Value,
			detail: choice.detail,
			sortText: String(index).padStart(2, '0'),
			filterText: choice.text,
			textEdit: { range, newText: `${slot.space ? ' ' : ''}${choice.text}` },
		}));
}
