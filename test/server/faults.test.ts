/** Faults: hostile or broken requests become error responses, the server outlives them, and it exits with its parent. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { TestLspClient } from './lsp-client';

const uri = 'file:///tmp/faults/postmortems/x.md';
const text = '# Outage\n\n## Timeline\n- 14:02 Deploy started\n';

async function exited(process: TestLspClient['process'], timeoutMs: number): Promise<boolean> {
	if (process.exitCode !== null || process.signalCode !== null) {
		return true;
	}
	return new Promise((resolve) => {
		const timer = setTimeout(() => resolve(false), timeoutMs);
		process.once('exit', () => {
			clearTimeout(timer);
			resolve(true);
		});
	});
}

suite('server faults', function () {
	this.timeout(30_000);
	let client: TestLspClient;

	setup(async () => {
		client = new TestLspClient();
		await client.initialize();
		await client.open(uri, text);
		await client.waitForDiagnostics(uri);
	});

	teardown(async () => {
		await client.shutdown();
	});

	test('malformed requests get error responses or empty answers, and the server keeps serving', async () => {
		const hostile: readonly [string, unknown][] = [
			['textDocument/codeAction', {}],
			['textDocument/codeAction', { textDocument: { uri }, range: null, context: null }],
			['textDocument/completion', { textDocument: { uri }, position: { line: -5, character: 1e9 } }],
			['textDocument/completion', { textDocument: { uri: 'file:///never/opened.md' }, position: { line: 0, character: 0 } }],
			['textDocument/hover', { textDocument: { uri }, position: { line: 'x', character: null } }],
			['textDocument/hover', null],
			['textDocument/codeLens', { textDocument: { uri: 42 } }],
			['postmortem/no-such-method', {}],
		];
		for (const [method, params] of hostile) {
			await client.request(method, params).then(
				() => undefined,
				(error: { code?: number }) => assert.equal(typeof error.code, 'number', `${method} rejected with a JSON-RPC error`),
			);
		}
		await client.change(uri, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '- 14:05 Paged\n' }]);
		const published = await client.waitForDiagnostics(uri, (p) => p.version === 2);
		assert.ok(Array.isArray(published.diagnostics));
		assert.equal(client.process.exitCode, null, 'the server is still running');
	});

	test('notifications for documents that were never opened, or already closed, are ignored', async () => {
		await client.change('file:///never/opened.md', 3, [{ text: 'x' }]);
		await client.close('file:///never/opened.md');
		await client.close(uri);
		await client.change(uri, 9, [{ text: '# reopened?' }]);
		await client.open(uri, text, 10);
		const published = await client.waitForDiagnostics(uri, (p) => p.version === 10);
		assert.ok(published.diagnostics.length > 0);
	});

	test('settings of every wrong type, sent as a push, do not crash the server', async () => {
		for (const settings of [null, 42, 'x', [], { postmortem: null }, { postmortem: { rules: 'off', maxProblems: Number.NaN, files: { include: 'x' } } }]) {
			await client.connection.sendNotification('workspace/didChangeConfiguration', { settings });
		}
		client.settings = { rules: { 'structure/missing-impact': 'loud' }, debounceMs: -1 };
		await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
		await client.change(uri, 2, [{ text: `${text}\n` }]);
		const published = await client.waitForDiagnostics(uri, (p) => p.version === 2);
		assert.ok(published.diagnostics.some((d) => d.code === 'structure/missing-impact'));
	});
});

suite('server lifetime', function () {
	this.timeout(30_000);

	test('the server exits when the editor process that started it dies', async () => {
		const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
		const client = new TestLspClient();
		await client.connection.sendRequest('initialize', { processId: parent.pid, rootUri: null, capabilities: {} });
		await client.connection.sendNotification('initialized', {});
		parent.kill('SIGKILL');
		const gone = await exited(client.process, 15_000);
		client.connection.dispose();
		client.process.kill();
		assert.ok(gone, 'the server should notice its parent died and exit');
	});
});
