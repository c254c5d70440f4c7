/**
 * "Insert timeline entry (now)": asks the server for the entry text (the client never parses Markdown) and
 * inserts it as a snippet, so the cursor lands on the event text.
 */
import * as vscode from 'vscode';
import { timelineEntryNowRequest, type TimelineEntryNowParams, type TimelineEntryNowResult } from '../../server/src/protocol';

export interface RequestSender {
	sendRequest<R>(method: string, params: unknown): Promise<R>;
}

export function registerTimelineCommands(client: RequestSender): vscode.Disposable[] {
	return [vscode.commands.registerCommand('postmortem.insertTimelineEntryNow', () => insertEntryNow(client))];
}

async function insertEntryNow(client: RequestSender): Promise<void> {
	const editor = vscode.window.activeTextEditor;
	if (editor === undefined || editor.document.languageId !== 'markdown') {
		void vscode.window.showInformationMessage('Postmortem: open a Markdown postmortem first.');
		return;
	}
	const params: TimelineEntryNowParams = { uri: editor.document.uri.toString(), position: editor.selection.active };
	const version = editor.document.version;
	let result: TimelineEntryNowResult;
	try {
		result = await client.sendRequest<TimelineEntryNowResult>(timelineEntryNowRequest, params);
	} catch (error) {
		void vscode.window.showWarningMessage(`Postmortem: could not get a timeline entry (${error instanceof Error ? error.message : String(error)}).`);
		return;
	}
	if ('error' in result) {
		void vscode.window.showInformationMessage(`Postmortem: ${result.error}`);
		return;
	}
	if (result.version !== version || editor.document.version !== version) {
		// Typed while the server worked: its range is for other text.
		void vscode.window.showInformationMessage('Postmortem: the document changed while the entry was prepared; run the command again.');
		return;
	}
	const range = new vscode.Range(result.range.start.line, result.range.start.character, result.range.end.line, result.range.end.character);
	await editor.insertSnippet(new vscode.SnippetString(result.snippet), range);
}
