/**
 * Where a control comment can go so that the rendered Markdown stays the same.
 *
 * A line that starts with `<!--` is an HTML block, and an HTML block interrupts a paragraph, ends a table
 * and, at a lower indentation, ends a list. So a comment gets its own line only where a block starts
 * anyway; inside running text it goes at the end of the line, as inline HTML, which renders as nothing.
 * Pure: offsets into `doc.text`, no LSP types.
 */
import { lineAt, lineContentEnd } from '../model/text';
import type { PostmortemDocument, Span, Table, TextBlock } from '../model/types';
import { rawInlineRanges } from './inline-raw';

export type Placement =
	/** `<!-- postmortem-disable-next-line … -->` on its own line above the target line. */
	| { readonly kind: 'above'; readonly offset: number; readonly prefix: string; readonly eol: string }
	/** `<!-- postmortem-disable-line … -->` inside the target line's running text. */
	| { readonly kind: 'inline'; readonly offset: number; readonly spaceBefore: boolean }
	/** `<!-- postmortem-disable … -->` above a whole table and `<!-- postmortem-enable … -->` below it. */
	| { readonly kind: 'around'; readonly before: number; readonly after: number; readonly prefix: string; readonly eol: string }
	/** `<!-- postmortem-disable-file … -->` after the front matter, or at the top of the document. */
	| { readonly kind: 'file'; readonly offset: number; readonly eol: string; readonly eolFirst: boolean };

/** Container prefixes that may start a line of their own: indentation and block quote markers, no list markers. */
const cleanPrefix = /^[ \t>]*$/;

export function placeComment(doc: PostmortemDocument, span: Span): Placement {
	const line = lineAt(doc.lineStarts, span.start);
	const frontMatter = doc.frontMatter;
	if (frontMatter !== undefined && span.start < frontMatter.span.end) {
		return filePlacement(doc);
	}
	const table = doc.tables.find((candidate) => lineOf(doc, candidate.span.start) <= line && line <= lineOf(doc, candidate.span.end));
	if (table !== undefined) {
		return aroundTable(doc, table) ?? inlineInRow(doc, table, line) ?? filePlacement(doc);
	}
	const block = blockOnLine(doc, line);
	if (block === undefined) {
		return aboveBlankLine(doc, line) ?? filePlacement(doc);
	}
	return above(doc, block, line) ?? inline(doc, block, line) ?? filePlacement(doc);
}

function blockOnLine(doc: PostmortemDocument, line: number): TextBlock | undefined {
	return doc.blocks.find((candidate) => lineOf(doc, candidate.span.start) <= line && line <= lineOf(doc, candidate.span.end));
}

/**
 * A blank line (some rules point at the top of a document) can take a comment line above it when the
 * next text starts a top-level block: then nothing before it is still open that the comment would end.
 */
function aboveBlankLine(doc: PostmortemDocument, line: number): Placement | undefined {
	const blank = (at: number): boolean => doc.text.slice(doc.lineStarts[at], lineContentEnd(doc.text, doc.lineStarts, at)).trim() === '';
	if (!blank(line) || doc.codeSpans.some((code) => lineOf(doc, code.start) <= line && line <= lineOf(doc, code.end))) {
		return undefined;
	}
	let next = line + 1;
	while (next < doc.lineStarts.length && blank(next)) {
		next++;
	}
	const block = next < doc.lineStarts.length ? blockOnLine(doc, next) : undefined;
	const nextPlacement = block === undefined ? undefined : above(doc, block, next);
	if (next < doc.lineStarts.length && (nextPlacement?.kind !== 'above' || nextPlacement.prefix !== '')) {
		return undefined;
	}
	return { kind: 'above', offset: lineStart(doc, line), prefix: '', eol: lineBreakNear(doc, line) };
}

function lineOf(doc: PostmortemDocument, offset: number): number {
	return lineAt(doc.lineStarts, offset);
}

/** Start of a line's text, after a byte order mark on the first line. */
function lineStart(doc: PostmortemDocument, line: number): number {
	const start = doc.lineStarts[line];
	return start === 0 && doc.text.charCodeAt(0) === 0xfeff ? 1 : start;
}

/** The line break after `line`, else the one before it, else the document's first one, else `\n`. */
export function lineBreakNear(doc: PostmortemDocument, line: number): string {
	for (const candidate of [line, line - 1]) {
		if (candidate >= 0 && candidate + 1 < doc.lineStarts.length) {
			return doc.text.slice(lineContentEnd(doc.text, doc.lineStarts, candidate), doc.lineStarts[candidate + 1]);
		}
	}
	return /\r\n|\r|\n/.exec(doc.text)?.[0] ?? '\n';
}

/** A block's first line, when only indentation and `>` precede it there: a comment line can go above. */
function above(doc: PostmortemDocument, block: TextBlock, line: number): Placement | undefined {
	if (lineOf(doc, block.span.start) !== line) {
		return undefined;
	}
	const start = lineStart(doc, line);
	const prefix = prefixBefore(doc, start, blockStart(doc, block));
	if (!cleanPrefix.test(prefix)) {
		return undefined;
	}
	return { kind: 'above', offset: start, prefix, eol: lineBreakNear(doc, line) };
}

/**
 * The line's text before a block's markup, with the indentation after `markupStart`: the model's spans of
 * headings and table rows on a list item's later lines start before the item's indentation.
 */
function prefixBefore(doc: PostmortemDocument, start: number, markupStart: number): string {
	let end = markupStart;
	while (doc.text[end] === ' ' || doc.text[end] === '\t') {
		end++;
	}
	return doc.text.slice(start, end);
}

/** Where the block's markup starts: a heading's `#` marker, else the text itself. */
function blockStart(doc: PostmortemDocument, block: TextBlock): number {
	if (block.kind !== 'heading') {
		return block.span.start;
	}
	return doc.sections.find((section) => section.titleSpan.start === block.span.start && section.level <= 6)?.headingSpan.start ?? block.span.start;
}

/**
 * The end of the line's running text: before trailing spaces (a hard break stays a hard break), before a
 * final backslash (same), and outside code spans and raw HTML that continue on the next line.
 */
function inline(doc: PostmortemDocument, block: TextBlock, line: number): Placement | undefined {
	const contentStart = Math.max(block.span.start, doc.lineStarts[line]);
	let offset = Math.min(block.span.end, lineContentEnd(doc.text, doc.lineStarts, line));
	while (offset > contentStart && isBlank(doc.text.charCodeAt(offset - 1))) {
		offset--;
	}
	if (offset < block.span.end && endsWithHardBreakBackslash(doc.text, contentStart, offset)) {
		offset--;
	}
	const raw = rawInlineRanges(doc.text, block.span).find((range) => range.start < offset && offset < range.end);
	if (raw !== undefined) {
		if (raw.start < contentStart) {
			return undefined;
		}
		return { kind: 'inline', offset: raw.start, spaceBefore: false };
	}
	if (offset <= contentStart && block.kind !== 'table-cell') {
		return undefined;
	}
	// A space before the comment would end up in a heading's text, and so in its anchor on GitHub.
	return { kind: 'inline', offset, spaceBefore: block.kind !== 'heading' };
}

function endsWithHardBreakBackslash(text: string, from: number, end: number): boolean {
	let count = 0;
	while (end - count - 1 >= from && text[end - count - 1] === '\\') {
		count++;
	}
	return count % 2 === 1;
}

function isBlank(code: number): boolean {
	return code === 32 || code === 9;
}

/** Comment lines above the first row and below the last, when both rows start with a clean prefix. */
function aroundTable(doc: PostmortemDocument, table: Table): Placement | undefined {
	const first = table.rows[0];
	const last = table.rows[table.rows.length - 1];
	const firstLine = lineOf(doc, first.span.start);
	const lastLine = lineOf(doc, last.span.start);
	const start = lineStart(doc, firstLine);
	const prefix = prefixBefore(doc, start, first.span.start);
	const lastPrefix = prefixBefore(doc, doc.lineStarts[lastLine], last.span.start);
	if (!cleanPrefix.test(prefix) || lastPrefix !== prefix) {
		return undefined;
	}
	return {
		kind: 'around',
		before: start,
		after: lineContentEnd(doc.text, doc.lineStarts, lastLine),
		prefix,
		eol: lineBreakNear(doc, lastLine),
	};
}

/** In the row's last cell, as inline HTML (a table in a list item's first line has no room above). */
function inlineInRow(doc: PostmortemDocument, table: Table, line: number): Placement | undefined {
	const row = table.rows.find((candidate) => lineOf(doc, candidate.span.start) === line);
	const cell = row?.cells[row.cells.length - 1];
	if (cell === undefined) {
		return undefined;
	}
	const block = doc.blocks.find((candidate) => candidate.kind === 'table-cell' && candidate.span.start === cell.start && candidate.span.end === cell.end);
	return block === undefined ? undefined : inline(doc, block, line);
}

/** After the front matter (a comment inside YAML would be YAML), or at the very top. */
function filePlacement(doc: PostmortemDocument): Placement {
	const frontMatter = doc.frontMatter;
	if (frontMatter !== undefined) {
		return { kind: 'file', offset: frontMatter.span.end, eol: lineBreakNear(doc, lineOf(doc, frontMatter.span.end)), eolFirst: true };
	}
	return { kind: 'file', offset: lineStart(doc, 0), eol: lineBreakNear(doc, 0), eolFirst: false };
}
