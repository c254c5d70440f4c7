import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
	closeAllWithoutSaving,
	endOfLineWith,
	insertAt,
	openFixture,
	postmortemDiagnostics,
	rangeOf,
	replaceRange,
	ruleId,
	waitForDiagnostics,
	withRule,
	workspaceFile,
} from './helpers';

const searchLag = 'postmortems/2026-11-10-search-index-lag.md';
const queueBacklog = 'incidents/2026-09-14-queue-backlog.md';
const certificate = 'postmortems/2026-10-02-expired-certificate.md';
const blamingSentence = 'The root cause was human error: Sam should have read the release notes before approving the upgrade.';

suite('Diagnostics', () => {
	teardown(closeAllWithoutSaving);

	test('timeline: an entry out of order is reported on its timestamp, and goes when the time is fixed', async () => {
		const editor = await openFixture(searchLag);
		const uri = workspaceFile(searchLag);
		const before = await waitForDiagnostics(uri, (all) => withRule(all, 'timeline/out-of-order').length > 0, 'timeline/out-of-order');
		const [outOfOrder] = withRule(before, 'timeline/out-of-order');
		assert.equal(withRule(before, 'timeline/out-of-order').length, 1);
		assert.deepEqual(outOfOrder.range, rangeOf(editor.document, '10:31', '## Timeline'));
		assert.equal(outOfOrder.severity, vscode.DiagnosticSeverity.Warning);

		await replaceRange(editor, outOfOrder.range, '10:21');
		await waitForDiagnostics(uri, (all) => withRule(all, 'timeline/out-of-order').length === 0, 'the out-of-order warning to go');
	});

	test('timeline: a new entry that jumps back in time is reported where it was typed', async () => {
		const editor = await openFixture(searchLag);
		const uri = workspaceFile(searchLag);
		await waitForDiagnostics(uri, (all) => all.length > 0, 'the first diagnostics');
		await insertAt(editor, endOfLineWith(editor.document, '12:40 **Resolved**'), '\n- 08:15 Status page updated.');
		const typed = rangeOf(editor.document, '08:15');
		const after = await waitForDiagnostics(uri, (all) => withRule(all, 'timeline/out-of-order').some((d) => d.range.isEqual(typed)), 'an out-of-order warning on the typed entry');
		assert.match(withRule(after, 'timeline/out-of-order').find((d) => d.range.isEqual(typed))?.message ?? '', /08:15/);
	});

	test('blame: hindsight and "human error" are reported on their words, and go when the sentence is about the system', async () => {
		const editor = await openFixture(searchLag);
		const uri = workspaceFile(searchLag);
		const humanError = rangeOf(editor.document, 'human error', blamingSentence);
		// Both findings, on this text's lines: diagnostics of an earlier version of the file may still be shown.
		const hasBoth = (all: vscode.Diagnostic[]): boolean =>
			withRule(all, 'blame/hindsight').length > 0 && withRule(all, 'blame/human-error').some((d) => d.range.isEqual(humanError));
		const before = await waitForDiagnostics(uri, hasBoth, 'blame/hindsight and blame/human-error');
		assert.deepEqual(withRule(before, 'blame/human-error').map((d) => d.range), [humanError]);
		const [hindsight] = withRule(before, 'blame/hindsight');
		assert.equal(hindsight.range.start.line, rangeOf(editor.document, blamingSentence).start.line);
		assert.match(editor.document.getText(hindsight.range), /should have/);

		const rewritten = 'Nothing in the upgrade checklist asks for the release notes of a dependency, so the new default was not seen.';
		await replaceRange(editor, rangeOf(editor.document, blamingSentence), rewritten);
		await waitForDiagnostics(uri, (all) => all.every((d) => !ruleId(d).startsWith('blame/')), 'the blame findings to go');
	});

	test('blame: neutral steps that name people and systems that "failed to" are not blame', async () => {
		await openFixture(certificate);
		// Wait for the document to be checked at all (it has other findings, or none: the status is enough).
		await openFixture(searchLag);
		await waitForDiagnostics(workspaceFile(searchLag), (all) => all.length > 0, 'the other postmortem checked');
		assert.deepEqual(postmortemDiagnostics(workspaceFile(certificate)).filter((d) => ruleId(d).startsWith('blame/')).map((d) => d.message), []);
	});

	test('action items: vague, ownerless and people-fix items are reported, and an owner added clears its warning', async () => {
		const editor = await openFixture(searchLag);
		const uri = workspaceFile(searchLag);
		const weak = (all: vscode.Diagnostic[]): boolean =>
			['action-item/vague', 'action-item/missing-owner', 'action-item/people-fix'].every((id) => withRule(all, id).length > 0);
		const before = await waitForDiagnostics(uri, weak, 'action-item findings');
		const improveLine = rangeOf(editor.document, 'Improve monitoring.').start.line;
		const carefulLine = rangeOf(editor.document, 'Sam to be more careful').start.line;
		assert.deepEqual(withRule(before, 'action-item/vague').map((d) => d.range), [rangeOf(editor.document, 'Improve', '## Action items')]);
		assert.deepEqual(withRule(before, 'action-item/people-fix').map((d) => d.range), [rangeOf(editor.document, 'be more careful', '## Action items')]);
		assert.deepEqual(withRule(before, 'action-item/missing-owner').map((d) => d.range.start.line).sort(), [improveLine, carefulLine].sort());
		// Complete items are not reported.
		const ownedLine = rangeOf(editor.document, 'SRCH-412').start.line;
		assert.deepEqual(before.filter((d) => d.range.start.line === ownedLine).map(ruleId), []);

		await insertAt(editor, endOfLineWith(editor.document, 'Improve monitoring.'), ' Owner: @search-team.');
		await waitForDiagnostics(
			uri,
			(all) => withRule(all, 'action-item/missing-owner').every((d) => d.range.start.line !== improveLine) && withRule(all, 'action-item/missing-owner').length === 1,
			'the missing-owner warning on the edited item to go',
		);
	});

	test('structure: a missing Impact section is reported on the title and goes when one is added', async () => {
		const editor = await openFixture(queueBacklog);
		const uri = workspaceFile(queueBacklog);
		const before = await waitForDiagnostics(uri, (all) => withRule(all, 'structure/missing-impact').length === 1, 'structure/missing-impact');
		assert.equal(withRule(before, 'structure/missing-impact')[0].range.start.line, 0);

		await insertAt(editor, rangeOf(editor.document, '## Timeline').start, '## Impact\n\nAbout 2 million push notifications arrived up to 40 minutes late.\n\n');
		await waitForDiagnostics(uri, (all) => withRule(all, 'structure/missing-impact').length === 0, 'the missing-impact warning to go');
	});
});
