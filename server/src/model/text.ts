/**
 * Line model and span helpers over the original text. Lines end only at \n, \r\n and \r, as in LSP;
 * U+2028, U+2029 and NEL are ordinary characters here (JavaScript's `m` flag disagrees, so it is never used).
 */
import type { Span } from './types';

export function computeLineStarts(text: string): number[] {
	const starts = [0];
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 13 /* \r */) {
			if (text.charCodeAt(index + 1) === 10) {
				index++;
			}
			starts.push(index + 1);
		} else if (code === 10 /* \n */) {
			starts.push(index + 1);
		}
	}
	return starts;
}

/** Offset just past the line's content, before its line break. */
export function lineContentEnd(text: string, lineStarts: readonly number[], line: number): number {
	if (line + 1 >= lineStarts.length) {
		return text.length;
	}
	let end = lineStarts[line + 1];
	if (end > 0 && text.charCodeAt(end - 1) === 10) {
		end--;
	}
	if (end > lineStarts[line] && text.charCodeAt(end - 1) === 13) {
		end--;
	}
	return end;
}

export function lineSpan(text: string, lineStarts: readonly number[], line: number): Span {
	return { start: lineStarts[line], end: lineContentEnd(text, lineStarts, line) };
}

export function lineText(text: string, lineStarts: readonly number[], line: number): string {
	return text.slice(lineStarts[line], lineContentEnd(text, lineStarts, line));
}

/** Zero-based line holding `offset` (binary search). */
export function lineAt(lineStarts: readonly number[], offset: number): number {
	let low = 0;
	let high = lineStarts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (lineStarts[middle] <= offset) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}
	return low;
}

export function sliceSpan(text: string, span: Span): string {
	return text.slice(span.start, span.end);
}

/** Narrows a span to exclude leading and trailing whitespace. */
export function trimSpan(text: string, span: Span): Span {
	let start = span.start;
	let end = span.end;
	while (start < end && isSpace(text.charCodeAt(start))) {
		start++;
	}
	while (end > start && isSpace(text.charCodeAt(end - 1))) {
		end--;
	}
	return { start, end };
}

export function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0;
}

export function containsSpan(outer: Span, inner: Span): boolean {
	return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}
