/**
 * Inline code spans and raw HTML in a block's source: text inserted inside one of them would show up
 * literally (code) or break the tag, so comments go outside. CommonMark's rules, simplified on the safe
 * side: anything that looks like a tag counts as one.
 */
import type { Span } from '../model/types';

/** Ranges of code spans, HTML comments and tags in `text[span.start, span.end)`, in order. */
export function rawInlineRanges(text: string, span: Span): Span[] {
	const ranges: Span[] = [];
	const closers = backtickRuns(text, span);
	const unclosed = { comment: false, tag: false };
	let index = span.start;
	while (index < span.end) {
		const char = text[index];
		if (char === '\\') {
			index += 2;
		} else if (char === '`') {
			index = codeSpan(text, index, span.end, closers, ranges);
		} else if (char === '<') {
			index = htmlAt(text, index, span.end, ranges, unclosed);
		} else {
			index++;
		}
	}
	return ranges;
}

/** Start offsets of backtick runs, by run length, so each opener finds its closer by binary search. */
function backtickRuns(text: string, span: Span): Map<number, number[]> {
	const runs = new Map<number, number[]>();
	let index = text.indexOf('`', span.start);
	while (index !== -1 && index < span.end) {
		let end = index;
		while (end < span.end && text[end] === '`') {
			end++;
		}
		const list = runs.get(end - index) ?? [];
		list.push(index);
		runs.set(end - index, list);
		index = text.indexOf('`', end);
	}
	return runs;
}

function codeSpan(text: string, start: number, limit: number, runs: Map<number, number[]>, ranges: Span[]): number {
	let end = start;
	while (end < limit && text[end] === '`') {
		end++;
	}
	const length = end - start;
	const closer = firstAfter(runs.get(length) ?? [], end);
	if (closer === undefined) {
		return end;
	}
	ranges.push({ start, end: closer + length });
	return closer + length;
}

function firstAfter(sorted: readonly number[], offset: number): number | undefined {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (sorted[middle] < offset) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}
	return sorted[low];
}

/**
 * Once a search for a closing `-->` or `>` has failed, every later one in the block fails too: `unclosed`
 * remembers that, so a block full of `<` stays linear.
 */
function htmlAt(text: string, start: number, limit: number, ranges: Span[], unclosed: { comment: boolean; tag: boolean }): number {
	if (text.startsWith('<!--', start)) {
		const close = unclosed.comment ? -1 : text.indexOf('-->', start + 4);
		if (close === -1 || close + 3 > limit) {
			unclosed.comment = true;
			return start + 4;
		}
		ranges.push({ start, end: close + 3 });
		return close + 3;
	}
	const next = text.charCodeAt(start + 1);
	const tagLike = isAsciiLetter(next) || next === 47 /* / */ || next === 33 /* ! */ || next === 63; /* ? */
	if (!tagLike || unclosed.tag) {
		return start + 1;
	}
	const close = text.indexOf('>', start + 1);
	if (close === -1 || close >= limit) {
		unclosed.tag = true;
		return start + 1;
	}
	ranges.push({ start, end: close + 1 });
	return close + 1;
}

function isAsciiLetter(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
