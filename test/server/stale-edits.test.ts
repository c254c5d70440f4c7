/**
 * An edit computed for an old version is never applied, over stdio against the built server:
 * - every code action's edit is a TextDocumentEdit naming the version it was computed for, so after the
 *   document moves on, a client that checks versions rejects it (and blindly applied it would damage the
 *   text), while the actions asked for again apply cleanly;
 * - a request whose document changes while the server works on it (held here by delaying the client's
 *   answer to workspace/configuration) is not answered against the new text with the old positions: code
 *   actions, completions and the timeline-entry request come back empty or refused;
 * - the timeline-entry request names the version its range is for;
 * - the server applies no edit itself: no commands, no workspace/applyEdit.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { CodeAction, CompletionItem, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { serverPath, TestLspClient, type PublishedDiagnostics } from './lsp-client';

const uri = 'file:///tmp/work/postmortems/2026-11-18-stale.md';
const text = [
	'---',
	'people:',
	'  Dave: the on-call engineer',
	'---',
	'# Checkout outage',
	'',
	'## Impact',
	'Checkout was down for all of the users in the EU, and it was down for 20 minutes. It was not clear to us that the cause was in the deploy.',
	'',
	'## Timeline',
	'- 14:02 Deploy started',
	'- 14:10 Alert fired',
	'',
	'## Contributing factors',
	'Dave simply forgot to run the migration.',
	'',
	'Dave simply restarted the wrong node.',
	'',
	'## Action items',
	'- [ ] Add a migration check. Owner: @payments. Due: 2026-12-15. PAY-1.',
	'',
].join('\n');
/**
 * v2 inserts two lines above the body: every later offset moves, so a v1 edit lands on other text, and the
 * v1 range of the second "simply" (line 16) is the first one's in v2.
 */
const insertion = { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'Draft, please review.\n\n' };

type Diagnostic = PublishedDiagnostics['diagnostics'][number];

function versionedEdit(action: CodeAction): TextDocumentEdit {
	assert.equal(action.command, undefined, `"${action.title}" carries a command`);
	assert.equal(action.edit?.changes, undefined, `"${action.title}" has unversioned changes`);
	const changes = action.edit?.documentChanges;
	assert.ok(changes !== undefined && changes.length === 1 && 'edits' in changes[0], `"${action.title}" is one TextDocumentEdit`);
	assert.equal(changes[0].textDocument.uri, uri);
	return changes[0];
}

/** What an editor does with a workspace edit: refuses it unless it names the document's version. */
function strictApply(document: TextDocument, action: CodeAction): string | undefined {
	const change = versionedEdit(action);
	return change.textDocument.version === document.version ? TextDocument.applyEdits(document, change.edits as TextEdit[]) : undefined;
}

suite('stale edits over stdio', function () {
	this.timeout(30_000);
	let client: TestLspClient;
	const applyEdits: unknown[] = [];
	let executeCommandProvider: unknown;

	suiteSetup(function () {
		assert.ok(existsSync(serverPath), `${serverPath} is missing: run "npm run build" first`);
	});

	setup(async () => {
		client = new TestLspClient({
			settings: { debounceMs: 0 },
			capabilities: {
				workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
				textDocument: { completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: { versionSupport: true } },
			},
		});
		client.connection.onRequest('workspace/applyEdit', (params: unknown) => {
			applyEdits.push(params);
			return { applied: false };
		});
		const result = (await client.initialize()) as { capabilities: { executeCommandProvider?: unknown } };
		executeCommandProvider = result.capabilities.executeCommandProvider;
		await client.open(uri, text);
	});

	teardown(async () => {
		await client.shutdown();
	});

	async function diagnosticsAt(version: number): Promise<Diagnostic[]> {
		return [...(await client.waitForDiagnostics(uri, (published) => published.version === version)).diagnostics];
	}

	function find(diagnostics: readonly Diagnostic[], code: string): Diagnostic {
		const found = diagnostics.find((diagnostic) => diagnostic.code === code);
		assert.ok(found !== undefined, `no ${code} in ${JSON.stringify(diagnostics.map((diagnostic) => diagnostic.code))}`);
		return found;
	}

	/** Quick fixes for `code`, the refactorings at the roster name, and fix-all. */
	async function everyAction(diagnostics: readonly Diagnostic[], code: string, nameAt: { line: number; character: number }): Promise<CodeAction[]> {
		const target = find(diagnostics, code);
		const quick = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } });
		const refactor = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: nameAt, end: nameAt }, context: { diagnostics: [], only: ['refactor'] } });
		const origin = { line: 0, character: 0 };
		const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: origin, end: origin }, context: { diagnostics: [], only: ['source.fixAll'] } });
		const kinds = new Set([...quick, ...refactor, ...fixAll].map((action) => action.kind));
		assert.deepEqual([...kinds].sort(), ['quickfix', 'refactor.rewrite', 'source.fixAll.postmortem'], 'every kind of action is offered');
		return [...quick, ...refactor, ...fixAll];
	}

	test('every action names its version; after an edit a version-checking client rejects them, and asked again they apply cleanly', async () => {
		const v1 = TextDocument.create(uri, 'markdown', 1, text);
		const old = await everyAction(await diagnosticsAt(1), 'blame/minimising', { line: 14, character: 1 });
		old.forEach((action) => assert.equal(versionedEdit(action).textDocument.version, 1, `"${action.title}" is for version 1`));

		await client.change(uri, 2, [insertion]);
		const v2 = TextDocument.update(TextDocument.create(uri, 'markdown', 1, text), [insertion], 2);
		const fresh = await everyAction(await diagnosticsAt(2), 'blame/minimising', { line: 16, character: 1 });
		for (const action of old) {
			assert.equal(strictApply(v2, action), undefined, `"${action.title}" for version 1 is refused on version 2`);
			// Why the version matters: applied blindly, the old offsets rewrite other text.
			const blind = TextDocument.applyEdits(v2, versionedEdit(action).edits as TextEdit[]);
			const counterpart = fresh.find((candidate) => candidate.title === action.title);
			assert.ok(counterpart !== undefined, `"${action.title}" is offered again on version 2`);
			assert.notEqual(blind, strictApply(v2, counterpart), `"${action.title}" applied blindly to version 2 would differ from its version-2 edit`);
			assert.equal(strictApply(v1, action), TextDocument.applyEdits(v1, versionedEdit(action).edits as TextEdit[]), 'it applies to the version it names');
		}
		const simply = fresh.find((action) => action.title === 'Remove “simply”');
		assert.ok(simply !== undefined, JSON.stringify(fresh.map((action) => action.title)));
		assert.equal(strictApply(v2, simply), v2.getText().replace('Dave simply forgot', 'Dave forgot'));
		assert.equal(executeCommandProvider, undefined, 'the server registers no commands that could apply edits later');
		assert.deepEqual(applyEdits, [], 'the server never sends workspace/applyEdit');
	});

	test('requests whose document changes while the server works come back empty, not answered for the new text', async () => {
		const diagnostics = await diagnosticsAt(1);
		const target = diagnostics.find((diagnostic) => diagnostic.code === 'blame/minimising' && diagnostic.range.start.line === 16);
		assert.ok(target !== undefined, 'the second "simply" is found');
		// Hold the server's next settings lookup so the edit below lands while it waits.
		let release = (): void => undefined;
		const held = new Promise<void>((resolve) => {
			release = resolve;
		});
		client.connection.onRequest('workspace/configuration', async (params: { items: unknown[] }) => {
			await held;
			return params.items.map(() => client.settings);
		});
		await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
		const actions = client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } });
		const entry = client.request<{ error?: string; version?: number }>('postmortem/timelineEntryNow', { uri, position: { line: 7, character: 3 } });
		// Line 13 is a heading in v1 and the entry "- 14:10" in v2.
		const completions = client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', { textDocument: { uri }, position: { line: 13, character: 2 } });
		await client.change(uri, 2, [insertion]);
		// Requests are handled in order: once this unknown one is answered, the change has been taken in.
		await client.request('postmortem/noSuchMethod', {}).catch(() => undefined);
		release();
		assert.deepEqual(await actions, [], 'no actions computed on version 2 for a version-1 range');
		assert.ok((await entry).error !== undefined, `the entry request is refused: ${JSON.stringify(await entry)}`);
		const items = await completions;
		assert.deepEqual(Array.isArray(items) ? items : items.items, [], 'no completions computed on version 2 at a version-1 position');
		const settled = await diagnosticsAt(2);
		assert.ok(settled.some((diagnostic) => diagnostic.code === 'blame/minimising'), 'the server carries on with version 2');
		assert.deepEqual(applyEdits, []);
	});

	test('the timeline entry names the version its range is for', async () => {
		await diagnosticsAt(1);
		const entry = await client.request<{ range?: unknown; version?: number; error?: string }>('postmortem/timelineEntryNow', { uri, position: { line: 7, character: 3 } });
		assert.equal(entry.error, undefined, JSON.stringify(entry));
		assert.equal(entry.version, 1);
		await client.change(uri, 2, [insertion]);
		await diagnosticsAt(2);
		const again = await client.request<{ version?: number }>('postmortem/timelineEntryNow', { uri, position: { line: 9, character: 3 } });
		assert.equal(again.version, 2);
	});
});
