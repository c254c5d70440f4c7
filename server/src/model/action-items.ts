/**
 * Action items wherever teams write them: bullets and numbered items in an action-items section, task-list
 * items anywhere outside the timeline, and rows of a table with owner/due/ticket columns. Fields are read
 * from inline text (`Owner: @team`, `due 2026-12-15`, `(owner: x, due: y)`, `ABC-123`, links) and from
 * table columns.
 */
import type { RawBlock, RawListItem, RawTable } from './blocks';
import type { ActionItem, ActionItemField, ActionItemTable, CalendarDate, Section, Span } from './types';

export interface ActionItemInput {
	readonly text: string;
	readonly lineStarts: readonly number[];
	readonly sections: readonly Section[];
	readonly blocks: readonly RawBlock[];
	readonly blockSections: readonly (number | undefined)[];
	readonly listItems: readonly RawListItem[];
	readonly tables: readonly RawTable[];
}

export function readActionItems(input: ActionItemInput): ActionItem[] {
	const items = [...fromListItems(input), ...fromTables(input)];
	return items.sort((a, b) => a.span.start - b.span.start);
}

function sectionOfItem(input: ActionItemInput, item: RawListItem): number | undefined {
	return item.firstBlockIndex === undefined ? undefined : input.blockSections[item.firstBlockIndex];
}

function isActionSection(input: ActionItemInput, sectionIndex: number | undefined): sectionIndex is number {
	return sectionIndex !== undefined && input.sections[sectionIndex].effectiveKind === 'action-items';
}

function fromListItems(input: ActionItemInput): ActionItem[] {
	const items: ActionItem[] = [];
	for (let index = 0; index < input.listItems.length; index++) {
		const item = input.listItems[index];
		const sectionIndex = sectionOfItem(input, item);
		if (item.quoted || item.firstBlockIndex === undefined || sectionIndex === undefined) {
			continue;
		}
		const inActions = isActionSection(input, sectionIndex);
		const isTask = item.task !== undefined && input.sections[sectionIndex].effectiveKind !== 'timeline';
		if (!(inActions || isTask) || isNestedDetail(input, item)) {
			continue;
		}
		items.push(listActionItem(input, item, sectionIndex));
	}
	return items;
}

/** A sub-bullet under an action item adds detail (owner, links, steps) to it rather than being its own item. */
function isNestedDetail(input: ActionItemInput, item: RawListItem): boolean {
	const parent = item.parentIndex === undefined ? undefined : input.listItems[item.parentIndex];
	if (parent === undefined) {
		return false;
	}
	const parentSection = sectionOfItem(input, parent);
	const parentIsItem = isActionSection(input, parentSection) || parent.task !== undefined;
	return parentIsItem && item.task === undefined;
}

function listActionItem(input: ActionItemInput, item: RawListItem, sectionIndex: number): ActionItem {
	const first = input.blocks[item.firstBlockIndex ?? 0];
	const whole = input.text.slice(item.span.start, item.span.end);
	const fields = readInlineFields(whole, item.span.start);
	const done = item.task?.checked === true || fields.done;
	return {
		span: item.span,
		form: item.task !== undefined ? 'task' : 'list',
		line: item.line,
		textSpan: first.span,
		text: input.text.slice(first.span.start, first.span.end),
		owner: fields.owner,
		due: fields.due,
		tracking: fields.tracking,
		status: done ? 'done' : item.task !== undefined || fields.open ? 'open' : undefined,
		table: undefined,
		sectionIndex,
	};
}

const ownerHeader = /owner|assignee|assigned|who|responsible|team/i;
const dueHeader = /due|deadline|eta|target|when|date/i;
const trackingHeader = /ticket|bug|issue|jira|link|tracking|tracker|\bpr\b|reference/i;
const statusHeader = /status|state|done/i;

function fromTables(input: ActionItemInput): ActionItem[] {
	const items: ActionItem[] = [];
	for (const table of input.tables) {
		const sectionIndex = input.blockSections[table.cellBlockIndexes[0]?.[0] ?? -1];
		if (table.quoted || !isActionSection(input, sectionIndex) || table.columns.length < 2) {
			continue;
		}
		const columns = describeColumns(table);
		for (const row of table.rows) {
			if (!row.header && row.cells.length > 0) {
				items.push(tableActionItem(input, row.cells, row.span, row.line, columns, sectionIndex));
			}
		}
	}
	return items;
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
	const names = table.columns.map((column) => column.replace(/[*_`]/g, '').trim());
	const find = (pattern: RegExp, taken: readonly (number | undefined)[]): number | undefined => {
		const index = names.findIndex((name, column) => pattern.test(name) && !taken.includes(column));
		return index === -1 ? undefined : index;
	};
	const tracking = find(trackingHeader, []);
	const status = find(statusHeader, [tracking]);
	const owner = find(ownerHeader, [tracking, status]);
	const due = find(dueHeader, [tracking, status, owner]);
	const roles = [tracking, status, owner, due];
	const description = names.findIndex((_name, column) => !roles.includes(column));
	return { names, description: Math.max(description, 0), owner, due, tracking, status };
}

function tableActionItem(
	input: ActionItemInput,
	cells: readonly Span[],
	rowSpan: Span,
	line: number,
	columns: ColumnRoles,
	sectionIndex: number,
): ActionItem {
	const cellText = (column: number | undefined): ActionItemField | undefined => {
		const span = column === undefined ? undefined : cells[column];
		const text = span === undefined ? '' : input.text.slice(span.start, span.end).trim();
		return span === undefined || text === '' || /^[-–—]$|^n\/?a$|^tbd$/i.test(text) ? undefined : { text, span };
	};
	const description = cells[columns.description] ?? rowSpan;
	const inline = readInlineFields(input.text.slice(rowSpan.start, rowSpan.end), rowSpan.start);
	const owner = cellText(columns.owner) ?? inline.owner;
	const dueCell = cellText(columns.due);
	const trackingCell = cellText(columns.tracking);
	const status = cellText(columns.status)?.text ?? '';
	const table: ActionItemTable = {
		columns: columns.names,
		cells,
		ownerColumn: columns.owner,
		dueColumn: columns.due,
		trackingColumn: columns.tracking,
	};
	return {
		span: rowSpan,
		form: 'table',
		line,
		textSpan: description,
		text: input.text.slice(description.start, description.end),
		owner,
		due: dueCell === undefined ? inline.due : { ...dueCell, date: parseDueDate(dueCell.text) },
		tracking: trackingCell !== undefined ? [trackingCell, ...inline.tracking.filter((t) => t.span.start >= trackingCell.span.end || t.span.end <= trackingCell.span.start)] : inline.tracking,
		status: doneWords.test(status) || inline.done ? 'done' : status !== '' || inline.open ? 'open' : undefined,
		table,
		sectionIndex,
	};
}

interface InlineFields {
	readonly owner: ActionItemField | undefined;
	readonly due: (ActionItemField & { readonly date: CalendarDate | undefined }) | undefined;
	readonly tracking: ActionItemField[];
	readonly done: boolean;
	readonly open: boolean;
}

const ownerPattern = /\b(?:owners?|assignee|assigned to|responsible)\b\**(?:[ \t]*[:=])?\**[ \t]*([^\s,;()[\]|][^,;()[\]|\r\n]{0,59})/iu;
const mentionPattern = /(?<![\w@])@\w[\w./-]{0,60}/u;
const duePattern = /\b(?:due(?: date)?|deadline|eta|target date)\b\**(?:[ \t]*[:=])?\**[ \t]*([^\s,;()[\]|][^,;()[\]|\r\n]{0,39})/iu;
const byDatePattern = /\bby\s+(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|end of (?:week|month|quarter|year)|eo[wmqy]|asap|q[1-4](?: \d{4})?)/iu;
const issueKeyPattern = /\b[A-Z][A-Z0-9]{1,9}-\d{1,7}\b|(?<![\w&])#\d{1,7}\b|\b[\w.-]{1,40}\/[\w.-]{1,60}#\d{1,7}\b/gu;
const linkPattern = /\bhttps?:\/\/[^\s<>()[\]]{1,500}|\]\(([^)\s]{1,500})\)/gu;
const doneWords = /\b(?:done|completed?|fixed|closed|resolved|shipped|merged)\b|[✅✔☑]/iu;
const openWords = /\b(?:todo|to do|open|in progress|not started|pending|planned)\b/iu;

/** Owner, due date, tracking references and status written inline in an item's text. */
export function readInlineFields(source: string, offset: number): InlineFields {
	const owner = fieldAt(ownerPattern.exec(source), offset) ?? fieldAt(mentionPattern.exec(source), offset, 0);
	const dueMatch = duePattern.exec(source) ?? byDatePattern.exec(source);
	const due = fieldAt(dueMatch, offset);
	const tracking: ActionItemField[] = [];
	for (const pattern of [issueKeyPattern, linkPattern]) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
			tracking.push({ text: match[1] ?? match[0], span: { start: offset + match.index, end: offset + match.index + match[0].length } });
		}
	}
	const statusField = /\bstatus\**[ \t]*[:=]\**[ \t]*([^\s,;.][^,;.\r\n]{0,29})/iu.exec(source)?.[1] ?? '';
	const done = doneWords.test(statusField) || /\((?:done|completed?|fixed)\)|\bDONE\b|^\s*[✅✔☑]|~~[^~]{1,500}~~\s*$/u.test(source);
	return {
		owner,
		due: due === undefined ? undefined : { ...due, date: parseDueDate(due.text) },
		tracking: tracking.sort((a, b) => a.span.start - b.span.start),
		done,
		open: openWords.test(statusField) || /\bTODO\b/.test(source),
	};
}

/** The captured value (group 1, or the whole match), trimmed, with its span in the document. */
function fieldAt(match: RegExpExecArray | null, offset: number, group = 1): ActionItemField | undefined {
	if (match === null) {
		return undefined;
	}
	const raw = match[group] ?? match[0];
	const value = trimTrailingMarkup(cutAtNextField(raw));
	const lead = raw.length - raw.trimStart().length;
	const start = offset + match.index + match[0].length - raw.length + lead;
	const text = value.trim();
	return text === '' ? undefined : { text, span: { start, end: start + text.length } };
}

/** "@team due 2026-01-02" → "@team": an owner value ends where the next field starts. */
function cutAtNextField(value: string): string {
	const next = /\s(?:due|deadline|by)\b|\.\s(?=[\p{Lu}#@[(])/u.exec(value);
	return next === null ? value : value.slice(0, next.index);
}

function trimTrailingMarkup(value: string): string {
	let end = value.length;
	while (end > 0 && /[\s.*_]/u.test(value[end - 1])) {
		end--;
	}
	return value.slice(0, end);
}

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A due date's calendar date when it is written as one (ISO, D/M/Y, or month name); else undefined. */
export function parseDueDate(text: string): CalendarDate | undefined {
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text.trim());
	if (iso !== null) {
		return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	}
	const numeric = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b/.exec(text.trim());
	if (numeric !== null) {
		const year = Number(numeric[3]) < 100 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
		const first = Number(numeric[1]);
		const second = Number(numeric[2]);
		return first > 12 ? validDate(year, second, first) : validDate(year, first, second);
	}
	const named = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b|^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/iu.exec(text.trim());
	if (named !== null) {
		const month = monthNames.indexOf((named[1] ?? named[5]).toLowerCase()) + 1;
		const day = Number(named[2] ?? named[4]);
		const year = Number(named[3] ?? named[6]);
		return month > 0 ? validDate(year, month, day) : undefined;
	}
	return undefined;
}

function validDate(year: number, month: number, day: number): CalendarDate | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return valid ? { year, month, day } : undefined;
}
