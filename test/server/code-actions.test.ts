/** Code actions through the built server, as an editor asks for them and applies them. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { serverPath, TestLspClient } from './lsp-client';

const uri = 'file:///tmp/work/postmortems/2026-11-18-checkout.md';
const text = [
	'---',
	'people:',
	'  Dave: the on-call engineer',
	'---',
	'# Checkout outage',
	'',
	'## Summary',
	'Dave rolled back at 16:35. Thanks to Dave\'s quick work.',
	'',
	'## Timeline',
	'- 14:02 Deploy started',
	'',
].join('\n');

function capabilities(snippetEditSupport: boolean): Record<string, unknown> {
	return {
		workspace: { configuration: true, workspaceEdit: { documentChanges: true, snippetEditSupport } },
		textDocument: { publishDiagnostics: { versionSupport: true } },
	};
}

function editsOf(action: CodeAction): (TextEdit & { snippet?: { value: string } })[] {
	const change = action.edit?.documentChanges?.[0];
	assert.ok(change !== undefined && 'edits' in change, 'versioned document changes');
	assert.equal(change.textDocument.uri, uri);
	return change.edits as (TextEdit & { snippet?: { value: string } })[];
}

suite('code actions over stdio', function () {
	this.timeout(30_000);
	let client: TestLspClient;

	suiteSetup(function () {
		assert.ok(existsSync(serverPath), `${serverPath} is missing: run "npm run build" first`);
	});

	teardown(async () => {
		await client.shutdown();
	});

	async function start(snippets: boolean): Promise<void> {
		client = new TestLspClient({ settings: { debounceMs: 0 }, capabilities: capabilities(snippets) });
		const result = (await client.initialize()) as { capabilities: { codeActionProvider: { codeActionKinds: string[] } } };
		assert.deepEqual(result.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'refactor.rewrite', 'source.fixAll.postmortem']);
		await client.open(uri, text);
		await client.waitForDiagnostics(uri, (p) => p.version === 1);
	}

	test('the disable fix, applied and sent back, silences that finding only (plain-text client)', async () => {
		await start(false);
		const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
		const impact = published.diagnostics.find((d) => d.code === 'structure/missing-impact');
		assert.ok(impact !== undefined, JSON.stringify(published));
		const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
			textDocument: { uri },
			range: impact.range,
			context: { diagnostics: [impact], only: ['quickfix'] },
		});
		const disable = actions.find((action) => action.title === 'Disable structure/missing-impact for this line');
		assert.ok(disable !== undefined, JSON.stringify(actions.map((action) => action.title)));
		const change = disable.edit?.documentChanges?.[0];
		assert.ok(change !== undefined && 'textDocument' in change);
		assert.equal(change.textDocument.version, 1);
		const edits = editsOf(disable);
		assert.ok(edits.every((edit) => typeof edit.newText === 'string' && edit.snippet === undefined));
		const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
		assert.ok(after.includes('<!-- postmortem-disable-next-line structure/missing-impact -- REASON -->\n# Checkout outage'), after);
		await client.change(uri, 2, [{ text: after }]);
		const relinted = await client.waitForDiagnostics(uri, (p) => p.version === 2);
		const codes = relinted.diagnostics.map((d) => d.code);
		assert.ok(!codes.includes('structure/missing-impact'), JSON.stringify(codes));
		assert.deepEqual(codes, published.diagnostics.map((d) => d.code).filter((code) => code !== 'structure/missing-impact'));
	});

	test('snippet clients get the reason as a tab stop', async () => {
		await start(true);
		const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
		const impact = published.diagnostics.find((d) => d.code === 'structure/missing-impact');
		assert.ok(impact !== undefined);
		const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: impact.range, context: { diagnostics: [impact] } });
		const disable = actions.find((action) => action.title.startsWith('Disable structure/missing-impact'));
		assert.ok(disable !== undefined);
		assert.deepEqual(editsOf(disable).map((edit) => edit.snippet?.value), ['<!-- postmortem-disable-next-line structure/missing-impact -- ${1:reason} -->\n']);
	});

	test('the cursor on a roster name offers the document-wide replacement', async () => {
		await start(false);
		const position = { line: 7, character: 1 };
		const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
			textDocument: { uri },
			range: { start: position, end: position },
			context: { diagnostics: [], only: ['refactor'] },
		});
		assert.deepEqual(actions.map((action) => [action.title, action.kind]), [["Replace 'Dave' with 'the on-call engineer' everywhere", 'refactor.rewrite']]);
		const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), editsOf(actions[0]));
		assert.ok(after.includes('The on-call engineer rolled back at 16:35. Thanks to the on-call engineer\'s quick work.'), after);
		assert.ok(after.includes('  Dave: the on-call engineer'), 'the roster itself is left alone');
	});

	test('fix-all is offered only when asked for', async () => {
		await start(false);
		const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
		const unasked = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
		assert.ok(unasked.every((action) => action.kind !== 'source.fixAll.postmortem'));
		const asked = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } });
		assert.ok(asked.every((action) => action.kind === 'source.fixAll.postmortem'));
	});
});
