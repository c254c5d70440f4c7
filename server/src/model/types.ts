/**
 * The plain document model every feature reads. Built once per document version by `parse.ts`.
 *
 * Every position is a UTF-16 offset into `PostmortemDocument.text`, which is exactly the text the editor
 * sent (BOM, CRLF and all). Offsets become LSP positions only in `server/src/features/`.
 */

import type { Word } from './words';

/** Half-open range [start, end) of UTF-16 offsets into the document text. */
export interface Span {
	readonly start: number;
	readonly end: number;
}

export type SectionKind =
	| 'summary'
	| 'impact'
	| 'timeline'
	| 'detection'
	| 'response'
	| 'resolution'
	| 'contributing-factors'
	| 'what-went-well'
	| 'what-went-wrong'
	| 'where-we-got-lucky'
	| 'action-items'
	| 'lessons-learned'
	| 'other';

export interface Section {
	/** What the heading itself says, or 'other'. */
	readonly kind: SectionKind;
	/** `kind`, or the nearest enclosing section's kind when this heading is 'other' (e.g. `### Testing`). */
	readonly effectiveKind: SectionKind;
	/** Heading text with Markdown markers removed. */
	readonly title: string;
	/** 1–6 for real headings; 7 for a bold-label line used as a heading (`**Root causes:**`). */
	readonly level: number;
	/** The heading line (or setext heading lines). */
	readonly headingSpan: Span;
	/** The heading's text inside `headingSpan`. */
	readonly titleSpan: Span;
	/** From the heading to the next heading of the same or a higher level (or the end of the text). */
	readonly span: Span;
	readonly line: number;
	readonly parentIndex: number | undefined;
}

export interface FrontMatter {
	/** The whole block including its `---`/`+++` fences. */
	readonly span: Span;
	readonly format: 'yaml' | 'toml';
	/** Parsed values; empty when the block could not be parsed (see `error`). */
	readonly data: Readonly<Record<string, unknown>>;
	readonly error: string | undefined;
}

/** Well-known metadata, from front matter or from `**Field:** value` lines near the top. */
export interface Metadata {
	readonly title: string | undefined;
	readonly date: CalendarDate | undefined;
	readonly severity: string | undefined;
	readonly status: string | undefined;
	readonly type: string | undefined;
	readonly lang: string | undefined;
	readonly timeZone: string | undefined;
	/** Name → role, from `people:` in front matter, used by the "replace name with role" action. */
	readonly people: Readonly<Record<string, string>>;
}

export interface CalendarDate {
	readonly year: number | undefined;
	readonly month: number;
	readonly day: number;
}

export interface ClockTime {
	readonly hour: number;
	readonly minute: number;
	readonly second: number | undefined;
}

/** A timestamp as written in the text, before any date or zone is carried over from elsewhere. */
export interface ParsedTimestamp {
	readonly span: Span;
	readonly date: CalendarDate | undefined;
	readonly time: ClockTime | undefined;
	/** The end of a range such as `14:00–14:20` or `10:44-10:57`. */
	readonly endTime: ClockTime | undefined;
	/** `~13:30`, `around 13:30`, `13:30 (approx)`. */
	readonly approximate: boolean;
	/** A zone written next to the time (`UTC`, `CET`, `+02:00`, `Z`). */
	readonly zone: TimeZoneRef | undefined;
	/** Why the timestamp cannot be a real time (`13:55 PM`, `24:00`, `12:??`), or undefined. */
	readonly invalid: string | undefined;
	/** A template placeholder left in (`HH:MM`, `20xx-MM-DD`). */
	readonly placeholder: boolean;
	/**
	 * The shape of the timestamp, used to complete the next one in the same format and to spot mixed
	 * formats. Tokens: YYYY MM DD (numeric date parts), MMM (month name), Do (ordinal day), HH/H (24h
	 * hour, padded or not), hh/h (12h hour), mm, ss, A (AM/PM), Z (zone), T (ISO separator).
	 * Example: 'YYYY-MM-DD HH:mm Z'.
	 */
	readonly format: string;
	/** How the day/month order of a numeric date was read: known from a part > 12, or assumed. */
	readonly dayMonthOrder: 'dmy' | 'mdy' | 'ymd' | 'ambiguous' | undefined;
}

export interface TimeZoneRef {
	readonly name: string;
	/** Minutes east of UTC, when the name is known (UTC, CET, IST, PST, +02:00, …). */
	readonly offsetMinutes: number | undefined;
	readonly span: Span;
}

export type LifecycleMarker = 'impact-start' | 'detected' | 'acknowledged' | 'mitigated' | 'resolved';

export interface TimelineEntry {
	/** The whole entry: list item, table row, heading (with its body) or paragraph line. */
	readonly span: Span;
	readonly form: 'list' | 'table' | 'heading' | 'paragraph';
	readonly line: number;
	readonly timestamp: ParsedTimestamp;
	/** The event description after the timestamp. */
	readonly textSpan: Span;
	/** A date that applies to this entry, carried from an earlier entry or a date heading when not written. */
	readonly effectiveDate: CalendarDate | undefined;
	/** Zone written on the entry, else the document's declared zone. */
	readonly effectiveZone: TimeZoneRef | undefined;
	/**
	 * Minutes since 1970-01-01 00:00 in UTC when a zone is known, else in the document's local time;
	 * undefined when the entry has no usable date and time. Use only differences between entries.
	 */
	readonly minutes: number | undefined;
	/** A `**Detected**`-style label at the start of the entry, when present. */
	readonly marker: { readonly kind: LifecycleMarker; readonly span: Span } | undefined;
	/** Index into `PostmortemDocument.sections`. */
	readonly sectionIndex: number;
}

export type LayerSource = 'prefix' | 'sub-heading' | 'field' | 'inferred' | 'none';

export interface ContributingFactor {
	readonly span: Span;
	/** The factor's description, without its layer prefix. */
	readonly textSpan: Span;
	readonly text: string;
	/** Display name of the layer of defence (e.g. 'Testing', 'Code review'); 'Other' when unknown. */
	readonly layer: string;
	readonly layerSource: LayerSource;
	readonly layerSpan: Span | undefined;
	readonly line: number;
	readonly sectionIndex: number;
}

export interface ActionItemField {
	readonly text: string;
	readonly span: Span;
	/** The value is the subject of the item's own sentence ("SRE team to add…"), so it stays part of its text. */
	readonly inSentence?: true;
}

export interface ActionItem {
	readonly span: Span;
	readonly form: 'list' | 'task' | 'table' | 'paragraph';
	readonly line: number;
	/** The item's description (for a table, the description cell). */
	readonly textSpan: Span;
	readonly text: string;
	readonly owner: ActionItemField | undefined;
	readonly due: (ActionItemField & { readonly date: CalendarDate | undefined }) | undefined;
	/** Issue keys (`ABC-123`, `#123`) and links. */
	readonly tracking: readonly ActionItemField[];
	readonly status: 'open' | 'done' | undefined;
	/** For a table row: the header cells, so fixes can add a cell in the right column. */
	readonly table: ActionItemTable | undefined;
	readonly sectionIndex: number;
	/** Fields written once over the item's group (its headings, a label line above it) that apply to it too. */
	readonly group: ActionItemGroupFields;
}

export interface ActionItemGroupFields {
	readonly owner: ActionItemField | undefined;
	readonly due: (ActionItemField & { readonly date: CalendarDate | undefined }) | undefined;
	readonly tracking: readonly ActionItemField[];
}

export interface ActionItemTable {
	readonly columns: readonly string[];
	readonly cells: readonly Span[];
	readonly ownerColumn: number | undefined;
	readonly dueColumn: number | undefined;
	readonly trackingColumn: number | undefined;
}

export type BlockKind = 'heading' | 'paragraph' | 'table-cell';

/** A run of inline content: a heading's text, a paragraph (also inside list items), or a table cell. */
export interface TextBlock {
	readonly kind: BlockKind;
	readonly span: Span;
	readonly line: number;
	/**
	 * The source of `span` with everything that is not prose (inline code, link targets, HTML, emphasis
	 * markers, list and quote prefixes on continuation lines, line breaks) replaced by spaces, so the same
	 * offsets index both. Offset `i` here is document offset `span.start + i`.
	 */
	readonly prose: string;
	readonly sectionIndex: number | undefined;
	/** Inside a block quote: somebody's words, not the author's. */
	readonly quoted: boolean;
	/** Index into `listItems` of the innermost list item holding this block. */
	readonly listItemIndex: number | undefined;
}

export interface ListItem {
	readonly span: Span;
	readonly line: number;
	readonly endLine: number;
	readonly depth: number;
	readonly ordered: boolean;
	readonly markerSpan: Span;
	readonly task: { readonly checked: boolean; readonly span: Span } | undefined;
	/** From after the marker (and task box) to the end of the item's first paragraph. */
	readonly contentSpan: Span;
	readonly parentIndex: number | undefined;
	readonly sectionIndex: number | undefined;
	readonly quoted: boolean;
}

export interface TableRow {
	readonly span: Span;
	readonly line: number;
	readonly header: boolean;
	readonly cells: readonly Span[];
}

export interface Table {
	readonly span: Span;
	readonly line: number;
	readonly columns: readonly string[];
	readonly rows: readonly TableRow[];
	readonly sectionIndex: number | undefined;
	readonly quoted: boolean;
}

export interface Sentence {
	readonly span: Span;
	/** Prose text of the sentence (same length as `span`, non-prose masked with spaces). */
	readonly text: string;
	readonly blockIndex: number;
	readonly sectionIndex: number | undefined;
	/** Effective kind of the enclosing section, or 'other' before the first heading. */
	readonly section: SectionKind;
	/** In a block quote. */
	readonly quoted: boolean;
	/** Spans inside the sentence that are in quotation marks: inline quoted chat, quoted terms. */
	readonly quotedSpans: readonly Span[];
	/** The sentence's words with document offsets, split on first read and then shared by every rule. */
	readonly words: readonly Word[];
}

export interface ControlComment {
	readonly span: Span;
	readonly line: number;
	readonly kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
	/** Rule ids or categories; empty means every rule. */
	readonly rules: readonly string[];
	readonly reason: string | undefined;
}

export interface PostmortemDocument {
	/** Exactly the text given to the parser: offsets in every Span index into this string. */
	readonly text: string;
	/** Offsets at which each line starts (LSP line model: \n, \r\n and \r end lines; nothing else does). */
	readonly lineStarts: readonly number[];
	readonly frontMatter: FrontMatter | undefined;
	readonly metadata: Metadata;
	readonly sections: readonly Section[];
	readonly blocks: readonly TextBlock[];
	readonly sentences: readonly Sentence[];
	readonly listItems: readonly ListItem[];
	readonly tables: readonly Table[];
	readonly timeline: readonly TimelineEntry[];
	/** The zone the document declares for its timeline ("All times UTC"), when it does. */
	readonly declaredTimeZone: TimeZoneRef | undefined;
	/** How numeric dates in this document order day and month, from the evidence in it. */
	readonly dateOrder: 'dmy' | 'mdy' | 'ambiguous' | undefined;
	readonly factors: readonly ContributingFactor[];
	readonly actionItems: readonly ActionItem[];
	readonly controlComments: readonly ControlComment[];
	/** Spans of fenced/indented code and HTML blocks: not prose, never linted. */
	readonly codeSpans: readonly Span[];
}
