/** Starts the bundled language server and keeps the client-side state it needs (forced files, status). */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { serverExecArgv } from '../../server/src/node-flags';
import { setForcedNotification, statusNotification, type SetForcedParams, type StatusParams } from '../../server/src/protocol';
import type { StatusBar } from './status-bar';

const forcedKey = 'postmortem.forcedFiles';

export class PostmortemClient implements vscode.Disposable {
	private readonly client: LanguageClient;

	constructor(
		private readonly context: vscode.ExtensionContext,
		output: vscode.LogOutputChannel,
		private readonly statusBar: StatusBar,
	) {
		const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
		// The server's V8 flags keep its memory small; see server/src/node-flags.ts for what they do and the figures.
		const serverOptions: ServerOptions = {
			run: { module, transport: TransportKind.ipc, options: { execArgv: [...serverExecArgv] } },
			debug: { module, transport: TransportKind.ipc, options: { execArgv: [...serverExecArgv, '--nolazy', '--inspect=6011'] } },
		};
		const clientOptions: LanguageClientOptions = {
			documentSelector: [
				{ language: 'markdown', scheme: 'file' },
				{ language: 'markdown', scheme: 'untitled' },
			],
			synchronize: {
				fileEvents: vscode.workspace.createFileSystemWatcher('**/.postmortemrc{.json,.yaml,.yml}'),
			},
			outputChannel: output,
		};
		this.client = new LanguageClient('postmortem', 'Postmortem', serverOptions, clientOptions);
	}

	async start(): Promise<void> {
		this.context.subscriptions.push(
			this.client.onNotification(statusNotification, (status: StatusParams) => this.statusBar.update(status)),
			this.client.onDidChangeState(() => this.resendForced()),
		);
		await this.client.start();
		this.resendForced();
	}

	async stop(): Promise<void> {
		if (this.client.isRunning()) {
			await this.client.stop();
		}
	}

	async restart(): Promise<void> {
		await this.client.restart();
	}

	/** A custom request to the server (`postmortem/chart`); waits while the client starts, rejects when it cannot. */
	async sendRequest<R>(method: string, params: unknown): Promise<R> {
		return this.client.sendRequest<R>(method, params);
	}

	/** "Check this file as a postmortem": remembered per workspace, sent to every server that starts. */
	async setForced(uri: vscode.Uri, forced: boolean): Promise<void> {
		const current = new Set(this.context.workspaceState.get<string[]>(forcedKey, []));
		if (forced) {
			current.add(uri.toString());
		} else {
			current.delete(uri.toString());
		}
		await this.context.workspaceState.update(forcedKey, [...current]);
		await this.notifyForced(uri.toString(), forced);
	}

	private resendForced(): void {
		if (!this.client.isRunning()) {
			return;
		}
		for (const uri of this.context.workspaceState.get<string[]>(forcedKey, [])) {
			void this.notifyForced(uri, true);
		}
	}

	private async notifyForced(uri: string, forced: boolean): Promise<void> {
		const params: SetForcedParams = { uri, forced };
		await this.client.sendNotification(setForcedNotification, params);
	}

	dispose(): void {
		void this.stop();
	}
}
