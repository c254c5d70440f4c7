/** Offsets ⇄ LSP positions, at the boundary only. */
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../model/types';

export function spanToRange(document: TextDocument, span: Span): Range {
	return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function rangeToSpan(document: TextDocument, range: Range): Span {
	const start = document.offsetAt(range.start);
	const end = document.offsetAt(range.end);
	return start <= end ? { start, end } : { start: end, end: start };
}
