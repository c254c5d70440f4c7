import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllWithoutSaving, endOfLineWith, insertAt, openFixture, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

const searchLag = 'postmortems/2026-11-10-search-index-lag.md';

function previewTabs(): vscode.Tab[] {
	return vscode.window.tabGroups.all
		.flatMap((group) => group.tabs)
		.filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('postmortem.preview'));
}

suite('Swiss cheese preview', () => {
	teardown(closeAllWithoutSaving);

	test('opens beside the postmortem as a webview tab, once however often it is asked for', async () => {
		const editor = await openFixture(searchLag);
		await waitForDiagnostics(workspaceFile(searchLag), (all) => all.length > 0, 'the postmortem checked');
		await vscode.commands.executeCommand('postmortem.openPreview');
		const [tab] = await waitFor(() => previewTabs().length > 0 && previewTabs(), 'the preview tab');
		assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'beside the editor, not over it');
		assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString(), 'the editor keeps the focus');

		await vscode.commands.executeCommand('postmortem.openPreview');
		await waitFor(() => previewTabs().some((candidate) => candidate.isActive) && true, 'the preview revealed again');
		assert.equal(previewTabs().length, 1, 'one preview, reused');
	});

	test('the chart follows an edit: the webview reports drawing the new document version', async () => {
		const editor = await openFixture(searchLag);
		await waitForDiagnostics(workspaceFile(searchLag), (all) => all.length > 0, 'the postmortem checked');
		await vscode.commands.executeCommand('postmortem.openPreview');
		const drawnVersion = async (): Promise<number | undefined> =>
			((await vscode.commands.executeCommand('postmortem.previewDrawnVersion')) as { uri: string; version: number } | undefined)?.version;
		const first = editor.document.version;
		await waitFor(async () => (await drawnVersion()) === first && true, `the chart for version ${first}`);
		await insertAt(editor, endOfLineWith(editor.document, '## Contributing factors'), '\n- **Runbooks**: The rollback runbook did not cover the indexer.');
		const edited = editor.document.version;
		assert.ok(edited > first);
		await waitFor(async () => (await drawnVersion()) === edited && true, `the chart for version ${edited}`);
	});
});
