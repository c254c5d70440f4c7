/** The in-editor suite compiled for the extension host, and the throwaway workspace it runs in. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { corpusDir, fixtureWorkspace, repoRoot, suiteOut } from './paths';

/** The suite compiled file by file (not bundled): each test file is its own module for mocha. */
export async function buildSuite(): Promise<string> {
	const sources = fs.readdirSync(path.join(repoRoot, 'test', 'e2e', 'suite')).filter((file) => file.endsWith('.ts'));
	fs.rmSync(suiteOut, { recursive: true, force: true });
	await esbuild.build({
		entryPoints: sources.map((file) => path.join(repoRoot, 'test', 'e2e', 'suite', file)),
		outdir: suiteOut,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		sourcemap: 'inline',
		logLevel: 'warning',
	});
	return path.join(suiteOut, 'index.js');
}

/** A fresh copy of the fixture workspace (tests edit files and settings), plus a corpus postmortem if present. */
export function workspaceCopy(scratch: string, name: string, withCorpus: boolean): string {
	const folder = path.join(scratch, name);
	fs.cpSync(fixtureWorkspace, folder, { recursive: true });
	const corpusFile = path.join(corpusDir, 'postmortems', 'dfds--2020-01-adsync-migration.md');
	if (withCorpus && fs.existsSync(corpusFile)) {
		fs.mkdirSync(path.join(folder, 'corpus'), { recursive: true });
		// Written, not copied: the corpus files are read-only.
		fs.writeFileSync(path.join(folder, 'corpus', 'adsync-migration-postmortem.md'), fs.readFileSync(corpusFile));
	}
	return folder;
}
