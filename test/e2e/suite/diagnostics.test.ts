import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
	closeAllWithoutSaving,
	endOfLineWith,
	insertAt,
	openFixture,
	rangeOf,
	replaceRange,
	waitForDiagnostics,
	withRule,
	workspaceFile,
} from './helpers';

const searchLag = 'postmortems/2026-11-10-search-index-lag.md';
const queueBacklog = 'incidents/2026-09-14-queue-backlog.md';

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
		const after = await waitForDiagnostics(uri, (all) => withRule(all, 'timeline/out-of-order').length === 2, 'a second out-of-order warning');
		const lines = withRule(after, 'timeline/out-of-order').map((diagnostic) => diagnostic.range.start.line);
		assert.ok(lines.includes(rangeOf(editor.document, '08:15').start.line), `reported on lines ${lines.join(', ')}`);
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
