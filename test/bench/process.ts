/** Whole-process and packaging figures: CLI run time, extension activation, .vsix size (server memory: memory.ts). */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { median } from './timing';

const repoRoot = join(__dirname, '..', '..');

export function cliProcessMs(file: string, runs = 10): number {
	const samples: number[] = [];
	for (let index = 0; index < runs; index++) {
		const started = performance.now();
		spawnSync(process.execPath, [join(repoRoot, 'server', 'bin', 'postmortem.js'), 'lint', file], { stdio: 'ignore' });
		samples.push(performance.now() - started);
	}
	return median(samples);
}

export interface ActivationFigures {
	/** require('dist/extension.js'). */
	readonly load: number;
	/** From the start of loading until the client forks the server (load + activate up to the fork). */
	readonly untilFork: number;
	/** The main thread's CPU time over the same span (Linux; NaN elsewhere): what load on a shared machine does not inflate. */
	readonly cpuUntilFork: number;
}

/**
 * Activation as a user waits for it, median of `runs` fresh processes: test/bench/activation-probe.ts, bundled
 * into .bench/ and run with plain `node` (see that file for what is measured and why not under tsx).
 */
export function extensionActivationMs(runs = 15): ActivationFigures {
	const probe = join(repoRoot, '.bench', 'activation-probe.js');
	esbuild.buildSync({ entryPoints: [join(__dirname, 'activation-probe.ts')], outfile: probe, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
	const loads: number[] = [];
	const forks: number[] = [];
	const cpu: number[] = [];
	for (let index = 0; index < runs; index++) {
		const result = spawnSync(process.execPath, [probe, join(repoRoot, 'dist', 'extension.js')], { encoding: 'utf8' });
		const figures = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as { load?: number; untilFork?: number | null; cpuUntilFork?: number | null };
		if (typeof figures.load !== 'number' || typeof figures.untilFork !== 'number') {
			throw new Error(`activation probe failed: ${result.stderr || result.stdout}`);
		}
		loads.push(figures.load);
		forks.push(figures.untilFork);
		cpu.push(figures.cpuUntilFork ?? Number.NaN);
	}
	return { load: median(loads), untilFork: median(forks), cpuUntilFork: median(cpu) };
}

export function vsixSizeKb(): number | undefined {
	const vsix = readdirSync(repoRoot).find((name) => name.endsWith('.vsix'));
	return vsix === undefined || !existsSync(join(repoRoot, vsix)) ? undefined : statSync(join(repoRoot, vsix)).size / 1024;
}
