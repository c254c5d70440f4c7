/**
 * Activating the built extension (dist/extension.js, against a stub `vscode`) reaches the point where the
 * client forks the server, and forks it with the V8 flags that keep the server's memory small.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { serverExecArgv } from '../../server/src/node-flags';

const repoRoot = join(__dirname, '..', '..');

suite('extension activation', () => {
	test('forks the server with the server V8 flags', function () {
		this.timeout(30_000);
		const probe = join(repoRoot, 'out', 'activation-probe.js');
		esbuild.buildSync({ entryPoints: [join(repoRoot, 'test', 'bench', 'activation-probe.ts')], outfile: probe, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
		const result = spawnSync(process.execPath, [probe, join(repoRoot, 'dist', 'extension.js')], { encoding: 'utf8' });
		assert.equal(result.status, 0, result.stderr);
		const figures = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as { untilFork: number | null; execArgv: string[] };
		assert.equal(typeof figures.untilFork, 'number', `activation never forked the server: ${result.stdout}${result.stderr}`);
		assert.deepEqual(figures.execArgv, [...serverExecArgv]);
	});
});
