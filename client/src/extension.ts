/** Activation only: start the language client, the status bar item and the commands. */
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { PostmortemClient } from './language-client';
import { StatusBar } from './status-bar';

let client: PostmortemClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const output = vscode.window.createOutputChannel('Postmortem', { log: true });
	const statusBar = new StatusBar();
	client = new PostmortemClient(context, output, statusBar);
	context.subscriptions.push(output, statusBar, client, ...registerCommands(context, client, output));
	await client.start();
}

export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}
