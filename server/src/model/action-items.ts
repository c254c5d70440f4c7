/**
 * Action items wherever teams write them: bullets and numbered items in an action-items section (or under
 * a "**Review actions**:" bullet), task-list items anywhere outside the timeline, and rows of a table with
 * owner/due/ticket columns (in an action-items section, or anywhere when a column is named like "Action
 * item"). Fields come from inline text (see `action-item-fields.ts`), from sub-bullets, and from columns.
 *
 * Not items: sub-bullets that add detail to an item, group labels whose sub-bullets are the items
 * ("- Lighthouse" over its fixes), empty template rows and `{{ placeholder }}` lines.
 */
import { memoByObject } from '../memo';
import { readInlineFields, parseDueDate, type DueDateOrder } from './action-item-fields';
import { groupFieldsReader, type GroupFieldsOf } from './action-item-groups';
import { reportsFinishedWork } from './finished-work';
import type { RawListItem, RawTable, StructureInput } from './blocks';
import { classifyHeading } from './section-kinds';
import { plainTitle } from './sections';
import { readLeadingTimestamp } from './timestamps';
import type { ActionItem, ActionItemField, ActionItemGroupFields, ActionItemTable, Span } from './types';

export { parseDueDate, readInlineFields } from './action-item-fields';
export { reportsFinishedWork } from './finished-work';

export interface ActionItemInput extends StructureInput {
	/** How the document orders numeric dates (from its timeline), for due dates like 07-12-2026. */
	readonly dateOrder?: DueDateOrder;
}

export function readActionItems(input: ActionItemInput): ActionItem[] {
	const groupOf = groupFieldsReader(input);
	const items = [...fromListItems(input, groupOf), ...fromTables(input, groupOf)].sort((a, b) => a.span.start - b.span.start);
	const order = dueDateOrder(items, input.dateOrder);
	if (order === input.dateOrder) {
		return items;
	}
	return items.map((item) => (item.due === undefined ? item : { ...item, due: { ...item.due, date: parseDueDate(item.due.text, order) } }));
}

/**
 * The order in which numeric due dates are read: what the due dates themselves show (15/12/2026 is day
 * first), else the timeline's order.
 */
export function dueDateOrder(items: readonly ActionItem[], timelineOrder: DueDateOrder): DueDateOrder {
	for (const item of items) {
		const numeric = item.due === undefined ? null : /^(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}$/u.exec(item.due.text.trim());
		if (numeric !== null && Number(numeric[1]) > 12) {
			return 'dmy';
		}
		if (numeric !== null && Number(numeric[2]) > 12) {
			return 'mdy';
		}
	}
	return timelineOrder;
}

/**
 * An action-items section, except a timeline sub-heading that merely contains the words
 * ("### 4:09 PM: Post-incident follow-up" under "## Timeline").
 */
function isActionSection(input: ActionItemInput, sectionIndex: number | undefined): sectionIndex is number {
	return sectionIndex !== undefined && actionSectionFlags(input.sections)[sectionIndex];
}

/**
 * Per section, whether its items are action items: read once per document, as every list item asks about
 * its section and the answer reads the titles of the section and its parents for a timestamp.
 */
const actionSectionFlags = memoByObject((sections: ActionItemInput['sections']): boolean[] =>
	sections.map((section, sectionIndex) => section.effectiveKind === 'action-items' && !hasTimedActionHeading(sections, sectionIndex)),
);

/** "### 14:05 Action items" under a timeline is an entry, not a list of follow-ups. */
function hasTimedActionHeading(sections: ActionItemInput['sections'], sectionIndex: number): boolean {
	for (let index: number | undefined = sectionIndex; index !== undefined; index = sections[index].parentIndex) {
		if (sections[index].kind === 'action-items' && readLeadingTimestamp(sections[index].title, 0) !== undefined) {
			return true;
		}
	}
	return false;
}

function isTimelineSection(input: ActionItemInput, sectionIndex: number | undefined): boolean {
	return sectionIndex !== undefined && input.sections[sectionIndex].effectiveKind === 'timeline';
}

/** "Immediate actions (completed)" marks its items done; "Planned actions" marks them open. */
function sectionStatus(input: ActionItemInput, sectionIndex: number): 'open' | 'done' | undefined {
	for (let index: number | undefined = sectionIndex; index !== undefined; index = input.sections[index].parentIndex) {
		const title = input.sections[index].title;
		if (/\b(?:completed?|done|finished|already (?:taken|done))\b/iu.test(title)) {
			return 'done';
		}
		if (/\b(?:planned|in[ -]progress|open|todo|pending|upcoming|outstanding)\b/iu.test(title)) {
			return 'open';
		}
		if (input.sections[index].kind === 'action-items') {
			return undefined;
		}
	}
	return undefined;
}

type Role = 'item' | 'group' | 'detail' | 'none';

function fromListItems(input: ActionItemInput, groupOf: GroupFieldsOf): ActionItem[] {
	const roles: Role[] = [];
	const inContext: boolean[] = [];
	for (let index = 0; index < input.listItems.length; index++) {
		const [role, context] = listItemRole(input, index, roles, inContext);
		roles.push(role);
		inContext.push(context);
	}
	const items: ActionItem[] = [];
	for (let index = 0; index < input.listItems.length; index++) {
		if (roles[index] === 'item') {
			items.push(listActionItem(input, index, ownEnd(input, index, roles), groupOf));
		}
	}
	return items;
}

function sectionOfItem(input: ActionItemInput, item: RawListItem): number | undefined {
	return item.firstBlockIndex === undefined ? undefined : input.blockSections[item.firstBlockIndex];
}

/** The role of list item `index`, and whether its sub-bullets are in an action-items context. */
function listItemRole(input: ActionItemInput, index: number, roles: readonly Role[], inContext: readonly boolean[]): [Role, boolean] {
	const item = input.listItems[index];
	const sectionIndex = sectionOfItem(input, item);
	if (item.quoted || item.firstBlockIndex === undefined || isTimelineSection(input, sectionIndex)) {
		return ['none', false];
	}
	const parentRole = item.parentIndex === undefined ? undefined : roles[item.parentIndex];
	const context = (item.parentIndex === undefined ? isActionSection(input, sectionIndex) : inContext[item.parentIndex]) || parentRole === 'group';
	if (!context && !mayBeItemOutsideContext(input, index, roles, parentRole)) {
		return ['none', false];
	}
	const raw = firstParagraph(input, item).replace(/^\[\][ \t]*/u, '');
	const label = plainTitle(raw);
	if (label === '' || isPlaceholder(raw)) {
		return ['none', context];
	}
	if ((parentRole === 'item' && !isTask(input, item)) || continuesItemAbove(input, item, roles)) {
		return ['detail', false];
	}
	const hasChildren = input.listItems[index + 1]?.parentIndex === index && !onlyFieldChildren(input, index);
	if (hasChildren && !context && classifyHeading(label) === 'action-items' && label.split(/\s+/u).length <= 4) {
		return ['group', true];
	}
	if (context && hasChildren && isGroupLabel(input, item, label)) {
		return ['group', true];
	}
	return context || isTask(input, item) ? ['item', context] : ['none', false];
}

/**
 * Outside an action-items context only a task, a detail of an item or a group label with sub-bullets can
 * be anything but 'none'; answering that from the item's shape first spares the bullets of every other
 * section the text work below, which was a third of reading action items.
 */
function mayBeItemOutsideContext(input: ActionItemInput, index: number, roles: readonly Role[], parentRole: Role | undefined): boolean {
	const item = input.listItems[index];
	return parentRole === 'item' || isTask(input, item) || input.listItems[index + 1]?.parentIndex === index || continuesItemAbove(input, item, roles);
}

/**
 * A list right after an item that ends in a colon ("We plan to add alerts around:") lists that item's
 * details even when it is not indented under it.
 */
function continuesItemAbove(input: ActionItemInput, item: RawListItem, roles: readonly Role[]): boolean {
	const previous = item.firstBlockIndex === undefined ? undefined : input.blocks[item.firstBlockIndex - 1];
	const owner = previous?.listItemIndex;
	if (item.parentIndex !== undefined || previous === undefined || owner === undefined || input.listItems[owner] === item) {
		return false;
	}
	const ownerItem = input.listItems[owner];
	if (roles[owner] === 'detail' && ownerItem.parentIndex === undefined) {
		return markerKind(input, ownerItem) === markerKind(input, item);
	}
	return roles[owner] === 'item' && /:[*_]{0,3}$/u.test(input.text.slice(previous.span.start, previous.span.end).trim());
}

/** `-`, `*`, `+`, or `1.` for any ordered marker: a change of kind starts a new list. */
function markerKind(input: ActionItemInput, item: RawListItem): string {
	return item.ordered ? '1.' : input.text.charAt(item.markerSpan.start);
}

/** "Lighthouse", "**Process**:", "Modified the ingestion logic so that:": its sub-bullets are the items. */
function isGroupLabel(input: ActionItemInput, item: RawListItem, label: string): boolean {
	const raw = firstParagraph(input, item).trim();
	return /:[*_]{0,3}$/u.test(raw) || label.split(/\s+/u).length <= 2;
}

/** Sub-bullets that only carry fields ("- Owner: @team", "- Due: …", "- Ticket: PAY-1") make a detailed item. */
function onlyFieldChildren(input: ActionItemInput, index: number): boolean {
	const end = input.listItems[index].span.end;
	for (let child = index + 1; child < input.listItems.length && input.listItems[child].span.start < end; child++) {
		const item = input.listItems[child];
		if (item.parentIndex === index && !fieldLine.test(firstParagraph(input, item))) {
			return false;
		}
	}
	return true;
}

const fieldLine = /^[*_]{0,3}(?:owners?|assignees?|assigned to|dri|due(?: date)?|deadline|eta|target(?: date)?|tickets?|issues?|jira|tracking|links?|prs?|status|priority|type)[*_]{0,3}[ \t]*[:=]/iu;

function isTask(input: ActionItemInput, item: RawListItem): boolean {
	return item.task !== undefined || /^\[\](?:[ \t]|$)/u.test(input.text.slice(item.contentSpan.start, item.contentSpan.start + 3));
}

/** `{{ summary }} [link to github issue]`, `<describe the fix>`, `...`: lines left from a template. */
function isPlaceholder(text: string): boolean {
	const rest = text.replace(/\{\{[^}]{0,200}\}\}|<[^>\r\n]{1,200}>|\[[^\]\r\n]{0,200}\](?!\()/gu, '').replace(/[*_`]/gu, '').trim();
	return rest === '' || /^(?:\.{3}|…|[-–—?]+|x+|tbd|tba)$/iu.test(rest);
}

function firstParagraph(input: ActionItemInput, item: RawListItem): string {
	const block = input.blocks[item.firstBlockIndex ?? -1];
	return block === undefined ? '' : input.text.slice(block.span.start, block.span.end);
}

/** Where an item's own text ends: before its first sub-bullet that is an item or group of its own. */
function ownEnd(input: ActionItemInput, index: number, roles: readonly Role[]): number {
	const item = input.listItems[index];
	for (let child = index + 1; child < input.listItems.length && input.listItems[child].span.start < item.span.end; child++) {
		if (input.listItems[child].parentIndex === index && (roles[child] === 'item' || roles[child] === 'group')) {
			return input.listItems[child].span.start;
		}
	}
	return item.span.end;
}

function listActionItem(input: ActionItemInput, index: number, end: number, groupOf: GroupFieldsOf): ActionItem {
	const item = input.listItems[index];
	const first = input.blocks[item.firstBlockIndex ?? 0];
	const sectionIndex = sectionOfItem(input, item) ?? 0;
	const malformedBox = item.task === undefined && isTask(input, item);
	const textSpan = malformedBox ? { start: skipBox(input.text, first.span.start), end: first.span.end } : first.span;
	const fields = readInlineFields(input.text.slice(item.span.start, end), item.span.start, input.dateOrder);
	const task = item.task !== undefined || malformedBox;
	const implicit = task || fields.open ? undefined : (sectionStatus(input, sectionIndex) ?? (reportsFinishedWork(input.text.slice(textSpan.start, textSpan.end)) ? 'done' : undefined));
	const done = item.task?.checked === true || fields.done || implicit === 'done';
	const open = task || fields.open || implicit === 'open';
	return {
		span: item.span,
		form: task ? 'task' : 'list',
		line: item.line,
		textSpan,
		text: input.text.slice(textSpan.start, textSpan.end),
		owner: fields.owner,
		due: fields.due,
		tracking: fields.tracking,
		status: done ? 'done' : open ? 'open' : undefined,
		table: undefined,
		sectionIndex,
		group: groupOf(sectionIndex, item.firstBlockIndex),
	};
}

function skipBox(text: string, start: number): number {
	const match = /^\[\][ \t]*/u.exec(text.slice(start, start + 8));
	return start + (match?.[0].length ?? 0);
}

const descriptionHeader = /action|item|task|follow|remediation|description|what|title|summary|todo|measure|step|fix|change/iu;
const ownerHeader = /owner|assignee|assigned|who|responsible|\bdri\b|team/iu;
const dueHeader = /due|deadline|eta|target|when|date/iu;
const trackingHeader = /ticket|bug|issue|jira|link|tracking|tracker|\bpr\b|reference|\bref\b/iu;
const statusHeader = /status|state|done|progress/iu;
const statusOnly = /^(?:done|completed?|fixed|closed|resolved|shipped|merged|todo|to do|open|in[ -]progress|not started|pending|planned|wip|[✅✔☑✓])\.?$/iu;
const emptyCell = /^(?:[-–—?]|n\/?a|tbd|tba|none)?$/iu;

function fromTables(input: ActionItemInput, groupOf: GroupFieldsOf): ActionItem[] {
	const items: ActionItem[] = [];
	for (const table of input.tables) {
		const sectionIndex = input.blockSections[table.cellBlockIndexes[0]?.[0] ?? -1];
		if (table.quoted || table.columns.length < 2 || sectionIndex === undefined || isTimelineSection(input, sectionIndex)) {
			continue;
		}
		const columns = describeColumns(table);
		if (!isActionSection(input, sectionIndex) && !isActionTable(columns)) {
			continue;
		}
		const group = groupOf(sectionIndex, table.cellBlockIndexes[0]?.[0]);
		for (const row of table.rows) {
			const description = row.cells[columns.description];
			const text = description === undefined ? '' : input.text.slice(description.start, description.end);
			if (!row.header && !isPlaceholder(text)) {
				items.push(tableActionItem(input, row.cells, row.span, row.line, columns, sectionIndex, group));
			}
		}
	}
	return items;
}

/** Outside an action-items section a table counts when it has an action column and an owner/due/ticket column. */
function isActionTable(columns: ColumnRoles): boolean {
	const name = columns.names[columns.description] ?? '';
	const actionColumn = classifyHeading(name) === 'action-items' || /\b(?:action|task|follow[ -]?up|remediation)s?\b/iu.test(name);
	return actionColumn && (columns.owner !== undefined || columns.due !== undefined || columns.tracking !== undefined);
}

interface ColumnRoles {
	readonly names: readonly string[];
	readonly description: number;
	readonly owner: number | undefined;
	readonly due: number | undefined;
	readonly tracking: number | undefined;
	readonly status: number | undefined;
}

function describeColumns(table: RawTable): ColumnRoles {
	const names = table.columns.map((column) => column.replace(/[*_`]/gu, '').trim());
	const described = names.findIndex((name) => descriptionHeader.test(name));
	const description = described === -1 ? 0 : described;
	const taken: (number | undefined)[] = [description];
	const find = (pattern: RegExp): number | undefined => {
		const index = names.findIndex((name, column) => pattern.test(name) && !taken.includes(column));
		taken.push(index === -1 ? undefined : index);
		return index === -1 ? undefined : index;
	};
	const tracking = find(trackingHeader);
	const status = find(statusHeader);
	const owner = find(ownerHeader);
	const due = find(dueHeader);
	return { names, description, owner, due, tracking, status };
}

function tableActionItem(input: ActionItemInput, cells: readonly Span[], rowSpan: Span, line: number, columns: ColumnRoles, sectionIndex: number, group: ActionItemGroupFields): ActionItem {
	const cellText = (column: number | undefined): ActionItemField | undefined => {
		const span = column === undefined ? undefined : cells[column];
		const text = span === undefined ? '' : input.text.slice(span.start, span.end).trim();
		return span === undefined || emptyCell.test(text) ? undefined : { text, span };
	};
	const description = cells[columns.description] ?? rowSpan;
	const inline = readInlineFields(input.text.slice(rowSpan.start, rowSpan.end), rowSpan.start, input.dateOrder);
	const dueCell = cellText(columns.due);
	let trackingCell = cellText(columns.tracking);
	let status = cellText(columns.status)?.text ?? '';
	// Some teams write DONE/TODO in the ticket column ("| Bug |" → "DONE").
	if (trackingCell !== undefined && statusOnly.test(trackingCell.text)) {
		status ||= trackingCell.text;
		trackingCell = undefined;
	}
	const inlineTracking = inline.tracking.filter((ref) => trackingCell === undefined || ref.span.end <= trackingCell.span.start || ref.span.start >= trackingCell.span.end);
	const table: ActionItemTable = { columns: columns.names, cells, ownerColumn: columns.owner, dueColumn: columns.due, trackingColumn: columns.tracking };
	const done = /\b(?:done|completed?|fixed|closed|resolved|shipped|merged)\b|[✅✔☑✓]/iu.test(status) || inline.done;
	return {
		span: rowSpan,
		form: 'table',
		line,
		textSpan: description,
		text: input.text.slice(description.start, description.end),
		owner: cellText(columns.owner) ?? inline.owner,
		due: dueCell === undefined ? inline.due : { ...dueCell, date: parseDueDate(dueCell.text, input.dateOrder) },
		tracking: trackingCell !== undefined ? [trackingCell, ...inlineTracking] : inlineTracking,
		status: done ? 'done' : status !== '' || inline.open ? 'open' : sectionStatus(input, sectionIndex),
		table,
		sectionIndex,
		group,
	};
}
