/**
 * Keystroke → diagnostics over stdio with the built server: incremental one-character edits, each waiting
 * for the diagnostics of its version. Debounce 0 (what the server costs), the default debounce (what a user
 * feels), and the echo server (the floor). The first edits after opening are reported apart: in them V8 is
 * still compiling the server's hot functions (latencies of 25-80 ms in the first ~25 edits of a 285-line
 * postmortem, then rare), while the lint time the target compares with is measured warm.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { serverExecArgv } from '../../server/src/node-flags';
import { median, percentile } from './timing';

const repoRoot = join(__dirname, '..', '..');

export interface LatencyFigures {
	readonly median: number;
	readonly p95: number;
	readonly max: number;
}

export type ServerKind = 'postmortem' | 'echo';

function serverCommand(kind: ServerKind): string[] {
	// The server runs with the V8 flags the VS Code client gives it, so the figures are what users get.
	return kind === 'postmortem'
		? [...serverExecArgv, join(repoRoot, 'dist', 'server.js'), '--stdio']
		: ['--import', 'tsx', join(repoRoot, 'test', 'bench', 'echo-server.ts'), '--stdio'];
}

export interface LatencyRun {
	/** The first `warmupEdits` edits after opening, while V8 is still compiling the server's hot code. */
	readonly warmup: LatencyFigures;
	/** The `edits` edits after those: the server warm, as the lint time it is compared with. */
	readonly warm: LatencyFigures;
}

export async function measureLatency(kind: ServerKind, text: string, edits: number, debounceMs: number | null, warmupEdits = 0): Promise<LatencyRun> {
	const child = spawn(process.execPath, serverCommand(kind), { cwd: repoRoot, stdio: 'pipe' });
	const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
	const waiting = new Map<number, () => void>();
	connection.onNotification('textDocument/publishDiagnostics', (params: { version?: number }) => {
		waiting.get(params.version ?? -1)?.();
	});
	connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ debounceMs })));
	connection.onRequest('client/registerCapability', () => null);
	connection.listen();
	await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
	await connection.sendNotification('initialized', {});
	const uri = 'file:///bench/postmortems/latency.md';
	const opened = new Promise<void>((resolve) => waiting.set(1, resolve));
	await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
	await opened;
	const lines = text.split('\n');
	const samples: number[] = [];
	for (let edit = 0; edit < warmupEdits + edits; edit++) {
		const version = edit + 2;
		const line = Math.floor((edit * 7919) % lines.length);
		const published = new Promise<void>((resolve) => waiting.set(version, resolve));
		const started = performance.now();
		await connection.sendNotification('textDocument/didChange', {
			textDocument: { uri, version },
			contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }],
		});
		await published;
		samples.push(performance.now() - started);
		waiting.delete(version);
	}
	connection.dispose();
	child.kill();
	return { warmup: figures(samples.slice(0, warmupEdits)), warm: figures(samples.slice(warmupEdits)) };
}

function figures(samples: readonly number[]): LatencyFigures {
	return samples.length === 0 ? { median: Number.NaN, p95: Number.NaN, max: Number.NaN } : { median: median(samples), p95: percentile(samples, 0.95), max: Math.max(...samples) };
}
