/**
 * The same in-editor suite in VS Code desktop, through @vscode/test-electron, for machines that can
 * download VS Code (or have one: set VSCODE_EXECUTABLE). Not run in CI here: the download host is not
 * reachable, so `npm run test:e2e` runs the suite in code-server instead (test/e2e/run.ts).
 *
 *   npx tsx test/e2e/runTest.ts
 *
 * Here the extension is the development folder (after `node build.mjs`), not the packaged .vsix.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from './lib/paths';
import { buildSuite, workspaceCopy } from './lib/suite-build';

async function main(): Promise<void> {
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'postmortem-electron-'));
	try {
		const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { engines: { vscode: string } };
		await runTests({
			// The oldest VS Code the manifest accepts: what users on old versions run.
			version: process.env.VSCODE_VERSION ?? manifest.engines.vscode.replace(/^\^/, ''),
			...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
			extensionDevelopmentPath: repoRoot,
			extensionTestsPath: await buildSuite(),
			launchArgs: [workspaceCopy(scratch, 'workspace', true), '--disable-extensions', '--skip-welcome', '--disable-workspace-trust'],
		});
	} finally {
		fs.rmSync(scratch, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	console.error('VS Code desktop tests failed:', error instanceof Error ? error.message : error);
	process.exit(1);
});
