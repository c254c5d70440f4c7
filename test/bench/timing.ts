/** Small timing helpers: warm up, then the median of many runs (ms). */
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

export function percentile(values: readonly number[], fraction: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

/** Median milliseconds of `run`, after warm-up runs, repeated until `budgetMs` or `maxRuns` is reached. */
export function timeMedian(run: () => void, options: { warmup?: number; minRuns?: number; maxRuns?: number; budgetMs?: number } = {}): number {
	const { warmup = 20, minRuns = 15, maxRuns = 400, budgetMs = 1500 } = options;
	for (let index = 0; index < warmup; index++) {
		run();
	}
	const samples: number[] = [];
	const started = performance.now();
	while (samples.length < minRuns || (samples.length < maxRuns && performance.now() - started < budgetMs)) {
		const before = performance.now();
		run();
		samples.push(performance.now() - before);
	}
	return median(samples);
}

export function ms(value: number): string {
	return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

/**
 * Medians of several functions measured in turn, round after round, so that load from other processes
 * falls on all of them alike and their ratios stay meaningful on a busy machine.
 */
export function timeInterleaved(runs: readonly (() => void)[], options: { warmup?: number; rounds?: number; budgetMs?: number } = {}): number[] {
	const { warmup = 10, rounds = 300, budgetMs = 4000 } = options;
	for (let index = 0; index < warmup; index++) {
		runs.forEach((run) => run());
	}
	const samples: number[][] = runs.map(() => []);
	const started = performance.now();
	for (let round = 0; round < rounds && (round < 9 || performance.now() - started < budgetMs); round++) {
		runs.forEach((run, index) => {
			const before = performance.now();
			run();
			samples[index].push(performance.now() - before);
		});
	}
	return samples.map(median);
}
