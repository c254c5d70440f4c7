/**
 * "Postmortem: Open Preview to the Side" and the serializer that brings the preview back after a reload.
 * One panel at a time; it follows the active postmortem.
 */
import * as vscode from 'vscode';
import { isPreviewable, PreviewPanel, previewViewType, type ChartSource } from './preview-panel';
import { webviewOptions } from './preview-html';

export function registerPreview(context: vscode.ExtensionContext, client: ChartSource): vscode.Disposable[] {
	let current: PreviewPanel | undefined;
	const adopt = (panel: vscode.WebviewPanel): PreviewPanel => {
		const preview = new PreviewPanel(panel, context.extensionUri, client, () => {
			if (current === preview) {
				current = undefined;
			}
		});
		current = preview;
		return preview;
	};
	const open = async (uri?: unknown): Promise<void> => {
		const document = uri instanceof vscode.Uri ? await openDocument(uri) : vscode.window.activeTextEditor?.document;
		if (document === undefined || !isPreviewable(document)) {
			void vscode.window.showInformationMessage('Postmortem: open a Markdown postmortem first.');
			return;
		}
		if (current !== undefined) {
			current.panel.reveal(vscode.ViewColumn.Beside, true);
			await current.show(document);
			return;
		}
		const options = webviewOptions(vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview'));
		const panel = vscode.window.createWebviewPanel(previewViewType, 'Swiss cheese', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, options);
		await adopt(panel).show(document);
	};
	return [
		vscode.commands.registerCommand('postmortem.openPreview', open),
		// Not in the palette: the in-editor tests wait on it for the chart to follow an edit.
		vscode.commands.registerCommand('postmortem.previewDrawnVersion', () => current?.drawn()),
		vscode.window.registerWebviewPanelSerializer(previewViewType, {
			async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
				const preview = adopt(panel);
				const document = await restoredDocument(state);
				if (document !== undefined) {
					await preview.show(document);
				}
			},
		}),
		{ dispose: () => current?.dispose() },
	];
}

async function openDocument(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
	try {
		return await vscode.workspace.openTextDocument(uri);
	} catch {
		return undefined;
	}
}

/**
 * After a reload: the active Markdown editor, else the file the webview's saved state names. That state
 * came from the webview, so only a `file:` URI of a Markdown document is accepted.
 */
async function restoredDocument(state: unknown): Promise<vscode.TextDocument | undefined> {
	const active = vscode.window.activeTextEditor?.document;
	if (active !== undefined && isPreviewable(active)) {
		return active;
	}
	const source = typeof state === 'object' && state !== null ? (state as { source?: unknown }).source : undefined;
	if (typeof source !== 'string' || source.length > 8192) {
		return undefined;
	}
	let uri: vscode.Uri;
	try {
		uri = vscode.Uri.parse(source, true);
	} catch {
		return undefined;
	}
	const document = uri.scheme === 'file' ? await openDocument(uri) : undefined;
	return document !== undefined && isPreviewable(document) ? document : undefined;
}
