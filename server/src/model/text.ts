/**
 * Line model and span helpers over the original text. Lines end only at \n, \r\n and \r, as in LSP;
 * U+2028, U+2029 and NEL are ordinary characters here (JavaScript's `m` flag disagrees, so it is never used).
 */
import type { Span } from './types';

/** Jumps from break to break with indexOf, which scans far faster than a loop over every character. */
export function computeLineStarts(text: string): number[] {
	const starts = [0];
	let newline = text.indexOf('\n');
	let carriage = text.indexOf('\r');
	while (newline !== -1 || carriage !== -1) {
		if (carriage !== -1 && (newline === -1 || carriage < newline)) {
			// \r\n is one break; a lone \r is a break of its own.
			const end = newline === carriage + 1 ? newline : carriage;
			starts.push(end + 1);
			if (end === newline) {
				newline = text.indexOf('\n', end + 1);
			}
			carriage = text.indexOf('\r', end + 1);
		} else {
			starts.push(newline + 1);
			newline = text.indexOf('\n', newline + 1);
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

/** Index of the last item whose key is at most `value`, or -1; the keys ascend (offsets of sorted spans). */
export function lastAtOrBefore<Item>(items: readonly Item[], key: (item: Item) => number, value: number): number {
	let low = 0;
	let high = items.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (key(items[middle]) <= value) {
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}
	return high;
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
