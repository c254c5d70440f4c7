/**
 * A minimal LSP client for tests: spawns the BUILT server (`dist/server.js --stdio`) and talks JSON-RPC to
 * it as an editor would. Diagnostics are collected per URI so tests can wait for a given version.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface PublishedDiagnostics {
	readonly uri: string;
	readonly version?: number;
	readonly diagnostics: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string | number; message: string; severity?: number }[];
}

export interface TestClientOptions {
	/** The `postmortem` settings section returned for every `workspace/configuration` request. */
	readonly settings?: Record<string, unknown>;
	readonly rootPath?: string;
	readonly capabilities?: Record<string, unknown>;
}

export const serverPath = join(__dirname, '..', '..', 'dist', 'server.js');

export class TestLspClient {
	readonly process: ChildProcessWithoutNullStreams;
	readonly connection: MessageConnection;
	readonly published: PublishedDiagnostics[] = [];
	readonly notifications: { method: string; params: unknown }[] = [];
	settings: Record<string, unknown>;
	private waiters: (() => void)[] = [];
	stderr = '';

	constructor(private readonly options: TestClientOptions = {}) {
		this.settings = options.settings ?? { debounceMs: 0 };
		this.process = spawn(process.execPath, [serverPath, '--stdio'], { stdio: 'pipe' });
		this.process.stderr.on('data', (chunk: Buffer) => {
			this.stderr += chunk.toString();
		});
		this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
		this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
			this.published.push(params);
			this.wake();
		});
		this.connection.onNotification((method: string, params: unknown) => {
			this.notifications.push({ method, params });
			this.wake();
		});
		this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
		this.connection.onRequest('client/registerCapability', () => null);
		this.connection.onRequest('window/showMessageRequest', () => null);
		this.connection.onRequest('window/workDoneProgress/create', () => null);
		this.connection.listen();
	}

	async initialize(): Promise<unknown> {
		const rootUri = this.options.rootPath === undefined ? null : `file://${this.options.rootPath}`;
		const result = await this.connection.sendRequest('initialize', {
			processId: process.pid,
			rootUri,
			workspaceFolders: rootUri === null ? null : [{ uri: rootUri, name: 'root' }],
			capabilities: this.options.capabilities ?? {
				workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
				textDocument: { completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: { versionSupport: true } },
			},
		});
		await this.connection.sendNotification('initialized', {});
		return result;
	}

	open(uri: string, text: string, version = 1): Promise<void> {
		return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
	}

	change(uri: string, version: number, contentChanges: unknown[]): Promise<void> {
		return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
	}

	close(uri: string): Promise<void> {
		return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	}

	request<T>(method: string, params: unknown): Promise<T> {
		return this.connection.sendRequest(method, params) as Promise<T>;
	}

	/** The latest diagnostics published for `uri` that satisfy `accept`, waiting up to `timeoutMs`. */
	async waitForDiagnostics(uri: string, accept: (published: PublishedDiagnostics) => boolean = () => true, timeoutMs = 10_000): Promise<PublishedDiagnostics> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const latest = [...this.published].reverse().find((published) => published.uri === uri);
			if (latest !== undefined && accept(latest)) {
				return latest;
			}
			const remaining = deadline - Date.now();
			if (remaining <= 0) {
				throw new Error(`No matching diagnostics for ${uri} within ${timeoutMs} ms; latest: ${JSON.stringify(latest)}\nserver stderr: ${this.stderr}`);
			}
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, remaining);
				this.waiters.push(() => {
					clearTimeout(timer);
					resolve();
				});
			});
		}
	}

	private wake(): void {
		const waiters = this.waiters;
		this.waiters = [];
		waiters.forEach((wake) => wake());
	}

	async shutdown(): Promise<void> {
		try {
			await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
			await this.connection.sendNotification('exit');
		} catch {
			// The server may already be gone; the kill below makes sure.
		}
		this.connection.dispose();
		this.process.kill();
	}
}
