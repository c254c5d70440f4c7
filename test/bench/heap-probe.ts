/**
 * Preloaded into the server by the bench only (`node --expose-gc --require .bench/heap-probe.js`): on SIGUSR2
 * it collects garbage twice and writes one `HEAP {json}` line to stderr with the heap in use and the part of it
 * that is compiled code, which grows while V8 optimises hot functions and is not kept by any document.
 */
import { getHeapSpaceStatistics } from 'node:v8';

const megabytes = (bytes: number): number => bytes / 1024 / 1024;

process.on('SIGUSR2', () => {
	const gc = (globalThis as { gc?: () => void }).gc;
	gc?.();
	gc?.();
	const spaces = getHeapSpaceStatistics();
	const used = (name: string): number => megabytes(spaces.find((space) => space.space_name === name)?.space_used_size ?? 0);
	const heap = { heapUsed: megabytes(process.memoryUsage().heapUsed), code: used('code_space') + used('code_large_object_space'), largeObjects: used('large_object_space') };
	process.stderr.write(`HEAP ${JSON.stringify(heap)}\n`);
});
