/**
 * Helpers for the in-editor suite. Everything waits for an event or polls with a deadline: providers and
 * the language server start asynchronously, so a test that asserts on the first answer flakes.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const extensionId = 'postmortem.postmortem';
const pollMs = 50;

/** The extension under test, activated. */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
	const extension = vscode.extensions.getExtension(extensionId);
	assert.ok(extension, `${extensionId} is not installed in this editor`);
	await waitFor(() => extension.isActive, `${extensionId} to activate`);
	return extension;
}

/** Polls `probe` until it returns something other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined && value !== false) {
			return value;
		}
		if (Date.now() > deadline) {
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		}
		await new Promise((resolve) => setTimeout(resolve, pollMs));
	}
}

export function workspaceFile(relative: string): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	assert.ok(folder, 'open test/e2e/fixtures/workspace (a copy of it) as the workspace folder');
	return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

export async function openFixture(relative: string): Promise<vscode.TextEditor> {
	const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
	return vscode.window.showTextDocument(document);
}

/** Opens a fixture and waits until the server has published its findings, so completions meet a checked document. */
export async function openCheckedFixture(relative: string): Promise<{ editor: vscode.TextEditor; uri: vscode.Uri }> {
	const editor = await openFixture(relative);
	const uri = workspaceFile(relative);
	await waitForDiagnostics(uri, (all) => all.length > 0, 'the postmortem checked');
	return { editor, uri };
}

/**
 * Puts every edited document back to its text on disk, then closes all editors. A closed editor's
 * document stays in memory with its edits, so closing alone would leak one test's edits into the next.
 */
export async function closeAllWithoutSaving(): Promise<void> {
	for (const document of vscode.workspace.textDocuments) {
		if (document.uri.scheme !== 'file' || !document.isDirty) {
			continue;
		}
		const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
		const edit = new vscode.WorkspaceEdit();
		edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), onDisk);
		const republished = diagnosticsPublished(document.uri);
		assert.ok(await vscode.workspace.applyEdit(edit), `could not restore ${document.uri.fsPath}`);
		assert.ok(await document.save(), `could not save ${document.uri.fsPath}`);
		await republished;
	}
	await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Resolves when diagnostics are next published for `uri`, or after a few seconds (a document the server
 * does not check gets none). Without this wait the next test reopened a restored fixture while the
 * diagnostics of its edited version were still shown, and a test waiting for "both findings present"
 * read them at the old lines: the in-editor suite's one flaky failure.
 */
function diagnosticsPublished(uri: vscode.Uri): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(() => {
			listener.dispose();
			resolve();
		}, 5000);
		const listener = vscode.languages.onDidChangeDiagnostics((event) => {
			if (event.uris.some((changed) => changed.toString() === uri.toString())) {
				clearTimeout(timer);
				listener.dispose();
				resolve();
			}
		});
	});
}

export function ruleId(diagnostic: vscode.Diagnostic): string {
	const code = diagnostic.code;
	return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

export function postmortemDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
	return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'postmortem');
}

/**
 * The document's postmortem diagnostics once `accept` is true of them. Waits on onDidChangeDiagnostics
 * (checking the current state first), with a deadline.
 */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
	return new Promise((resolve, reject) => {
		const check = (): boolean => {
			const diagnostics = postmortemDiagnostics(uri);
			if (!accept(diagnostics)) {
				return false;
			}
			finish();
			resolve(diagnostics);
			return true;
		};
		const listener = vscode.languages.onDidChangeDiagnostics((event) => {
			if (event.uris.some((changed) => changed.toString() === uri.toString())) {
				check();
			}
		});
		const timer = setTimeout(() => {
			finish();
			const now = postmortemDiagnostics(uri).map((d) => `${ruleId(d)}@${d.range.start.line}`).join(', ');
			reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; diagnostics now: [${now}]`));
		}, timeoutMs);
		const finish = (): void => {
			clearTimeout(timer);
			listener.dispose();
		};
		check();
	});
}

export function withRule(diagnostics: vscode.Diagnostic[], id: string): vscode.Diagnostic[] {
	return diagnostics.filter((diagnostic) => ruleId(diagnostic) === id);
}

/** The range of the first occurrence of `needle` in the document (after `after`, if given). */
export function rangeOf(document: vscode.TextDocument, needle: string, after?: string): vscode.Range {
	const text = document.getText();
	const from = after === undefined ? 0 : text.indexOf(after);
	assert.ok(from >= 0, `fixture text not found: ${after}`);
	const start = text.indexOf(needle, from);
	assert.ok(start >= 0, `fixture text not found: ${needle}`);
	return new vscode.Range(document.positionAt(start), document.positionAt(start + needle.length));
}

/** The end of the line that contains `needle`. */
export function endOfLineWith(document: vscode.TextDocument, needle: string): vscode.Position {
	return document.lineAt(rangeOf(document, needle).start.line).range.end;
}

export async function insertAt(editor: vscode.TextEditor, position: vscode.Position, text: string): Promise<void> {
	const applied = await editor.edit((builder) => builder.insert(position, text));
	assert.ok(applied, 'the edit was not applied');
}

export async function replaceRange(editor: vscode.TextEditor, range: vscode.Range, text: string): Promise<void> {
	const applied = await editor.edit((builder) => builder.replace(range, text));
	assert.ok(applied, 'the edit was not applied');
}

export function label(item: vscode.CompletionItem): string {
	return typeof item.label === 'string' ? item.label : item.label.label;
}
