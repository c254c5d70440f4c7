/** markdownlint and alex on the same document, for the figures users compare us with. ESM-only, so imported. */
import { performance } from 'node:perf_hooks';
import { median } from './timing';

async function timeAsync(run: () => Promise<unknown> | unknown, rounds: number): Promise<number> {
	for (let index = 0; index < 3; index++) {
		await run();
	}
	const samples: number[] = [];
	for (let index = 0; index < rounds; index++) {
		const started = performance.now();
		await run();
		samples.push(performance.now() - started);
	}
	return median(samples);
}

export async function otherLinters(text: string): Promise<{ markdownlint: number; alex: number }> {
	const markdownlint = (await import('markdownlint/sync')) as { lint: (options: { strings: Record<string, string> }) => unknown };
	const alex = (await import('alex')) as { markdown: (text: string) => unknown };
	return {
		markdownlint: await timeAsync(() => markdownlint.lint({ strings: { doc: text } }), 30),
		alex: await timeAsync(() => alex.markdown(text), 15),
	};
}
