/**
 * Timeline entries from the sections that hold the timeline, in every form teams write them: list items,
 * table rows, one heading per entry, or paragraph lines. Date labels ("## May 12", "**7th Sept:**") set the
 * date for the bare times after them.
 */
import type { RawBlock, RawListItem, RawTable, StructureInput } from './blocks';
import { sectionIndexAt } from './sections';
import { memoByObject } from '../memo';
import { lineAt, lineContentEnd } from './text';
import {
	decideDateOrder,
	findZoneDeclaration,
	readDateLabel,
	readLeadingTimestamp,
	resolveEntryTimes,
	zoneOffsetMinutes,
} from './timestamps';
import type {
	CalendarDate,
	LifecycleMarker,
	ParsedTimestamp,
	Span,
	TimeZoneRef,
	TimelineEntry,
} from './types';

export interface TimelineInput extends StructureInput {
	readonly documentDate: CalendarDate | undefined;
	readonly frontMatterZone: { readonly name: string; readonly span: Span } | undefined;
}

export interface TimelineResult {
	readonly entries: TimelineEntry[];
	readonly declaredZone: TimeZoneRef | undefined;
	readonly dateOrder: 'dmy' | 'mdy' | 'ambiguous' | undefined;
}

interface RawEntry {
	readonly form: TimelineEntry['form'];
	readonly span: Span;
	readonly timestamp: ParsedTimestamp;
	readonly textSpan: Span;
	readonly dateLabel: CalendarDate | undefined;
	readonly sectionIndex: number;
}

export function readTimeline(input: TimelineInput): TimelineResult {
	const shaped = timelineShapedItems(input);
	const raw = collectEntries({ ...input, timelineShapedItems: shaped });
	const declaredZone = findDeclaredZone(input);
	const dateOrder = decideDateOrder(raw.map((entry) => entry.timestamp));
	const times = resolveEntryTimes(raw, { declaredZone, documentDate: input.documentDate, dateOrder });
	const entries = raw.map((entry, index): TimelineEntry => ({
		span: entry.span,
		form: entry.form,
		line: lineAt(input.lineStarts, entry.span.start),
		timestamp: entry.timestamp,
		textSpan: entry.textSpan,
		effectiveDate: times[index].effectiveDate,
		effectiveZone: times[index].effectiveZone,
		minutes: times[index].minutes,
		marker: readMarker(input.text, entry.textSpan),
		sectionIndex: entry.sectionIndex,
	}));
	return { entries, declaredZone, dateOrder };
}

function isTimelineBlock(input: TimelineInput & { timelineShapedItems?: ReadonlySet<number> }, blockIndex: number): boolean {
	const block = input.blocks[blockIndex];
	if (block.quoted) {
		return false;
	}
	const section = input.blockSections[blockIndex];
	if (section !== undefined && input.sections[section].effectiveKind === 'timeline') {
		return true;
	}
	return block.listItemIndex !== undefined && (input.timelineShapedItems?.has(block.listItemIndex) ?? false);
}

const minimumShapedItems = 3;
/** Sections whose lists are already read as something else (or are the timeline itself). */
const knownNonNarrative: ReadonlySet<string> = new Set(['timeline', 'action-items', 'contributing-factors', 'what-went-wrong']);
const minimumTimedShare = 0.6;

/**
 * List items of lists that are timelines wherever they stand (under "Context" or "Key events"): at least
 * three items, most of them opening with a time of day.
 */
function timelineShapedItems(input: TimelineInput): Set<number> {
	const runs = new Map<string, number[]>();
	input.listItems.forEach((item, index) => {
		const section = item.firstBlockIndex === undefined ? -1 : input.blockSections[item.firstBlockIndex] ?? -1;
		if (section !== -1 && knownNonNarrative.has(input.sections[section].effectiveKind)) {
			return;
		}
		const key = `${item.parentIndex ?? -1}:${item.depth}:${section}`;
		const run = runs.get(key);
		if (run === undefined) {
			runs.set(key, [index]);
		} else {
			run.push(index);
		}
	});
	const shaped = new Set<number>();
	for (const items of runs.values()) {
		const timed = items.filter((index) => startsWithTime(input, input.listItems[index]));
		if (items.length >= minimumShapedItems && timed.length / items.length >= minimumTimedShare) {
			items.forEach((index) => shaped.add(index));
		}
	}
	return shaped;
}

function startsWithTime(input: TimelineInput, item: RawListItem): boolean {
	const source = input.text.slice(item.contentSpan.start, Math.min(item.contentSpan.end, item.contentSpan.start + 80));
	return readLeadingTimestamp(source, item.contentSpan.start)?.time !== undefined;
}

function collectEntries(input: TimelineInput & { timelineShapedItems: ReadonlySet<number> }): RawEntry[] {
	const entries: RawEntry[] = [];
	let pendingLabel: CalendarDate | undefined;
	const takeLabel = (): CalendarDate | undefined => {
		const label = pendingLabel;
		pendingLabel = undefined;
		return label;
	};
	const seenRows = new Set<string>();
	for (let index = 0; index < input.blocks.length; index++) {
		if (!isTimelineBlock(input, index)) {
			continue;
		}
		const block = input.blocks[index];
		const found = entriesFromBlock(input, index, block, seenRows);
		for (const item of found) {
			if ('label' in item) {
				pendingLabel = item.label;
			} else {
				// Field by field: a spread made an object of another shape per entry.
				entries.push({ form: item.form, span: item.span, timestamp: item.timestamp, textSpan: item.textSpan, dateLabel: takeLabel(), sectionIndex: item.sectionIndex });
			}
		}
	}
	return entries;
}

type Found = Omit<RawEntry, 'dateLabel'> | { readonly label: CalendarDate };

function entriesFromBlock(input: TimelineInput, blockIndex: number, block: RawBlock, seenRows: Set<string>): Found[] {
	const sectionIndex = input.blockSections[blockIndex] ?? 0;
	const source = input.text.slice(block.span.start, block.span.end);
	if (block.kind === 'heading') {
		return fromHeading(input, block, source, sectionIndex);
	}
	if (block.kind === 'table-cell') {
		return fromTableRow(input, block, seenRows, sectionIndex);
	}
	const item = block.listItemIndex === undefined ? undefined : input.listItems[block.listItemIndex];
	if (item !== undefined && item.firstBlockIndex === blockIndex) {
		return fromLine(input, source, block.span.start, 'list', item.span, sectionIndex);
	}
	return fromParagraph(input, block, sectionIndex);
}

function fromHeading(input: TimelineInput, block: RawBlock, source: string, sectionIndex: number): Found[] {
	const label = readDateLabel(source, block.span.start);
	if (label !== undefined) {
		return [{ label: label.date }];
	}
	const timestamp = readLeadingTimestamp(source, block.span.start);
	if (timestamp === undefined) {
		return [];
	}
	const own = sectionIndexAt(input.sections, block.span.start);
	const span = own === undefined ? block.span : { start: input.sections[own].headingSpan.start, end: trimEndOffset(input.text, input.sections[own].span.end) };
	return [{ form: 'heading', span, timestamp, textSpan: afterTimestamp(input.text, timestamp, span.end), sectionIndex }];
}

function fromTableRow(input: TimelineInput, cell: RawBlock, seenRows: Set<string>, sectionIndex: number): Found[] {
	const table = cell.tableIndex === undefined ? undefined : input.tables[cell.tableIndex];
	const row = table === undefined ? undefined : rowsByLine(table).get(cell.line);
	const key = `${cell.tableIndex}:${cell.line}`;
	if (table === undefined || row === undefined || row.header || seenRows.has(key) || row.cells.length === 0) {
		return [];
	}
	seenRows.add(key);
	const first = readCellTimestamp(input, row.cells[0]);
	if (first === undefined) {
		return [];
	}
	// Separate Date and Time columns: the date cell labels the time cell.
	if (first.time === undefined && first.date !== undefined && row.cells.length > 2) {
		const second = readCellTimestamp(input, row.cells[1]);
		if (second?.time !== undefined && second.date === undefined) {
			return [{ label: first.date }, tableEntry(row.cells, 1, row.span, second, sectionIndex)];
		}
	}
	return [tableEntry(row.cells, 0, row.span, first, sectionIndex)];
}

function readCellTimestamp(input: TimelineInput, cell: Span): ParsedTimestamp | undefined {
	return readLeadingTimestamp(input.text.slice(cell.start, cell.end), cell.start);
}

function tableEntry(cells: readonly Span[], column: number, rowSpan: Span, timestamp: ParsedTimestamp, sectionIndex: number): Found {
	const next = cells[column + 1];
	const textSpan = next === undefined ? { start: cells[column].end, end: cells[column].end } : { start: next.start, end: cells[cells.length - 1].end };
	return { form: 'table', span: rowSpan, timestamp, textSpan, sectionIndex };
}

/** A list item or a paragraph line that starts with a timestamp or a date label. */
function fromLine(
	input: TimelineInput,
	source: string,
	offset: number,
	form: RawEntry['form'],
	span: Span,
	sectionIndex: number,
): Found[] {
	const timestamp = readLeadingTimestamp(source, offset);
	if (timestamp?.time !== undefined) {
		return [{ form, span, timestamp, textSpan: afterTimestamp(input.text, timestamp, span.end), sectionIndex }];
	}
	// Only a line that is nothing but a date is a label for the lines after it.
	const firstLineEnd = source.search(/[\r\n]/);
	const label = readDateLabel(firstLineEnd === -1 ? source : source.slice(0, firstLineEnd), offset);
	if (label !== undefined) {
		return [{ label: label.date }];
	}
	if (timestamp === undefined) {
		return [];
	}
	return [{ form, span, timestamp, textSpan: afterTimestamp(input.text, timestamp, span.end), sectionIndex }];
}

/** Paragraph lines: each line that starts with a timestamp opens an entry; other lines continue it. */
function fromParagraph(input: TimelineInput, block: RawBlock, sectionIndex: number): Found[] {
	const found: Found[] = [];
	const firstLine = lineAt(input.lineStarts, block.span.start);
	const lastLine = lineAt(input.lineStarts, block.span.end);
	for (let line = firstLine; line <= lastLine; line++) {
		const start = Math.max(input.lineStarts[line], block.span.start);
		const end = Math.min(lineContentEnd(input.text, input.lineStarts, line), block.span.end);
		const lineSource = input.text.slice(start, end);
		const lead = lineSource.length - lineSource.trimStart().length;
		const items = fromLine(input, lineSource.slice(lead), start + lead, 'paragraph', { start: start + lead, end }, sectionIndex);
		if (items.length > 0) {
			found.push(...items);
		} else {
			extendLast(found, end, input.text);
		}
	}
	return found;
}

function extendLast(found: Found[], end: number, text: string): void {
	const last = found.at(-1);
	if (last === undefined || 'label' in last) {
		return;
	}
	found[found.length - 1] = { ...last, span: { start: last.span.start, end }, textSpan: { start: last.textSpan.start, end: trimEndOffset(text, end) } };
}

/**
 * The event text after a timestamp: closing emphasis right after it (`**14:09**`), then separators such as
 * `:`, `-`, `–`, `|`. An opening `**` is kept: it starts a lifecycle label (`**Detected**`).
 */
function afterTimestamp(text: string, timestamp: ParsedTimestamp, end: number): Span {
	let start = timestamp.span.end;
	while (start < end && (text[start] === '*' || text[start] === '_')) {
		start++;
	}
	while (start < end && /[\s:\-–—|)\]]/.test(text[start])) {
		start++;
	}
	// `**June 14th, 2022, 10:00 AM:** As part…`: emphasis closing after the separator (followed by a space),
	// unlike a label that opens (`**Detected**`).
	const closing = text.slice(start, start + 2);
	if ((closing === '**' || closing === '__') && /\s/.test(text[start + 2] ?? '')) {
		start += 2;
		while (start < end && /\s/.test(text[start])) {
			start++;
		}
	}
	return { start, end: Math.max(start, trimEndOffset(text, end)) };
}

function trimEndOffset(text: string, end: number): number {
	while (end > 0 && /\s/.test(text[end - 1])) {
		end--;
	}
	return end;
}

const markerWords: readonly (readonly [LifecycleMarker, RegExp])[] = [
	['impact-start', /^(impact (started|starts|begins|began|start)|start of impact|outage (begins|began|starts|started)|incident (began|starts|started))$/],
	['detected', /^(detected|detection|alert(ed)?|alert fired)$/],
	['acknowledged', /^(acknowledged|ack(ed)?|acknowledgement|acknowledgment|responded)$/],
	['mitigated', /^(mitigated|mitigation|mitigation applied)$/],
	['resolved', /^(resolved|resolution|outage ends|outage ended|recovered|impact ended|impact ends|all clear)$/],
];

/** `**Detected**` (or `__Detected__`) at the start of the entry's text. */
function readMarker(text: string, textSpan: Span): TimelineEntry['marker'] {
	const source = text.slice(textSpan.start, Math.min(textSpan.end, textSpan.start + 80));
	const bold = /^(\*\*|__)([^*_]{2,40}?):?\1:?/.exec(source);
	if (bold === null) {
		return undefined;
	}
	const label = bold[2].trim().toLowerCase().replace(/\s+/g, ' ');
	const kind = markerWords.find(([, pattern]) => pattern.test(label))?.[0];
	return kind === undefined ? undefined : { kind, span: { start: textSpan.start, end: textSpan.start + bold[0].length } };
}

/**
 * The zone the document declares: front matter first, then the timeline's own text, then any heading or
 * block that talks about times ("All times UTC"). Blocks that cannot be a declaration are not scanned.
 */
function findDeclaredZone(input: TimelineInput): TimeZoneRef | undefined {
	if (input.frontMatterZone !== undefined) {
		const offset = zoneOffsetMinutes(input.frontMatterZone.name);
		return { name: input.frontMatterZone.name, offsetMinutes: offset, span: input.frontMatterZone.span };
	}
	const candidates: number[] = [];
	const elsewhere: number[] = [];
	input.blocks.forEach((block, index) => {
		if (block.kind === 'table-cell' && !isHeaderCell(input, block)) {
			return;
		}
		if (isTimelineBlock(input, index)) {
			// Entries are list items; a declaration is a heading, a table header or a paragraph.
			if (block.listItemIndex === undefined) {
				candidates.push(index);
			}
		} else if (/time/i.test(block.prose)) {
			elsewhere.push(index);
		}
	});
	for (const index of [...candidates, ...elsewhere]) {
		const block = input.blocks[index];
		const zone = findZoneDeclaration(input.text.slice(block.span.start, block.span.end), block.span.start);
		if (zone !== undefined) {
			return zone;
		}
	}
	return undefined;
}

function isHeaderCell(input: TimelineInput, block: RawBlock): boolean {
	const table = block.tableIndex === undefined ? undefined : input.tables[block.tableIndex];
	return table === undefined ? false : rowsByLine(table).get(block.line)?.header === true;
}

/**
 * A table's rows by line (one row per line), built once per table: searching the rows for each cell was
 * quadratic in the rows (a 5,000-row timeline table took seconds to read).
 */
const rowsByLine: (table: RawTable) => Map<number, RawTable['rows'][number]> = memoByObject((table) => {
	const rows = new Map<number, RawTable['rows'][number]>();
	for (const row of table.rows) {
		if (!rows.has(row.line)) {
			rows.set(row.line, row);
		}
	}
	return rows;
});
