/**
 * Where a new timeline entry can be written, and its text, in the document's own form and format: a list
 * item, a table row (in the time column), a heading or a paragraph line, with the time written like the
 * entry before it. Used by timestamp completion and by the "Insert timeline entry (now)" command. Pure.
 */
import { lineAt, lineContentEnd } from '../model/text';
import type { CalendarDate, ClockTime, PostmortemDocument, Span, TimelineEntry } from '../model/types';
import { timelineHeadingSection } from './entries';
import { addMinutes, formatTimestamp, hasDate, singleTimeFormat } from './format';

export interface EntrySlot {
	readonly form: TimelineEntry['form'];
	/** The text the new entry replaces: what was typed of its timestamp, up to the cursor (or more, see `rest`). */
	readonly replace: Span;
	/** Written before the timestamp when the line does not have it yet: `- `, `### `, `| `. */
	readonly lead: string;
	/** Emphasis around the timestamp as the entry before writes it (`**14:02 UTC**`): open part still to write, and close. */
	readonly open: string;
	readonly close: string;
	/** Between the timestamp and the event text: ` - `, `: `, ` | `, or a blank line under a heading. */
	readonly separator: string;
	/** Written after the event text: ` |` and empty cells closing a table row. */
	readonly after: string;
	/** The entry the new one follows, and the one whose format it copies (the last with a time). */
	readonly previous: TimelineEntry | undefined;
	readonly model: TimelineEntry | undefined;
}

/** What may have been typed of a timestamp when completion is asked for. */
const PARTIAL = String.raw`[\d:./T~ -]{0,25}`;
const LIST_PREFIX = new RegExp(String.raw`^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)(\*\*|__|\*|_)?(${PARTIAL})$`);
const HEADING_PREFIX = new RegExp(String.raw`^(#{1,6}[ \t]+)(\*\*|__|\*|_)?(${PARTIAL})$`);
const PARAGRAPH_PREFIX = new RegExp(String.raw`^([ \t]*)(\*\*|__|\*|_)?(${PARTIAL})$`);

/** The slot at `offset` when it starts a new entry in a timeline, else undefined. */
export function entrySlotAt(doc: PostmortemDocument, offset: number): EntrySlot | undefined {
	const line = lineAt(doc.lineStarts, offset);
	const lineStart = doc.lineStarts[line];
	const prefix = doc.text.slice(lineStart, offset);
	const rest = doc.text.slice(offset, lineContentEnd(doc.text, doc.lineStarts, line));
	const neighbours = entriesAround(doc, offset);
	if (neighbours === undefined || !inTimeline(doc, offset, neighbours)) {
		return undefined;
	}
	const model = neighbours.model;
	return slotFor({ doc, offset, prefix, rest, previous: neighbours.previous, model, form: model?.form ?? 'list' });
}

function slotFor(context: SlotContext): EntrySlot | undefined {
	switch (context.form) {
		case 'list':
			return listSlot(context);
		case 'table':
			return tableSlot(context);
		case 'heading':
			return headingSlot(context);
		default:
			return paragraphSlot(context);
	}
}

interface SlotContext {
	readonly doc: PostmortemDocument;
	readonly offset: number;
	readonly prefix: string;
	readonly rest: string;
	readonly previous: TimelineEntry | undefined;
	readonly model: TimelineEntry | undefined;
	readonly form: TimelineEntry['form'];
}

/** The last entry before `offset` (and the last one with a time, whose format is copied), else the first after it. */
function entriesAround(doc: PostmortemDocument, offset: number): { previous: TimelineEntry | undefined; model: TimelineEntry | undefined } | undefined {
	if (doc.timeline.length === 0) {
		return { previous: undefined, model: undefined };
	}
	const before = doc.timeline.filter((entry) => entry.span.start < offset && !containsLaterEntry(doc, entry));
	const previous = before.at(-1);
	const model = [...before].reverse().find((entry) => entry.timestamp.time !== undefined && !entry.timestamp.placeholder && entry.timestamp.invalid === undefined)
		?? doc.timeline.find((entry) => entry.span.start >= offset && entry.timestamp.time !== undefined);
	return { previous: previous ?? model, model: model ?? previous };
}

/** A heading that groups a range of list entries is not the shape new entries take. */
function containsLaterEntry(doc: PostmortemDocument, entry: TimelineEntry): boolean {
	return entry.form === 'heading' && doc.timeline.some((other) => other.span.start > entry.span.start && other.span.start < entry.span.end);
}

/** In a timeline section, or right by a timeline list that stands in another section. */
function inTimeline(doc: PostmortemDocument, offset: number, neighbours: { previous: TimelineEntry | undefined }): boolean {
	const section = innermostSection(doc, offset);
	if (section !== undefined && doc.sections[section].effectiveKind === 'timeline') {
		return true;
	}
	const previous = neighbours.previous;
	return previous !== undefined && lineAt(doc.lineStarts, offset) - lineAt(doc.lineStarts, previous.span.end) <= 1 && previous.span.start < offset;
}

function innermostSection(doc: PostmortemDocument, offset: number): number | undefined {
	let found: number | undefined;
	doc.sections.forEach((section, index) => {
		if (section.span.start <= offset && offset <= section.span.end && offset > section.headingSpan.end) {
			found = index;
		}
	});
	return found;
}

/** Emphasis written right around the model entry's timestamp (`**16:58 UTC** - …`). */
function wrapperOf(doc: PostmortemDocument, entry: TimelineEntry | undefined): string {
	if (entry === undefined) {
		return '';
	}
	const before = doc.text.slice(Math.max(0, entry.timestamp.span.start - 2), entry.timestamp.span.start);
	const wrapper = before.endsWith('**') || before.endsWith('__') ? before.slice(-2) : before.endsWith('*') || before.endsWith('_') ? before.slice(-1) : '';
	return wrapper !== '' && doc.text.startsWith(wrapper, entry.timestamp.span.end) ? wrapper : '';
}

/** What separates the model entry's timestamp from its text, when it is short and on one line. */
function separatorOf(doc: PostmortemDocument, entry: TimelineEntry | undefined, fallback: string): string {
	if (entry === undefined) {
		return fallback;
	}
	const wrapper = wrapperOf(doc, entry);
	const between = doc.text.slice(entry.timestamp.span.end + wrapper.length, entry.textSpan.start);
	return between.length > 0 && between.length <= 4 && !/[\r\n]/.test(between) ? between : fallback;
}

function typed(context: SlotContext, open: string | undefined, partial: string): { replace: Span; open: string; close: string } {
	const wrapper = wrapperOf(context.doc, context.model);
	const start = context.offset - partial.length;
	return { replace: { start, end: context.offset }, open: open === undefined ? wrapper : '', close: wrapper };
}

function listSlot(context: SlotContext): EntrySlot | undefined {
	const match = LIST_PREFIX.exec(context.prefix);
	const marker = match === null && context.prefix.trim() === '' && context.rest.trim() === '' ? listMarker(context) : undefined;
	if (match === null && marker === undefined) {
		return undefined;
	}
	const parts = typed(context, match?.[2], match?.[3] ?? '');
	return { form: 'list', ...parts, lead: marker ?? '', separator: separatorOf(context.doc, context.model, ' '), after: '', previous: context.previous, model: context.model };
}

/** `- ` like the entry before (an ordered list counts on). */
function listMarker(context: SlotContext): string {
	const item = context.doc.listItems.find((candidate) => candidate.span.start === context.previous?.span.start);
	const marker = item === undefined ? '-' : context.doc.text.slice(item.markerSpan.start, item.markerSpan.end);
	const number = /^(\d{1,9})([.)])$/.exec(marker);
	return `${number === null ? marker : `${Number(number[1]) + 1}${number[2]}`} `;
}

function headingSlot(context: SlotContext): EntrySlot | undefined {
	const level = context.model === undefined ? 3 : /^#{1,6}/.exec(context.doc.text.slice(context.model.span.start))?.[0].length ?? 3;
	const match = HEADING_PREFIX.exec(context.prefix);
	const empty = match === null && context.prefix.trim() === '' && context.rest.trim() === '';
	if ((match === null && !empty) || (match !== null && match[1].trim().length !== level)) {
		return undefined;
	}
	const parts = typed(context, match?.[2], match?.[3] ?? '');
	// Under a heading that holds only the time, the event is a paragraph of its own.
	const model = context.model;
	const inline = model !== undefined && lineAt(context.doc.lineStarts, model.textSpan.start) === model.line;
	const eol = context.doc.text.includes('\r\n') ? '\r\n' : '\n';
	const separator = inline ? separatorOf(context.doc, model, ' ') : eol + eol;
	return { form: 'heading', ...parts, lead: empty ? `${'#'.repeat(level)} ` : '', separator, after: '', previous: context.previous, model };
}

function paragraphSlot(context: SlotContext): EntrySlot | undefined {
	const match = PARAGRAPH_PREFIX.exec(context.prefix);
	if (match === null || context.rest.trim() !== '') {
		return undefined;
	}
	const parts = typed(context, match[2], match[3]);
	return { form: 'paragraph', ...parts, lead: '', separator: separatorOf(context.doc, context.model, ': '), after: '', previous: context.previous, model: context.model };
}

function tableSlot(context: SlotContext): EntrySlot | undefined {
	const table = context.doc.tables.find((candidate) => candidate.rows.some((row) => context.model !== undefined && row.span.start <= context.model.span.start && context.model.span.start < row.span.end));
	const row = table?.rows.find((candidate) => context.model !== undefined && candidate.span.start <= context.model.span.start && context.model.span.start < candidate.span.end);
	const column = row?.cells.findIndex((cell) => context.model !== undefined && cell.start <= context.model.timestamp.span.start && context.model.timestamp.span.start <= cell.end) ?? 0;
	const columns = Math.max(table?.columns.length ?? 2, column + 2);
	const cellPrefix = new RegExp(String.raw`^([ \t]*\|(?:[^|\r\n]*\|){${Math.max(0, column)}}[ \t]*)(\*\*|__|\*|_)?(${PARTIAL})$`);
	const match = cellPrefix.exec(context.prefix);
	const empty = match === null && context.prefix.trim() === '' && context.rest.trim() === '' && column <= 0;
	if (match === null && !empty) {
		return undefined;
	}
	const parts = typed(context, match?.[2], match?.[3] ?? '');
	// A row that is still open gets its remaining cells; in a row already drawn only the time is written.
	const open = /^[\s|]*$/.test(context.rest);
	const replace = open ? { start: parts.replace.start, end: context.offset + context.rest.length } : parts.replace;
	const cellsAfter = columns - Math.max(0, column) - 2;
	return {
		form: 'table',
		...parts,
		replace,
		lead: empty ? '| ' : '',
		separator: open ? ' | ' : '',
		after: open ? ' |' + ' |'.repeat(Math.max(0, cellsAfter)) : '',
		previous: context.previous,
		model: context.model,
	};
}

export interface TimestampChoice {
	readonly text: string;
	/** Why this time: "same as line 12", "+5 min", "now (UTC)". */
	readonly detail: string;
}

export const LIFECYCLE_LABELS: readonly { readonly kind: 'impact-start' | 'detected' | 'acknowledged' | 'mitigated' | 'resolved'; readonly label: string; readonly figure: string }[] = [
	{ kind: 'impact-start', label: 'Impact started', figure: 'counted from in every time-to-X figure' },
	{ kind: 'detected', label: 'Detected', figure: 'ends time to detect' },
	{ kind: 'acknowledged', label: 'Acknowledged', figure: 'ends time to acknowledge' },
	{ kind: 'mitigated', label: 'Mitigated', figure: 'ends time to mitigate and the customer impact' },
	{ kind: 'resolved', label: 'Resolved', figure: 'ends time to resolve' },
];

/** The format new entries are written in: the model entry's, as one point in time. */
export function slotFormat(slot: EntrySlot): string {
	return slot.model === undefined ? 'HH:mm' : singleTimeFormat(slot.model.timestamp.format);
}

/** The previous entry's time, +1 and +5 minutes, in the timeline's format (when they can be written). */
export function followingTimes(slot: EntrySlot): TimestampChoice[] {
	const model = slot.model;
	const time = model?.timestamp.time;
	if (model === undefined || time === undefined) {
		return [];
	}
	const format = slotFormat(slot);
	const zone = model.timestamp.zone?.name;
	const date = model.timestamp.date ?? model.effectiveDate;
	const choices: TimestampChoice[] = [];
	for (const [minutes, detail] of [[0, `same time as line ${model.line + 1}`], [1, '+1 min'], [5, '+5 min']] as const) {
		const crossesMidnight = time.hour * 60 + time.minute + minutes >= 1440;
		const moved = minutes === 0 ? { date, time } : addMinutes(date, time, minutes);
		const text = crossesMidnight && !hasDate(format) ? undefined : formatTimestamp(format, { date: moved.date, time: moved.time, zone });
		if (text !== undefined) {
			choices.push({ text, detail });
		}
	}
	return choices;
}

/** The zone new times are in, and its offset when known (else the machine's, the user's own clock). */
function slotZone(doc: PostmortemDocument, slot: EntrySlot, now: Date): { name: string | undefined; offset: number; known: boolean } {
	const zone = slot.model?.effectiveZone ?? doc.declaredTimeZone;
	const written = slot.model?.timestamp.zone?.name;
	if (zone?.offsetMinutes !== undefined) {
		return { name: written, offset: zone.offsetMinutes, known: true };
	}
	return { name: written, offset: -now.getTimezoneOffset(), known: false };
}

function localParts(now: Date, offset: number): { date: CalendarDate; time: ClockTime } {
	const shifted = new Date(now.getTime() + offset * 60_000);
	return {
		date: { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() },
		time: { hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(), second: shifted.getUTCSeconds() },
	};
}

/** The incident's day: the date of the entry before, else the document's date. */
function incidentDate(doc: PostmortemDocument, slot: EntrySlot): CalendarDate | undefined {
	return slot.model?.effectiveDate ?? slot.previous?.effectiveDate ?? doc.metadata.date;
}

function sameDay(a: CalendarDate | undefined, b: CalendarDate): boolean {
	return a !== undefined && a.month === b.month && a.day === b.day && (a.year === undefined || a.year === b.year);
}

/**
 * "Now" in the timeline's zone and format. With `onlyToday`, only when the incident is today (completion);
 * otherwise always (the command), using a dated format from the timeline when the day has changed.
 */
export function nowChoice(doc: PostmortemDocument, slot: EntrySlot, now: Date, onlyToday: boolean): TimestampChoice | undefined {
	const zone = slotZone(doc, slot, now);
	const local = localParts(now, zone.offset);
	const day = incidentDate(doc, slot);
	const today = sameDay(day, local.date);
	if (onlyToday && !today) {
		return undefined;
	}
	let format = slotFormat(slot);
	// A timeline that never gives its date keeps bare times; one whose day has passed needs the date.
	if (!today && day !== undefined && !hasDate(format)) {
		const dated = [...doc.timeline].reverse().find((entry) => entry.timestamp.time !== undefined && hasDate(entry.timestamp.format));
		format = dated === undefined ? `YYYY-MM-DD ${format}` : singleTimeFormat(dated.timestamp.format);
	}
	const hasSeconds = /ss/.test(format);
	const time = { ...local.time, second: hasSeconds ? local.time.second : undefined };
	const text = formatTimestamp(format, { date: local.date, time, zone: zone.name ?? 'UTC' });
	const where = doc.declaredTimeZone?.name ?? zone.name ?? (zone.known ? undefined : 'this computer’s time');
	return text === undefined ? undefined : { text, detail: `now${where === undefined ? '' : ` (${where})`}` };
}

/** The whole entry: lead, timestamp with its emphasis, separator, an optional bold lifecycle label, event text. */
export function entryText(slot: EntrySlot, timestamp: string, options: { readonly label?: string; readonly snippet: boolean; readonly timeTabStop?: boolean }): string {
	const escape = (text: string): string => (options.snippet ? text.replace(/[$}\\]/g, '\\$&') : text);
	const stamp = options.snippet && options.timeTabStop === true ? `\${1:${escape(timestamp)}}` : escape(timestamp);
	const eventStop = options.timeTabStop === true ? 2 : 1;
	const event = options.snippet ? `\${${eventStop}:What happened}` : '';
	const label = options.label === undefined ? '' : `**${options.label}** `;
	return `${escape(slot.lead)}${escape(slot.open)}${stamp}${escape(slot.close)}${escape(slot.separator)}${escape(label)}${event}${escape(slot.after)}`;
}

/**
 * For the command outside a timeline: a new line after the last entry of the document's main timeline,
 * written like it. Undefined when the document has no timeline entry.
 */
export function appendSlot(doc: PostmortemDocument): { slot: EntrySlot; newline: string } | undefined {
	const last = lastEntryOfMainTimeline(doc);
	if (last === undefined) {
		return undefined;
	}
	const endLine = lineAt(doc.lineStarts, Math.max(last.span.start, last.span.end - 1));
	const insertAt = lineContentEnd(doc.text, doc.lineStarts, endLine);
	const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
	const newline = last.form === 'heading' || last.form === 'paragraph' ? eol + eol : eol;
	const model = last.timestamp.time === undefined ? entriesAround(doc, insertAt)?.model : last;
	const slot = slotFor({ doc, offset: insertAt, prefix: '', rest: '', previous: last, model, form: last.form });
	return slot === undefined ? undefined : { slot, newline };
}

function lastEntryOfMainTimeline(doc: PostmortemDocument): TimelineEntry | undefined {
	const first = doc.timeline[0];
	if (first === undefined) {
		return undefined;
	}
	const heading = timelineHeadingSection(doc, first.sectionIndex)?.index;
	const main = doc.timeline.filter((entry) => timelineHeadingSection(doc, entry.sectionIndex)?.index === heading && !containsLaterEntry(doc, entry));
	return main.at(-1);
}
