/**
 * `source.fixAll.postmortem`: only the rules' safe rewrites, never a disable comment or a rename, and
 * applied until nothing safe is left, so that running it again changes nothing (a fixpoint). Several
 * passes are folded into one set of disjoint edits on the original text. Pure.
 */
import type { Finding } from '../lint';
import type { Span } from '../model/types';
import type { SpanEdit } from '../rules/rule';

/** Passes before giving up on rules whose fixes keep producing new fixable findings. */
const maxPasses = 10;

/**
 * Edits a client can apply without damage: in bounds, not splitting a surrogate pair or a CRLF, pairwise
 * disjoint (two insertions at one offset count as overlapping: their order would be up to the client).
 */
export function editsAreSafe(text: string, edits: readonly SpanEdit[]): boolean {
	const sorted = [...edits].sort(byStart);
	return sorted.every((edit, index) => {
		const { start, end } = edit.span;
		const previous = sorted[index - 1];
		return (
			Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length &&
			!splitsPair(text, start) && !splitsPair(text, end) &&
			(previous === undefined || (previous.span.end <= start && previous.span.start !== start))
		);
	});
}

/** Offset falls between a high and a low surrogate, or between \r and \n. */
function splitsPair(text: string, offset: number): boolean {
	const before = text.charCodeAt(offset - 1);
	const after = text.charCodeAt(offset);
	return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10);
}

function conflicts(a: Span, b: Span): boolean {
	return (a.start < b.end && b.start < a.end) || a.start === b.start;
}

/**
 * One pass: each finding's first safe fix, when its edits are safe and touch no edit already taken.
 * Edits that change nothing are dropped. Sorted by offset.
 */
export function collectSafeEdits(findings: readonly Finding[], text?: string): SpanEdit[] {
	const chosen: SpanEdit[] = [];
	for (const finding of findings) {
		const fix = finding.fixes.find((candidate) => candidate.safe === true);
		if (fix === undefined || (text !== undefined && !editsAreSafe(text, fix.edits)) || !internallyDisjoint(fix.edits)) {
			continue;
		}
		const edits = text === undefined ? fix.edits : fix.edits.filter((edit) => text.slice(edit.span.start, edit.span.end) !== edit.newText);
		if (edits.length > 0 && edits.every((edit) => chosen.every((taken) => !conflicts(taken.span, edit.span)))) {
			chosen.push(...edits);
		}
	}
	return chosen.sort(byStart);
}

function internallyDisjoint(edits: readonly SpanEdit[]): boolean {
	return edits.every((edit, index) => edits.slice(index + 1).every((other) => !conflicts(edit.span, other.span)));
}

/**
 * Safe edits applied pass after pass (re-linting the result with `relint`) until no safe fix is left, as
 * one set of edits on `text`. Without `relint`, one pass.
 */
export function fixAllEdits(text: string, findings: readonly Finding[], relint?: (text: string) => readonly Finding[]): SpanEdit[] {
	let composed: SpanEdit[] = [];
	let current = text;
	let currentFindings = findings;
	const seen = new Set([text]);
	for (let pass = 0; pass < maxPasses; pass++) {
		const edits = collectSafeEdits(currentFindings, current);
		const next = applySpanEdits(current, edits);
		if (edits.length === 0 || seen.has(next)) {
			break;
		}
		composed = composeEdits(text, composed, edits);
		seen.add(next);
		current = next;
		if (relint === undefined) {
			break;
		}
		currentFindings = relint(current);
	}
	return composed.filter((edit) => text.slice(edit.span.start, edit.span.end) !== edit.newText);
}

/** Applies disjoint edits (any order given). */
export function applySpanEdits(text: string, edits: readonly SpanEdit[]): string {
	let result = '';
	let cursor = 0;
	for (const edit of [...edits].sort(byStart)) {
		result += text.slice(cursor, edit.span.start) + edit.newText;
		cursor = edit.span.end;
	}
	return result + text.slice(cursor);
}

/**
 * Edits on `original` equivalent to applying `base` (on `original`) and then `next` (on the result).
 * An edit of `next` that touches text written by `base` is merged with it.
 */
export function composeEdits(original: string, base: readonly SpanEdit[], next: readonly SpanEdit[]): SpanEdit[] {
	let result = [...base].sort(byStart);
	// From the end backwards: positions before an edit stay valid while later ones are folded in.
	for (const edit of [...next].sort((a, b) => b.span.start - a.span.start)) {
		result = composeOne(original, result, edit);
	}
	return result;
}

interface Placed {
	readonly edit: SpanEdit;
	/** Where the edit's new text sits in the current text. */
	readonly start: number;
	readonly end: number;
}

function composeOne(original: string, base: readonly SpanEdit[], edit: SpanEdit): SpanEdit[] {
	let shift = 0;
	const placed: Placed[] = base.map((taken) => {
		const start = taken.span.start + shift;
		shift += taken.newText.length - (taken.span.end - taken.span.start);
		return { edit: taken, start, end: start + taken.newText.length };
	});
	const touched = placed.filter((candidate) => candidate.start <= edit.span.end && edit.span.start <= candidate.end);
	const untouched = placed.filter((candidate) => !touched.includes(candidate)).map((candidate) => candidate.edit);
	if (touched.length === 0) {
		const before = placed.filter((candidate) => candidate.end < edit.span.start);
		const delta = before.reduce((sum, candidate) => sum + (candidate.end - candidate.start) - (candidate.edit.span.end - candidate.edit.span.start), 0);
		const span = { start: edit.span.start - delta, end: edit.span.end - delta };
		return [...untouched, { span, newText: edit.newText }].sort(byStart);
	}
	const first = touched[0];
	const last = touched[touched.length - 1];
	const mergedStart = Math.min(edit.span.start, first.start);
	const mergedEnd = Math.max(edit.span.end, last.end);
	const originalStart = mergedStart === first.start ? first.edit.span.start : edit.span.start - (first.start - first.edit.span.start);
	const originalEnd = mergedEnd === last.end ? last.edit.span.end : edit.span.end - (last.end - last.edit.span.end);
	const local = touched.map((candidate) => ({
		span: { start: candidate.edit.span.start - originalStart, end: candidate.edit.span.end - originalStart },
		newText: candidate.edit.newText,
	}));
	const current = applySpanEdits(original.slice(originalStart, originalEnd), local);
	const newText = current.slice(0, edit.span.start - mergedStart) + edit.newText + current.slice(edit.span.end - mergedStart);
	return [...untouched, { span: { start: originalStart, end: originalEnd }, newText }].sort(byStart);
}

function byStart(a: SpanEdit, b: SpanEdit): number {
	return a.span.start - b.span.start || a.span.end - b.span.end;
}
