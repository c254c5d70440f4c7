/**
 * Server memory, measured on the built server started as the VS Code client starts it (server-launch.ts):
 * - RSS with 50 postmortems open: right after the 50th is analysed (the peak of opening them in a burst) and
 *   again once V8 has returned memory after the burst (what a process monitor shows while the user reads).
 * - Heap in use after a forced GC, before and after opening and closing 1,000 documents, and after another
 *   1,000: growth in the first round that stops in the second is warm-up (optimised code, caches reaching
 *   their bounds), growth in both is something kept per document.
 */
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { launchServer, rssMb, type LaunchedServer } from './server-launch';

const repoRoot = join(__dirname, '..', '..');

export interface RssFigures {
	readonly peak: number;
	/** After V8's memory reducer has run, or after `maxSeconds` if it has not. */
	readonly settled: number;
	/** Idle seconds until then. */
	readonly settledAfter: number;
}

/**
 * V8's memory reducer returns memory 10-40 s after a burst, depending on the heap: RSS is sampled every
 * second, and the figure taken two seconds after it first drops by 10% from the peak (or at `maxSeconds`).
 */
export async function serverRss(text: string, maxSeconds: number, documents = 50): Promise<RssFigures> {
	const server = await launchServer();
	try {
		for (let index = 0; index < documents; index++) {
			await server.open(`file:///bench/postmortems/rss-${index}.md`, `${text}\n<!-- ${index} -->`);
		}
		const peak = rssMb(server.child.pid);
		let seconds = 0;
		let droppedAt: number | undefined;
		while (seconds < maxSeconds && (droppedAt === undefined || seconds < droppedAt + 2)) {
			await new Promise((resolve) => setTimeout(resolve, 1000));
			seconds++;
			if (droppedAt === undefined && rssMb(server.child.pid) < peak * 0.9) {
				droppedAt = seconds;
			}
		}
		return { peak, settled: rssMb(server.child.pid), settledAfter: seconds };
	} finally {
		server.stop();
	}
}

interface HeapSample {
	readonly heapUsed: number;
	readonly code: number;
	readonly largeObjects: number;
}

export interface HeapFigures {
	readonly baseline: HeapSample;
	readonly withFifty: HeapSample;
	/** After the 50 are closed again: where the 1,000 open/close cycles start. */
	readonly cycleStart: HeapSample;
	readonly afterFirstThousand: HeapSample;
	readonly afterSecondThousand: HeapSample;
}

export async function serverHeap(text: string): Promise<HeapFigures> {
	const probe = join(repoRoot, '.bench', 'heap-probe.js');
	esbuild.buildSync({ entryPoints: [join(__dirname, 'heap-probe.ts')], outfile: probe, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
	const server = await launchServer(['--expose-gc', '--require', probe]);
	try {
		const cycle = async (uri: string, body: string): Promise<void> => {
			await server.open(uri, body);
			await server.close(uri);
		};
		await cycle('file:///warm/postmortems/0.md', text);
		const baseline = await heapSample(server);
		for (let index = 0; index < 50; index++) {
			await server.open(`file:///bench/postmortems/open-${index}.md`, `${text}\n<!-- ${index} -->\n`);
		}
		const withFifty = await heapSample(server);
		for (let index = 0; index < 50; index++) {
			await server.close(`file:///bench/postmortems/open-${index}.md`);
		}
		const cycleStart = await heapSample(server);
		const rounds: HeapSample[] = [];
		for (let round = 0; round < 2; round++) {
			for (let index = 0; index < 1000; index++) {
				const number = round * 1000 + index;
				await cycle(`file:///bench/postmortems/cycle-${number}.md`, `${text}\n<!-- ${number} -->\n`);
			}
			rounds.push(await heapSample(server));
		}
		return { baseline, withFifty, cycleStart, afterFirstThousand: rounds[0], afterSecondThousand: rounds[1] };
	} finally {
		server.stop();
	}
}

async function heapSample(server: LaunchedServer): Promise<HeapSample> {
	const stderr = server.child.stderr;
	if (stderr === null) {
		throw new Error('the server was started without a stderr pipe');
	}
	return new Promise((resolve) => {
		let buffered = '';
		const onData = (chunk: Buffer): void => {
			buffered += chunk.toString();
			const line = /HEAP (\{.*\})\n/.exec(buffered);
			if (line !== null) {
				stderr.off('data', onData);
				resolve(JSON.parse(line[1]) as HeapSample);
			}
		};
		stderr.on('data', onData);
		server.child.kill('SIGUSR2');
	});
}
