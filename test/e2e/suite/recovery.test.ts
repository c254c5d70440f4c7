import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { activeExtension, closeAllWithoutSaving, endOfLineWith, insertAt, openFixture, rangeOf, waitFor, waitForDiagnostics, withRule, workspaceFile } from './helpers';

const searchLag = 'postmortems/2026-11-10-search-index-lag.md';

/**
 * PIDs of this extension host's children running the extension's bundled server. The client forks
 * `dist/server.js`, so the child's command line names it; its parent is this process.
 */
function serverPids(extensionPath: string): number[] {
	const server = path.join(extensionPath, 'dist', 'server.js');
	const pids: number[] = [];
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) {
			continue;
		}
		try {
			const commandLine = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
			const parent = Number(fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
			if (commandLine.includes(server) && parent === process.pid) {
				pids.push(Number(entry));
			}
		} catch {
			// The process ended while we looked.
		}
	}
	return pids;
}

suite('Recovery', () => {
	teardown(closeAllWithoutSaving);

	test('a killed language server is started again and keeps checking', async function () {
		if (process.platform !== 'linux') {
			console.log('skipped: finds the server process through /proc');
			this.skip();
		}
		const editor = await openFixture(searchLag);
		const extension = await activeExtension();
		const uri = workspaceFile(searchLag);
		await waitForDiagnostics(uri, (all) => all.length > 0, 'the first diagnostics');
		const [first] = await waitFor(() => {
			const pids = serverPids(extension.extensionPath);
			return pids.length === 1 && pids;
		}, 'one running server process');

		process.kill(first, 'SIGKILL');
		const [second] = await waitFor(() => {
			const pids = serverPids(extension.extensionPath);
			return pids.length === 1 && pids[0] !== first && pids;
		}, 'a new server process', 30_000);
		assert.notEqual(second, first);

		// The new server has the document (the client re-opens it) and follows edits made after the crash.
		await insertAt(editor, endOfLineWith(editor.document, '12:40 **Resolved**'), '\n- 08:15 Status page updated.');
		const after = await waitForDiagnostics(uri, (all) => withRule(all, 'timeline/out-of-order').some((d) => d.range.start.line === rangeOf(editor.document, '08:15').start.line), 'a warning on the line typed after the restart', 30_000);
		assert.ok(after.length > 0);
	});
});
