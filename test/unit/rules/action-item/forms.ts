/** The same action items written as a bullet, a task and a table row, and helpers to apply fixes. */
import assert from 'node:assert/strict';
import type { Finding } from '../../../../server/src/lint';
import type { Rule } from '../../../../server/src/rules/rule';
import { applyEdits, runRule } from '../../helpers';

export const strongText = 'Add an alert on payments-api 5xx above 0.1% over 5 minutes';
export const strongList = `- ${strongText}. Owner: @platform-team. Due: 2026-12-15. PAY-1423.`;
export const strongTask = `- [ ] ${strongText}. Owner: @platform-team. Due: 2026-12-15. PAY-1423.`;
export const tableHeader = ['| Action | Owner | Due | Ticket |', '| --- | --- | --- | --- |'];
export const strongRow = `| ${strongText} | @platform-team | 2026-12-15 | PAY-1423 |`;

/** The strong item in all three forms under one Action items heading. */
export const strongDocument = ['## Action items', '', strongList, strongTask, '', ...tableHeader, strongRow];

/** Applies the first fix of the only finding, optionally types `typed` where the fix leaves the cursor. */
export function applyOnlyFix(rule: Rule, text: string, typed = ''): string {
	const findings = runRule(rule, text);
	assert.equal(findings.length, 1, `expected one finding, got: ${findings.map((finding) => finding.message).join(' | ')}`);
	return applyFix(text, findings[0], typed);
}

export function applyFix(text: string, finding: Finding, typed = ''): string {
	const fix = finding.fixes[0];
	assert.ok(fix !== undefined, `no fix on: ${finding.message}`);
	return applyEdits(text, fix.edits.map((edit) => ({ span: edit.span, newText: withTyped(edit.newText, edit.snippet, typed) })));
}

/** The plain text with `typed` put where the snippet's first tab stop is (as a user accepting the fix would). */
function withTyped(plain: string, snippet: string | undefined, typed: string): string {
	if (typed === '' || snippet === undefined) {
		return plain;
	}
	const stop = /\$\{1:([^}]*)\}|\$1/u.exec(snippet);
	if (stop === null) {
		return plain;
	}
	const before = snippet.slice(0, stop.index).replace(/\\(.)/gu, '$1');
	return before + typed + plain.slice(before.length + (stop[1] ?? '').length);
}
