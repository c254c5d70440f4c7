/**
 * Test helpers. `checkRule(rule, lines)` joins the lines, takes `[|…|]` markers as the spans the rule must
 * report (offsets after the markers are removed), runs the rule alone and compares, printing the text with
 * the actual spans marked when they differ.
 */
import assert from 'node:assert/strict';
import { defaultConfig, mergeConfig, type ConfigInput, type PostmortemConfig } from '../../server/src/config';
import { lint, type Finding } from '../../server/src/lint';
import { parsePostmortem } from '../../server/src/model/parse';
import type { PostmortemDocument, Span } from '../../server/src/model/types';
import type { Rule } from '../../server/src/rules/rule';

/** A fixed "today" so due-date and "now" tests never depend on the calendar. */
export const testToday = new Date(Date.UTC(2026, 10, 23, 12, 0, 0));

export function extractMarkers(source: string): { text: string; spans: Span[] } {
	const spans: Span[] = [];
	let text = '';
	let open: number | undefined;
	for (let index = 0; index < source.length; index++) {
		if (source.startsWith('[|', index)) {
			open = text.length;
			index++;
		} else if (source.startsWith('|]', index) && open !== undefined) {
			spans.push({ start: open, end: text.length });
			open = undefined;
			index++;
		} else {
			text += source[index];
		}
	}
	return { text, spans };
}

export function markSpans(text: string, spans: readonly Span[]): string {
	let marked = text;
	for (const span of [...spans].sort((a, b) => b.start - a.start)) {
		marked = `${marked.slice(0, span.start)}[|${marked.slice(span.start, span.end)}|]${marked.slice(span.end)}`;
	}
	return marked;
}

export function configWith(input: ConfigInput = {}): PostmortemConfig {
	return mergeConfig(defaultConfig, input);
}

export function runRule(rule: Rule, text: string, input: ConfigInput = {}, today = testToday): Finding[] {
	return lint(parsePostmortem(text), { config: configWith(input), today, rules: [rule] });
}

/** Asserts the rule reports exactly the marked spans (and nothing else) on the joined lines. */
export function checkRule(rule: Rule, lines: readonly string[], input: ConfigInput = {}, today = testToday): Finding[] {
	const { text, spans } = extractMarkers(lines.join('\n'));
	const findings = runRule(rule, text, input, today);
	const actual = findings.map((finding) => finding.span);
	assert.deepEqual(
		actual.map((span) => [span.start, span.end]),
		spans.map((span) => [span.start, span.end]),
		`expected:\n${markSpans(text, spans)}\n\nactual:\n${markSpans(text, actual)}\n\nmessages: ${findings.map((f) => f.message).join(' | ')}`,
	);
	return findings;
}

/** Applies non-overlapping edits to text (an independent applier, not the server's). */
export function applyEdits(text: string, edits: readonly { span: Span; newText: string }[]): string {
	const sorted = [...edits].sort((a, b) => b.span.start - a.span.start);
	let result = text;
	for (const edit of sorted) {
		result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
	}
	return result;
}

export function parse(lines: readonly string[] | string): PostmortemDocument {
	return parsePostmortem(typeof lines === 'string' ? lines : lines.join('\n'));
}
