/**
 * Walks markdown-it's block tokens once and records headings, text blocks, list items, tables and code,
 * each with spans into the ORIGINAL text. markdown-it only gives line numbers (and normalises CRLF in its
 * own copy), so columns are found by locating each token's content in the original line.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import { maskInline } from './prose';
import { lineContentEnd, lineText } from './text';
import type { BlockKind, ListItem, Section, Span, Table, TableRow } from './types';


/**
 * Only block structure is needed: inline content is read from the original text, so markdown-it's inline
 * pass (the larger half of its work) is switched off.
 */
const markdown = new MarkdownIt({ html: true, linkify: false });
markdown.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

export interface HeadingInfo {
	readonly level: number;
	readonly line: number;
	readonly headingSpan: Span;
	readonly titleSpan: Span;
}

export interface RawBlock {
	readonly kind: BlockKind;
	readonly span: Span;
	readonly line: number;
	readonly endLine: number;
	readonly prose: string;
	readonly quoted: boolean;
	readonly listItemIndex: number | undefined;
	readonly tableIndex: number | undefined;
}

export interface RawListItem extends Omit<ListItem, 'sectionIndex'> {
	readonly firstBlockIndex: number | undefined;
}

export interface RawTable extends Omit<Table, 'sectionIndex'> {
	readonly cellBlockIndexes: readonly (readonly number[])[];
}

/**
 * What the readers of timeline entries, factors and action items start from: the text, its lines, the
 * sections, and the block structure with each block's section.
 */
export interface StructureInput {
	readonly text: string;
	readonly lineStarts: readonly number[];
	readonly sections: readonly Section[];
	readonly blocks: readonly RawBlock[];
	readonly blockSections: readonly (number | undefined)[];
	readonly listItems: readonly RawListItem[];
	readonly tables: readonly RawTable[];
}

export interface BlockStructure {
	readonly headings: HeadingInfo[];
	readonly blocks: RawBlock[];
	readonly listItems: RawListItem[];
	readonly tables: RawTable[];
	readonly codeSpans: Span[];
}

interface WalkState {
	readonly text: string;
	readonly lineStarts: readonly number[];
	/** Per line, the column up to which container prefixes (`>`, list markers) have been consumed. */
	readonly consumed: number[];
	quoteDepth: number;
	readonly listStack: number[];
	readonly out: BlockStructure;
	/** Set while inside a list item whose first block has not been seen yet. */
	pendingItem: number | undefined;
}

/**
 * @param markdownSource the text markdown-it sees: the original with front matter blanked and a BOM
 * replaced by a space, line for line the same as the original.
 */
export function readBlocks(text: string, markdownSource: string, lineStarts: readonly number[]): BlockStructure {
	const tokens = markdown.parse(markdownSource, {});
	const state: WalkState = {
		text,
		lineStarts,
		consumed: new Array<number>(lineStarts.length).fill(0),
		quoteDepth: 0,
		listStack: [],
		out: { headings: [], blocks: [], listItems: [], tables: [], codeSpans: [] },
		pendingItem: undefined,
	};
	for (let index = 0; index < tokens.length; index++) {
		index = visit(state, tokens, index);
	}
	return state.out;
}

/** Handles the token at `index`; returns the index of the last token it consumed. */
function visit(state: WalkState, tokens: readonly Token[], index: number): number {
	const token = tokens[index];
	switch (token.type) {
		case 'blockquote_open':
			consumeQuoteMarkers(state, token);
			state.quoteDepth++;
			return index;
		case 'blockquote_close':
			state.quoteDepth--;
			return index;
		case 'list_item_open':
			openListItem(state, token);
			return index;
		case 'list_item_close':
			state.listStack.pop();
			state.pendingItem = undefined;
			return index;
		case 'heading_open':
			readHeading(state, token, tokens[index + 1]);
			return index + 2;
		case 'paragraph_open':
			addTextBlock(state, 'paragraph', token, tokens[index + 1]);
			return index + 2;
		case 'table_open':
			return readTable(state, tokens, index);
		case 'fence':
		case 'code_block':
		case 'html_block':
			addCodeSpan(state, token);
			return index;
		default:
			return index;
	}
}

function lineMap(token: Token): [number, number] | undefined {
	return token.map === null || token.map === undefined ? undefined : [token.map[0], token.map[1]];
}

function consumeQuoteMarkers(state: WalkState, token: Token): void {
	const map = lineMap(token);
	if (map === undefined) {
		return;
	}
	for (let line = map[0]; line < map[1] && line < state.lineStarts.length; line++) {
		const text = lineText(state.text, state.lineStarts, line);
		let column = state.consumed[line];
		while (column < text.length && column - state.consumed[line] < 4 && text[column] === ' ') {
			column++;
		}
		if (text[column] === '>') {
			column++;
			if (text[column] === ' ' || text[column] === '\t') {
				column++;
			}
			state.consumed[line] = column;
		}
	}
}

function openListItem(state: WalkState, token: Token): void {
	const map = lineMap(token);
	if (map === undefined) {
		return;
	}
	const line = map[0];
	const lineStart = state.lineStarts[line];
	const text = lineText(state.text, state.lineStarts, line);
	let column = state.consumed[line];
	while (column < text.length && (text[column] === ' ' || text[column] === '\t')) {
		column++;
	}
	const markerStart = column;
	while (column < text.length && text[column] >= '0' && text[column] <= '9') {
		column++;
	}
	column = Math.min(column + 1, text.length);
	const markerSpan = { start: lineStart + markerStart, end: lineStart + column };
	while (column < text.length && (text[column] === ' ' || text[column] === '\t')) {
		column++;
	}
	const task = readTaskBox(text, column, lineStart);
	if (task !== undefined) {
		column = task.span.end - lineStart;
		while (column < text.length && text[column] === ' ') {
			column++;
		}
	}
	state.consumed[line] = column;
	const endLine = lastContentLine(state, map[0], map[1]);
	const item: RawListItem = {
		span: { start: markerSpan.start, end: lineContentEnd(state.text, state.lineStarts, endLine) },
		line,
		endLine,
		depth: state.listStack.length,
		ordered: token.markup === '.' || token.markup === ')',
		markerSpan,
		task,
		contentSpan: { start: lineStart + column, end: lineStart + text.length },
		parentIndex: state.listStack.at(-1),
		quoted: state.quoteDepth > 0,
		firstBlockIndex: undefined,
	};
	state.out.listItems.push(item);
	state.listStack.push(state.out.listItems.length - 1);
	state.pendingItem = state.out.listItems.length - 1;
}

function readTaskBox(text: string, column: number, lineStart: number): ListItem['task'] {
	const box = text.slice(column, column + 3);
	const after = text[column + 3];
	if (!/^\[[ x]\]$/i.test(box) || (after !== undefined && after !== ' ' && after !== '\t')) {
		return undefined;
	}
	return { checked: box[1] !== ' ', span: { start: lineStart + column, end: lineStart + column + 3 } };
}

/** The last line of [from, to) that is not blank (markdown-it maps include trailing blank lines). */
function lastContentLine(state: WalkState, from: number, to: number): number {
	let line = Math.min(to, state.lineStarts.length) - 1;
	while (line > from && lineText(state.text, state.lineStarts, line).trim() === '') {
		line--;
	}
	return Math.max(line, from);
}

function readHeading(state: WalkState, open: Token, inline: Token | undefined): void {
	const map = lineMap(open);
	if (map === undefined || inline === undefined) {
		return;
	}
	const block = addTextBlock(state, 'heading', open, inline);
	const lastLine = Math.min(map[1], state.lineStarts.length) - 1;
	const headingSpan = {
		start: state.lineStarts[map[0]] + state.consumed[map[0]],
		end: lineContentEnd(state.text, state.lineStarts, lastLine),
	};
	const titleSpan = block?.span ?? { start: headingSpan.end, end: headingSpan.end };
	state.out.headings.push({ level: Number(open.tag.slice(1)), line: map[0], headingSpan, titleSpan });
}

/** Adds a paragraph or heading text block; returns it, or undefined when it has no content. */
function addTextBlock(state: WalkState, kind: BlockKind, open: Token, inline: Token | undefined): RawBlock | undefined {
	const map = lineMap(open);
	if (map === undefined || inline === undefined) {
		return undefined;
	}
	const content = inline.content;
	const segments: Span[] = [];
	// The lines the span starts and ends on: markdown-it counts a line of only a no-break space, form feed
	// or the like as paragraph text, but the span leaves it out, so `line` must not be taken from the map.
	let firstLine: number | undefined;
	let lastLine = map[0];
	// Line by line with indexOf rather than split: most blocks are one line, and slice(0) is the string itself.
	for (let line = map[0], from = 0; from <= content.length && line < state.lineStarts.length; line++) {
		const newline = content.indexOf('\n', from);
		const segment = locateContent(state, line, content.slice(from, newline === -1 ? content.length : newline));
		if (segment !== undefined) {
			segments.push(segment);
			firstLine ??= line;
			lastLine = line;
		}
		from = newline === -1 ? content.length + 1 : newline + 1;
	}
	if (segments.length === 0) {
		return undefined;
	}
	const span = { start: segments[0].start, end: segments[segments.length - 1].end };
	const block: RawBlock = {
		kind,
		span,
		line: firstLine ?? map[0],
		endLine: lastLine,
		prose: proseOf(state.text, span, segments),
		quoted: state.quoteDepth > 0,
		listItemIndex: state.listStack.at(-1),
		tableIndex: undefined,
	};
	state.out.blocks.push(block);
	claimForPendingItem(state);
	return block;
}

function claimForPendingItem(state: WalkState): void {
	if (state.pendingItem === undefined) {
		return;
	}
	const item = state.out.listItems[state.pendingItem];
	const block = state.out.blocks[state.out.blocks.length - 1];
	state.out.listItems[state.pendingItem] = {
		...item,
		firstBlockIndex: state.out.blocks.length - 1,
		contentSpan: { start: Math.min(item.contentSpan.start, block.span.start), end: block.span.end },
	};
	state.pendingItem = undefined;
}

/** Finds where markdown-it's content line sits in the original line. */
function locateContent(state: WalkState, line: number, content: string): Span | undefined {
	const lineStart = state.lineStarts[line];
	const original = lineText(state.text, state.lineStarts, line);
	const from = state.consumed[line];
	if (content.trim() === '') {
		return undefined;
	}
	let column = original.endsWith(content) ? original.length - content.length : -1;
	if (column < from) {
		const trimmedContent = content.trim();
		column = original.indexOf(trimmedContent, from);
		if (column === -1) {
			return fallbackContent(original, from, lineStart);
		}
		return { start: lineStart + column, end: lineStart + column + trimmedContent.length };
	}
	const end = lineStart + original.trimEnd().length;
	return { start: lineStart + column, end: Math.max(end, lineStart + column) };
}

/** When content cannot be matched exactly (tabs expanded by markdown-it), take the rest of the line. */
function fallbackContent(original: string, from: number, lineStart: number): Span | undefined {
	let column = from;
	while (column < original.length && /\s/.test(original[column])) {
		column++;
	}
	const end = original.trimEnd().length;
	return end > column ? { start: lineStart + column, end: lineStart + end } : undefined;
}

/** The original text of `span`, with everything outside `segments` blanked, then inline markup masked. */
function proseOf(text: string, span: Span, segments: readonly Span[]): string {
	if (segments.length === 1) {
		return maskInline(text.slice(span.start, span.end));
	}
	let joined = '';
	let cursor = span.start;
	for (const segment of segments) {
		joined += ' '.repeat(Math.max(0, segment.start - cursor)) + text.slice(segment.start, segment.end);
		cursor = segment.end;
	}
	return maskInline(joined);
}

function addCodeSpan(state: WalkState, token: Token): void {
	const map = lineMap(token);
	if (map === undefined) {
		return;
	}
	const last = Math.min(map[1], state.lineStarts.length) - 1;
	let start = state.lineStarts[map[0]] + state.consumed[map[0]];
	// An HTML block starts at its `<`: on a list item's later lines the item's indentation is not consumed,
	// and a control comment there must still be seen to start the block.
	while (token.type === 'html_block' && (state.text[start] === ' ' || state.text[start] === '\t' || state.text[start] === '\uFEFF')) {
		start++;
	}
	state.out.codeSpans.push({ start, end: lineContentEnd(state.text, state.lineStarts, Math.max(last, map[0])) });
	claimForPendingItemIfCode(state);
}

function claimForPendingItemIfCode(state: WalkState): void {
	// A list item that starts with a code block has no first paragraph; keep waiting is wrong, so stop here.
	state.pendingItem = undefined;
}

function readTable(state: WalkState, tokens: readonly Token[], openIndex: number): number {
	const open = tokens[openIndex];
	const tableMap = lineMap(open);
	const rows: TableRow[] = [];
	const cellBlockIndexes: number[][] = [];
	let index = openIndex + 1;
	let header = false;
	for (; index < tokens.length && tokens[index].type !== 'table_close'; index++) {
		const token = tokens[index];
		if (token.type === 'thead_open' || token.type === 'thead_close') {
			header = token.type === 'thead_open';
		} else if (token.type === 'tr_open') {
			const row = readRow(state, token, header, state.out.tables.length, renderedCells(tokens, index));
			if (row !== undefined) {
				rows.push(row.row);
				cellBlockIndexes.push(row.blockIndexes);
			}
		}
	}
	if (tableMap !== undefined && rows.length > 0) {
		const headerRow = rows.find((row) => row.header);
		state.out.tables.push({
			span: { start: rows[0].span.start, end: rows[rows.length - 1].span.end },
			line: tableMap[0],
			columns: headerRow === undefined ? [] : headerRow.cells.map((cell) => state.text.slice(cell.start, cell.end)),
			rows,
			quoted: state.quoteDepth > 0,
			cellBlockIndexes,
		});
	}
	return index;
}

/**
 * How many cells markdown-it renders for the row opened at `trIndex`: as many as the header has. Cells a
 * row has beyond those are not shown (GitHub's tables drop them too), so they are not read either; a
 * pasted 100,000-cell row otherwise became 100,000 text blocks.
 */
function renderedCells(tokens: readonly Token[], trIndex: number): number {
	let count = 0;
	for (let index = trIndex + 1; index < tokens.length && tokens[index].type !== 'tr_close'; index++) {
		if (tokens[index].type === 'td_open' || tokens[index].type === 'th_open') {
			count++;
		}
	}
	return count;
}

function readRow(
	state: WalkState,
	token: Token,
	header: boolean,
	tableIndex: number,
	cellCount: number,
): { row: TableRow; blockIndexes: number[] } | undefined {
	const map = lineMap(token);
	if (map === undefined || map[0] >= state.lineStarts.length) {
		return undefined;
	}
	const line = map[0];
	const lineStart = state.lineStarts[line];
	const text = lineText(state.text, state.lineStarts, line);
	const cells = splitCells(text, state.consumed[line]).slice(0, cellCount).map((cell) => ({
		start: lineStart + cell.start,
		end: lineStart + cell.end,
	}));
	const blockIndexes: number[] = [];
	for (const cell of cells) {
		blockIndexes.push(state.out.blocks.length);
		state.out.blocks.push({
			kind: 'table-cell',
			span: cell,
			line,
			endLine: line,
			prose: maskInline(state.text.slice(cell.start, cell.end)),
			quoted: state.quoteDepth > 0,
			listItemIndex: state.listStack.at(-1),
			tableIndex,
		});
	}
	const span = { start: lineStart + state.consumed[line], end: lineStart + text.trimEnd().length };
	return { row: { span, line, header, cells }, blockIndexes };
}

/**
 * Cell spans (trimmed) of a table row. Pipes inside code spans or escaped with a backslash do not split.
 * A leading and a trailing pipe are optional, as in GitHub's tables.
 */
export function splitCells(line: string, from: number): Span[] {
	const cells: Span[] = [];
	let start = from;
	while (start < line.length && line[start] === ' ') {
		start++;
	}
	if (line[start] === '|') {
		start++;
	}
	let inCode = false;
	for (let index = start; index <= line.length; index++) {
		const char = line[index];
		if (char === '\\') {
			index++;
		} else if (char === '`') {
			inCode = !inCode;
		} else if ((char === '|' && !inCode) || index === line.length) {
			const cell = trimmed(line, start, index);
			if (index < line.length || cell.end > cell.start) {
				cells.push(cell);
			}
			start = index + 1;
		}
	}
	return cells;
}

function trimmed(line: string, start: number, end: number): Span {
	while (start < end && (line[start] === ' ' || line[start] === '\t')) {
		start++;
	}
	while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) {
		end--;
	}
	return { start, end };
}
