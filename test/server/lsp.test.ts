/** Drives the built server over stdio like an editor: open, edit incrementally, diagnostics, close. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { serverPath, TestLspClient } from './lsp-client';

const postmortemUri = 'file:///tmp/work/postmortems/2026-11-18-checkout.md';
const readmeUri = 'file:///tmp/work/README.md';

const withoutImpact = ['# Checkout outage', '', '## Summary', 'Checkout failed for 12% of users.', '', '## Timeline', '- 14:02 Deploy started', '', '## Action items', '- [ ] Add a canary stage. Owner: @platform. Due: 2026-12-15. PAY-1.', ''].join('\n');

function codes(published: { diagnostics: readonly { code?: string | number }[] }): (string | number | undefined)[] {
	return published.diagnostics.map((diagnostic) => diagnostic.code);
}

suite('language server over stdio', function () {
	let client: TestLspClient;

	suiteSetup(function () {
		assert.ok(existsSync(serverPath), `${serverPath} is missing: run "npm run build" first`);
	});

	setup(async () => {
		client = new TestLspClient({ settings: { debounceMs: 0 } });
		await client.initialize();
	});

	teardown(async () => {
		await client.shutdown();
	});

	test('announces incremental sync and its features', async () => {
		const other = new TestLspClient();
		const result = (await other.initialize()) as { capabilities: { textDocumentSync: { change: number; openClose: boolean } } };
		await other.shutdown();
		assert.equal(result.capabilities.textDocumentSync.change, 2);
		assert.equal(result.capabilities.textDocumentSync.openClose, true);
	});

	test('publishes versioned diagnostics with rule id, docs link and source on open', async () => {
		await client.open(postmortemUri, withoutImpact);
		const published = await client.waitForDiagnostics(postmortemUri, (p) => p.version === 1);
		assert.ok(codes(published).includes('structure/missing-impact'));
		const diagnostic = published.diagnostics.find((d) => d.code === 'structure/missing-impact') as unknown as {
			source: string;
			codeDescription: { href: string };
			range: { start: { line: number; character: number } };
		};
		assert.equal(diagnostic.source, 'postmortem');
		assert.match(diagnostic.codeDescription.href, /docs\/rules\/structure\/missing-impact\.md$/);
		assert.deepEqual(diagnostic.range.start, { line: 0, character: 2 });
	});

	test('an incremental edit that adds the section clears the finding, for that version', async () => {
		await client.open(postmortemUri, withoutImpact);
		await client.waitForDiagnostics(postmortemUri, (p) => p.version === 1);
		const insertAt = { line: 4, character: 0 };
		await client.change(postmortemUri, 2, [{ range: { start: insertAt, end: insertAt }, text: '## Impact\n3,100 failed orders.\n\n' }]);
		const published = await client.waitForDiagnostics(postmortemUri, (p) => p.version === 2);
		assert.ok(!codes(published).includes('structure/missing-impact'), JSON.stringify(published));
	});

	test('a burst of edits ends with diagnostics for the last version only', async () => {
		await client.open(postmortemUri, withoutImpact);
		for (let version = 2; version <= 20; version++) {
			await client.change(postmortemUri, version, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'x' }]);
		}
		const published = await client.waitForDiagnostics(postmortemUri, (p) => p.version === 20);
		assert.ok(codes(published).includes('structure/missing-impact'));
		const versions = client.published.filter((p) => p.uri === postmortemUri).map((p) => p.version ?? 0);
		assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'published versions never go backwards');
	});

	test('closing a document clears its diagnostics', async () => {
		await client.open(postmortemUri, withoutImpact);
		await client.waitForDiagnostics(postmortemUri, (p) => p.diagnostics.length > 0);
		await client.close(postmortemUri);
		const published = await client.waitForDiagnostics(postmortemUri, (p) => p.diagnostics.length === 0);
		assert.equal(published.diagnostics.length, 0);
	});

	test('a README gets no diagnostics', async () => {
		await client.open(readmeUri, '# My project\n\nSome notes. @dave should have known.\n');
		const published = await client.waitForDiagnostics(readmeUri);
		assert.deepEqual(published.diagnostics, []);
	});

	test('a rule turned off in settings disappears after a configuration change', async () => {
		await client.open(postmortemUri, withoutImpact);
		await client.waitForDiagnostics(postmortemUri, (p) => codes(p).includes('structure/missing-impact'));
		client.settings = { debounceMs: 0, rules: { 'structure/missing-impact': 'off' } };
		await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
		const published = await client.waitForDiagnostics(postmortemUri, (p) => !codes(p).includes('structure/missing-impact'));
		assert.ok(!codes(published).includes('structure/missing-impact'));
	});

	test('broken settings of every wrong type still lint, with defaults', async () => {
		client.settings = { debounceMs: 'soon', rules: [1, 2], maxProblems: -3, files: 7, enable: 'yes' };
		await client.open(postmortemUri, withoutImpact);
		const published = await client.waitForDiagnostics(postmortemUri, (p) => p.version === 1);
		assert.ok(codes(published).includes('structure/missing-impact'));
	});

	test('the "check this file" notification lints a file nothing marks as a postmortem', async () => {
		const notesUri = 'file:///tmp/work/notes.md';
		await client.open(notesUri, '# Notes\n\nJust notes.\n');
		await client.waitForDiagnostics(notesUri, (p) => p.diagnostics.length === 0);
		await client.connection.sendNotification('postmortem/setForced', { uri: notesUri, forced: true });
		const published = await client.waitForDiagnostics(notesUri, (p) => p.diagnostics.length > 0);
		assert.ok(codes(published).includes('structure/missing-timeline'));
	});
});
