/**
 * Neovim's built-in LSP client (headless) against `postmortem-language-server --stdio`: the path every
 * non-VS Code editor takes. Uses a corpus postmortem when ../shared/corpus is there (copied into the
 * run's scratch folder at test time, never into the repository), else the fixture postmortem.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scratchEnv } from './lib/code-server';
import { log, seconds } from './lib/log';
import { corpusDir, fixtureWorkspace, repoRoot } from './lib/paths';

export interface NeovimResult {
	readonly passed: number;
	readonly failed: number;
}

const corpusPostmortem = 'dfds--2020-01-adsync-migration.md';

/** The file to open, under a `postmortems/` folder so the default include globs take it. */
function postmortemFor(scratch: string): string {
	const folder = path.join(scratch, 'neovim', 'postmortems');
	fs.mkdirSync(folder, { recursive: true });
	const corpusFile = path.join(corpusDir, 'postmortems', corpusPostmortem);
	const source = fs.existsSync(corpusFile) ? corpusFile : path.join(fixtureWorkspace, 'postmortems', '2026-11-10-search-index-lag.md');
	if (source !== corpusFile) {
		log(`neovim: ../shared/corpus not found; using the fixture postmortem`);
	}
	const target = path.join(folder, path.basename(source));
	fs.copyFileSync(source, target);
	return target;
}

export function runNeovim(scratch: string): NeovimResult {
	const started = Date.now();
	const file = postmortemFor(scratch);
	const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(repoRoot, 'test', 'neovim', 'lsp-check.lua')}`], {
		cwd: path.dirname(path.dirname(file)),
		encoding: 'utf8',
		timeout: 60_000,
		env: scratchEnv(scratch, {
			PM_FILE: file,
			PM_SERVER: path.join(repoRoot, 'server', 'bin', 'postmortem-language-server.js'),
		}),
	});
	if (result.error !== undefined) {
		log(`neovim could not run (${result.error.message}): install it with apt-get install neovim`);
		return { passed: 0, failed: 1 };
	}
	const output = `${result.stdout}${result.stderr}`;
	console.log(output.trimEnd().replace(/^/gm, '  nvim | '));
	const summary = /neovim: (\d+) passed, (\d+) failed/.exec(output);
	const passed = summary === null ? 0 : Number(summary[1]);
	const failed = summary === null || result.status !== 0 ? Math.max(1, Number(summary?.[2] ?? 1)) : Number(summary[2]);
	log(`Neovim LSP client on ${path.basename(file)}: ${passed} passed, ${failed} failed in ${seconds(started)}`);
	return { passed, failed };
}
