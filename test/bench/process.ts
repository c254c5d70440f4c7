/** Whole-process and packaging figures: CLI run time, server RSS with 50 open documents, extension load. */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
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

/** Resident memory of the built server after 50 postmortems are open and analysed. */
export async function serverRssMb(text: string, documents = 50): Promise<number> {
	const child = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
	const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
	const waiting = new Map<string, () => void>();
	connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => waiting.get(params.uri)?.());
	connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ debounceMs: 0 })));
	connection.onRequest('client/registerCapability', () => null);
	connection.listen();
	await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
	await connection.sendNotification('initialized', {});
	for (let index = 0; index < documents; index++) {
		const uri = `file:///bench/postmortems/rss-${index}.md`;
		const done = new Promise<void>((resolve) => waiting.set(uri, resolve));
		await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: `${text}\n<!-- ${index} -->` } });
		await done;
	}
	const status = execFileSync('cat', [`/proc/${child.pid}/status`]).toString();
	const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
	connection.dispose();
	child.kill();
	return rssKb / 1024;
}

/**
 * Time to load dist/extension.js (with a stub `vscode` module): the part of activation the bundle's size
 * decides. Starting the server happens after activate() returns its promise, in the background.
 */
export function extensionLoadMs(): number {
	const bundle = join(repoRoot, 'dist', 'extension.js');
	const moduleWithLoad = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
	const original = moduleWithLoad._load;
	moduleWithLoad._load = (request, parent, isMain) => (request === 'vscode' ? vscodeStub() : original(request, parent, isMain));
	try {
		const started = performance.now();
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		require(bundle);
		return performance.now() - started;
	} finally {
		moduleWithLoad._load = original;
	}
}

function vscodeStub(): unknown {
	const handler: ProxyHandler<object> = {
		get: (_target, property) => (property === 'then' ? undefined : new Proxy(function stub() {}, handler)),
		apply: () => new Proxy(function stub() {}, handler),
		construct: () => new Proxy(function stub() {}, handler),
	};
	return new Proxy(function stub() {}, handler);
}

export function vsixSizeKb(): number | undefined {
	const vsix = readdirSync(repoRoot).find((name) => name.endsWith('.vsix'));
	return vsix === undefined || !existsSync(join(repoRoot, vsix)) ? undefined : statSync(join(repoRoot, vsix)).size / 1024;
}
