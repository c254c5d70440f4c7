/** Command handlers: small factories over the client, registered in one place. */
import * as vscode from 'vscode';
import type { PostmortemClient } from './language-client';
import { registerPreview } from './preview';
import { registerTimelineCommands } from './timeline-commands';

export function registerCommands(
	_context: vscode.ExtensionContext,
	client: PostmortemClient,
	output: vscode.LogOutputChannel,
): vscode.Disposable[] {
	return [
		vscode.commands.registerCommand('postmortem.checkThisFile', () => setForcedForActive(client, true)),
		vscode.commands.registerCommand('postmortem.stopCheckingThisFile', () => setForcedForActive(client, false)),
		vscode.commands.registerCommand('postmortem.restartServer', () => client.restart()),
		vscode.commands.registerCommand('postmortem.showOutput', () => output.show()),
		...registerPreview(_context, client),
		...registerTimelineCommands(client),
	];
}

async function setForcedForActive(client: PostmortemClient, forced: boolean): Promise<void> {
	const document = vscode.window.activeTextEditor?.document;
	if (document === undefined || document.languageId !== 'markdown') {
		void vscode.window.showInformationMessage('Postmortem: open a Markdown file first.');
		return;
	}
	await client.setForced(document.uri, forced);
}
