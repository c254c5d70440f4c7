/**
 * The contract of the "Disable … for this line" quick fix, checked on one finding: applying it (as a
 * snippet client or a plain-text client would) leaves the markdown-it rendering the same apart from the
 * comment, silences that finding, and removes no finding of another rule nor adds one.
 */
import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver';
import type { Finding } from '../../../server/src/lint';
import type { Rule } from '../../../server/src/rules/rule';
import { actionsAt, analyse, applyAction, assertSameRendering, editsOf, environment, type Analysed } from './helpers';

export interface DisableResult {
	readonly after: string;
	readonly action: CodeAction;
}

export function checkDisable(text: string, rules: readonly Rule[], pick: (finding: Finding) => boolean, snippets = true, analysedBefore?: Analysed): DisableResult {
	const analysed = analysedBefore ?? analyse(text, rules);
	const target = analysed.analysis.findings.find(pick);
	assert.ok(target !== undefined, 'the test text has the finding to disable');
	const actions = actionsAt(analysed, target.span, environment(snippets));
	const action = actions.find((candidate) => candidate.title.startsWith(`Disable ${target.ruleId} `));
	assert.ok(action !== undefined, `a disable action is offered; got ${actions.map((candidate) => candidate.title).join(' | ')}`);
	assert.equal(action.kind, 'quickfix');
	const edits = editsOf(analysed.document, action.edit);
	const after = applyAction(analysed.document, action);
	const context = `\n--- before ---\n${text}\n--- after ---\n${after}`;
	assert.ok(
		edits.every((edit) => edit.range.start.line === edit.range.end.line && edit.range.start.character === edit.range.end.character),
		`a disable comment only inserts text${context}`,
	);
	assertSameRendering(text, after, `rendering unchanged${context}`);
	const insertions = edits.map((edit) => ({ offset: analysed.document.offsetAt(edit.range.start), length: edit.newText.length }));
	const moved = (offset: number): number => offset + insertions.filter((insertion) => insertion.offset <= offset).reduce((sum, insertion) => sum + insertion.length, 0);
	const key = (finding: Finding, start: number): string => `${finding.ruleId}@${start}:${finding.message}`;
	const before = new Set(analysed.analysis.findings.map((finding) => key(finding, moved(finding.span.start))));
	const relinted = analyse(after, rules).analysis.findings;
	const afterKeys = relinted.map((finding) => key(finding, finding.span.start));
	assert.ok(!afterKeys.includes(key(target, moved(target.span.start))), `the finding is gone after the fix${context}`);
	for (const afterKey of afterKeys) {
		assert.ok(before.has(afterKey), `no new finding (${afterKey})${context}`);
	}
	const otherRules = analysed.analysis.findings.filter((finding) => finding.ruleId !== target.ruleId).map((finding) => key(finding, moved(finding.span.start)));
	for (const other of otherRules) {
		assert.ok(afterKeys.includes(other), `findings of other rules stay (${other})${context}`);
	}
	return { after, action };
}
