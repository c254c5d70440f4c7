/**
 * What `postmortem lint` loads decides most of its start-up time: the CLI bundle must not pull in the
 * language server's libraries (vscode-languageserver and its JSON-RPC layer took ~20 ms of every run
 * when one file imported a constant from them).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const repoRoot = join(__dirname, '..', '..', '..');

suite('CLI bundle', () => {
	test('does not include the language server libraries', async function () {
		this.timeout(20000);
		const result = await esbuild.build({
			absWorkingDir: repoRoot,
			entryPoints: ['server/src/cli.ts'],
			bundle: true,
			platform: 'node',
			format: 'cjs',
			write: false,
			metafile: true,
			outfile: 'out/cli-bundle-check.js',
			logLevel: 'silent',
		});
		const inputs = Object.keys(result.metafile.inputs);
		assert.ok(inputs.some((path) => path.includes('server/src/lint.ts')), 'the metafile lists the CLI sources');
		const serverLibraries = inputs.filter((path) => /node_modules\/vscode-(?:languageserver|jsonrpc)\//.test(path) && !path.includes('vscode-languageserver-textdocument'));
		assert.deepEqual(serverLibraries, []);
	});
});
