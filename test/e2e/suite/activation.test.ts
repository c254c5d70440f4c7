import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, closeAllWithoutSaving, extensionId, openFixture, postmortemDiagnostics, waitForDiagnostics, withRule, workspaceFile } from './helpers';

const postmortem = 'postmortems/2026-11-10-search-index-lag.md';

suite('Activation', () => {
	suiteTeardown(closeAllWithoutSaving);

	test('the extension under test is the one that ships', function () {
		// The e2e runner installs the packaged .vsix and says where; VS Code desktop (runTest.ts) loads the
		// development folder instead and sets nothing.
		const installedIn = process.env.POSTMORTEM_E2E_EXTENSIONS_DIR;
		if (installedIn === undefined) {
			console.log('skipped: not started by test/e2e/run.ts, so the extension is the development folder');
			this.skip();
		}
		const extension = vscode.extensions.getExtension(extensionId);
		assert.ok(extension, `${extensionId} is not installed`);
		assert.equal(path.dirname(extension.extensionPath), path.resolve(installedIn), 'loaded from the extensions folder the .vsix went into');
		assert.equal(extension.extensionKind, vscode.ExtensionKind.Workspace);
	});

	test('activates on a postmortem and reports its problems with rule ids and rule pages', async () => {
		await openFixture(postmortem);
		await activeExtension();
		const diagnostics = await waitForDiagnostics(workspaceFile(postmortem), (all) => all.length > 0, 'diagnostics on the postmortem');
		for (const diagnostic of diagnostics) {
			const code = diagnostic.code;
			assert.ok(typeof code === 'object' && code !== null, 'the code carries the rule page');
			assert.match(String(code.value), /^(?:blame|action-item|timeline|structure)\/[a-z-]+$/);
			assert.equal(code.target.scheme, 'file', 'rule pages ship inside the extension, so the link works offline');
			assert.match(code.target.path, /\/docs\/rules\/[a-z-]+\/[a-z-]+\.md$/);
		}
	});

	test('stays silent on a README that uses blaming words', async () => {
		// Open the postmortem too: once it has diagnostics, the server has certainly seen both files.
		await openFixture('README.md');
		await openFixture(postmortem);
		await waitForDiagnostics(workspaceFile(postmortem), (all) => all.length > 0, 'diagnostics on the postmortem');
		assert.deepEqual(postmortemDiagnostics(workspaceFile('README.md')), []);
	});

	test('"Check This File as a Postmortem" turns checking on for a README, and "Stop Checking" off again', async () => {
		const readme = workspaceFile('README.md');
		await openFixture('README.md');
		await activeExtension();
		await vscode.commands.executeCommand('postmortem.checkThisFile');
		// A README has no Timeline section: checked as a postmortem, it is told so.
		await waitForDiagnostics(readme, (all) => withRule(all, 'structure/missing-timeline').length === 1, 'structure/missing-timeline on the README checked by hand');
		await vscode.commands.executeCommand('postmortem.stopCheckingThisFile');
		await waitForDiagnostics(readme, (all) => all.length === 0, 'the README silent again');
	});

	test('a real postmortem from the corpus is checked without trouble', async function () {
		// The runner copies one corpus postmortem in when ../shared/corpus exists; it is never committed.
		const corpusCopy = workspaceFile('corpus/adsync-migration-postmortem.md');
		try {
			await vscode.workspace.fs.stat(corpusCopy);
		} catch {
			console.log('skipped: ../shared/corpus not found, so the runner copied no corpus postmortem');
			this.skip();
		}
		await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(corpusCopy));
		const diagnostics = await waitForDiagnostics(corpusCopy, (all) => all.length > 0, 'diagnostics on the corpus postmortem');
		const document = await vscode.workspace.openTextDocument(corpusCopy);
		for (const diagnostic of diagnostics) {
			assert.ok(document.validateRange(diagnostic.range).isEqual(diagnostic.range), `${diagnostic.message} lies inside the document`);
		}
	});
});
