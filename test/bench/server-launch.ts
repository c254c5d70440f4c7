/**
 * Starts the built server the way the VS Code client does (client/src/language-client.ts through
 * vscode-languageclient): `fork` of dist/server.js with the node-ipc transport and the client's execArgv,
 * so memory figures describe the process users run. Answers the server's configuration requests with
 * debounce 0, so each didOpen is analysed at once.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { serverExecArgv } from '../../server/src/node-flags';

const repoRoot = join(__dirname, '..', '..');

export interface LaunchedServer {
	readonly child: ChildProcess;
	readonly connection: MessageConnection;
	/** Opens a document and resolves when its diagnostics are published. */
	open(uri: string, text: string): Promise<void>;
	/** Closes a document and resolves when its diagnostics are cleared. */
	close(uri: string): Promise<void>;
	stop(): void;
}

export async function launchServer(extraExecArgv: readonly string[] = []): Promise<LaunchedServer> {
	const child = fork(join(repoRoot, 'dist', 'server.js'), ['--node-ipc', `--clientProcessId=${process.pid}`], {
		execArgv: [...serverExecArgv, ...extraExecArgv],
		silent: true,
		env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
	});
	// Drained so that output from the server can never fill a pipe and stall it.
	child.stdout?.resume();
	child.stderr?.resume();
	const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
	const published = new Map<string, () => void>();
	connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => published.get(params.uri)?.());
	connection.onNotification(() => undefined);
	connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ debounceMs: 0 })));
	connection.onRequest('client/registerCapability', () => null);
	connection.listen();
	await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
	await connection.sendNotification('initialized', {});
	const waitFor = async (uri: string, send: () => Promise<void>): Promise<void> => {
		const done = new Promise<void>((resolve) => published.set(uri, resolve));
		await send();
		await done;
		published.delete(uri);
	};
	return {
		child,
		connection,
		open: (uri, text) => waitFor(uri, () => connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } })),
		close: (uri) => waitFor(uri, () => connection.sendNotification('textDocument/didClose', { textDocument: { uri } })),
		stop: () => {
			connection.dispose();
			child.kill();
		},
	};
}

/** Resident memory of a process in MB (Linux /proc). */
export function rssMb(pid: number | undefined): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}
