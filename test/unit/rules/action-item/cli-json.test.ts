/** The CLI's JSON output carries action-item findings like any other rule's. */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../../server/src/cli';

suite('action-item findings in `postmortem lint --format json`', () => {
	test('a vague, unowned item in a temp file shows up with its rule ids', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'postmortem-action-item-'));
		try {
			const text = ['# Disk full', '', '## Action items', '', '- Improve monitoring', ''].join('\n');
			await writeFile(join(dir, 'incident-postmortem.md'), text);
			let stdout = '';
			const code = await main(['lint', '--format', 'json', 'incident-postmortem.md'], {
				cwd: dir,
				today: new Date(Date.UTC(2026, 10, 23)),
				stdout: { write: (chunk: string) => (stdout += chunk) },
				stderr: { write: () => undefined },
			});
			const files = JSON.parse(stdout) as { file: string; diagnostics: { ruleId: string; severity: string; message: string }[] }[];
			const ruleIds = files.flatMap((file) => file.diagnostics.map((diagnostic) => diagnostic.ruleId));
			assert.ok(ruleIds.includes('action-item/vague'), ruleIds.join(', '));
			assert.ok(ruleIds.includes('action-item/missing-owner'), ruleIds.join(', '));
			assert.equal(files[0].diagnostics.find((diagnostic) => diagnostic.ruleId === 'action-item/vague')?.severity, 'warning');
			assert.equal(code, 0);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
