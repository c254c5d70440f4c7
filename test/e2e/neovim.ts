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

/** A corpus postmortem with a list timeline ("- 02:03: …"), and the entry a new one is typed after. */
const corpus = { file: 'rust--2019-10-21-docsrs-outage.md', after: 'restarted the web server', expect: '^02:0%d$' };
/** The same for the fixture, when the corpus is absent. */
const fixture = { file: '2026-11-10-search-index-lag.md', after: 'Index lag back under 30 seconds.', expect: '^12:4%d$' };

/** The file to open, under a `postmortems/` folder so the default include globs take it. */
function postmortemFor(scratch: string): { file: string; after: string; expect: string } {
	const folder = path.join(scratch, 'neovim', 'postmortems');
	fs.mkdirSync(folder, { recursive: true });
	const corpusFile = path.join(corpusDir, 'postmortems', corpus.file);
	const useCorpus = fs.existsSync(corpusFile);
	if (!useCorpus) {
		log('neovim: ../shared/corpus not found; using the fixture postmortem');
	}
	const chosen = useCorpus ? corpus : fixture;
	const target = path.join(folder, chosen.file);
	// Written, not copied: the corpus files are read-only, and the test edits its copy.
	fs.writeFileSync(target, fs.readFileSync(useCorpus ? corpusFile : path.join(fixtureWorkspace, 'postmortems', fixture.file)));
	return { ...chosen, file: target };
}

export function runNeovim(scratch: string): NeovimResult {
	const started = Date.now();
	const { file, after, expect } = postmortemFor(scratch);
	const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(repoRoot, 'test', 'neovim', 'lsp-check.lua')}`], {
		cwd: path.dirname(path.dirname(file)),
		encoding: 'utf8',
		timeout: 60_000,
		env: scratchEnv(scratch, {
			PM_FILE: file,
			PM_SERVER: path.join(repoRoot, 'server', 'bin', 'postmortem-language-server.js'),
			PM_COMPLETE_AFTER: after,
			PM_COMPLETE_EXPECT: expect,
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
