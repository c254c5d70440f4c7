/**
 * Each version is linted and published once: TextDocuments reports an opened document both as opened and as
 * changed, and the server used to answer both, publishing every opened document's diagnostics and status twice.
 */
import assert from 'node:assert/strict';
import { TestLspClient } from './lsp-client';

const uri = 'file:///tmp/publish-once/postmortems/checkout.md';
const text = ['# Checkout outage', '', '## Impact', 'Checkout failed for 12% of users.', '', '## Timeline', '- 14:02 Deploy started', ''].join('\n');

function forVersion(items: readonly { uri?: string; version?: number }[], version: number): number {
	return items.filter((item) => item.uri === uri && item.version === version).length;
}

suite('publish once per version', function () {
	this.timeout(30_000);

	for (const debounceMs of [0, null]) {
		test(`an opened document and each edit are published once (debounce ${debounceMs ?? 'automatic'})`, async () => {
			const client = new TestLspClient({ settings: { debounceMs } });
			try {
				await client.initialize();
				await client.open(uri, text);
				await client.waitForDiagnostics(uri, (published) => published.version === 1);
				await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
				await client.waitForDiagnostics(uri, (published) => published.version === 2);
				await client.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'y' }]);
				await client.waitForDiagnostics(uri, (published) => published.version === 3);
				const statuses = client.notifications.filter((note) => note.method === 'postmortem/status').map((note) => note.params as { uri?: string; version?: number });
				assert.deepEqual([1, 2].map((version) => forVersion(client.published, version)), [1, 1], 'publications per version');
				assert.deepEqual([1, 2].map((version) => forVersion(statuses, version)), [1, 1], 'status notifications per version');
			} finally {
				await client.shutdown();
			}
		});
	}
});
