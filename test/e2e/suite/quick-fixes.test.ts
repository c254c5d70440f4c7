import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllWithoutSaving, openFixture, ruleId, waitFor, waitForDiagnostics, withRule, workspaceFile } from './helpers';

const searchLag = 'postmortems/2026-11-10-search-index-lag.md';

/**
 * The quick fixes VS Code would show in the light bulb at `diagnostic`. (vscode.executeCodeActionProvider
 * drops each action's `diagnostics`, so the caller picks by title or isPreferred.)
 */
async function quickFixesAt(uri: vscode.Uri, diagnostic: vscode.Diagnostic, accept: (actions: vscode.CodeAction[]) => boolean): Promise<vscode.CodeAction[]> {
	let seen = '';
	try {
		// Providers register asynchronously and answer for the current version only: ask until they answer.
		return await waitFor(async () => {
			const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
			seen = actions.map((action) => action.title).join(' | ');
			return accept(actions) && actions;
		}, `quick fixes for ${ruleId(diagnostic)}`);
	} catch (error) {
		throw new Error(`${(error as Error).message}; actions offered: ${seen || 'none'}`);
	}
}

async function apply(action: vscode.CodeAction): Promise<void> {
	assert.ok(action.edit, `"${action.title}" carries an edit`);
	assert.ok(await vscode.workspace.applyEdit(action.edit), `"${action.title}" was applied`);
}

suite('Quick fixes', () => {
	teardown(closeAllWithoutSaving);

	test('the preferred fix for "human error" rewrites it toward the system, and the finding goes', async () => {
		const editor = await openFixture(searchLag);
		const uri = workspaceFile(searchLag);
		const [humanError] = withRule(await waitForDiagnostics(uri, (all) => withRule(all, 'blame/human-error').length === 1, 'blame/human-error'), 'blame/human-error');
		const actions = await quickFixesAt(uri, humanError, (offered) => offered.some((action) => action.isPreferred === true));
		const preferred = actions.find((action) => action.isPreferred === true);
		assert.ok(preferred);
		assert.equal(actions.filter((action) => action.isPreferred === true).length, 1, 'one preferred fix, so "Auto Fix" knows what to apply');
		const before = editor.document.getText(humanError.range);
		await apply(preferred);
		assert.ok(!editor.document.lineAt(humanError.range.start.line).text.includes(before), `"${before}" was replaced`);
		await waitForDiagnostics(uri, (all) => withRule(all, 'blame/human-error').length === 0, 'blame/human-error to go');
	});

	test('every finding offers "disable for this line", and applying it silences that finding only', async () => {
		await openFixture(searchLag);
		const uri = workspaceFile(searchLag);
		const all = await waitForDiagnostics(uri, (now) => withRule(now, 'timeline/out-of-order').length === 1, 'timeline/out-of-order');
		const [outOfOrder] = withRule(all, 'timeline/out-of-order');
		const others = all.length - 1;
		const isDisable = (action: vscode.CodeAction): boolean => /^Disable timeline\/out-of-order\b/.test(action.title);
		const disable = (await quickFixesAt(uri, outOfOrder, (offered) => offered.some(isDisable))).find(isDisable);
		assert.ok(disable);
		await apply(disable);
		const after = await waitForDiagnostics(uri, (now) => withRule(now, 'timeline/out-of-order').length === 0, 'timeline/out-of-order to be disabled');
		assert.equal(after.length, others, 'the other findings stay');
	});
});
