/**
 * The engine as it ships. The server and the CLI run esbuild bundles, where modules are one scope; under
 * tsx every module is CommonJS and each imported name is read through a getter, which made a lint of the
 * 285-line corpus postmortem 5–10% slower than the bundle the user runs. The bench times the bundle (built
 * here with the server's own options) and prints the source figure beside it for reference.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type * as Source from './engine-entry';

export type Engine = typeof Source;

const repoRoot = join(__dirname, '..', '..');

interface BuildOptionsModule {
	nodeBundle(options: { root: string; entry: string; out: string; external: string[]; sourcemap: boolean }): esbuild.BuildOptions;
}

export async function shippedEngine(): Promise<Engine> {
	const { nodeBundle } = (await import(pathToFileURL(join(repoRoot, 'build-options.mjs')).href)) as BuildOptionsModule;
	const out = join(repoRoot, '.bench', 'engine.js');
	mkdirSync(join(repoRoot, '.bench'), { recursive: true });
	esbuild.buildSync(nodeBundle({ root: repoRoot, entry: 'test/bench/engine-entry.ts', out, external: [], sourcemap: false }));
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- a file built a moment ago, loaded as the server loads its bundle
	return require(out) as Engine;
}
