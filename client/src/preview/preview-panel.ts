/**
 * The Swiss cheese preview panel: one webview beside the editor that follows the active postmortem. It
 * asks the server for the chart (`postmortem/chart`) — first at once, then at most every 300 ms while the
 * user types — drops answers for older versions, and acts only on validated messages from the webview.
 */
import * as vscode from 'vscode';
import { renderSvg } from '../../../server/src/chart/svg';
import type { ChartPayload } from '../../../server/src/chart/types';
import { chartRequest, type ChartParams, type ChartResult } from '../../../server/src/protocol';
import { parseFromWebview, type FromWebview, type ToWebview } from './messages';
import { makeNonce, previewHtml, webviewOptions } from './preview-html';
import { holeAtLine, revealTarget } from './reveal';

export const previewViewType = 'postmortem.preview';
const throttleMs = 300;

/** What the panel needs from the language client. */
export interface ChartSource {
	sendRequest<R>(method: string, params: unknown): Promise<R>;
}

export function isPreviewable(document: vscode.TextDocument): boolean {
	return document.languageId === 'markdown' && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
}

export class PreviewPanel implements vscode.Disposable {
	private document: vscode.TextDocument | undefined;
	private payload: ChartPayload | undefined;
	private highlighted: number | null = null;
	/** The document version whose chart the webview last reported on screen. */
	private drawnVersion: number | undefined;
	private lastRequest = 0;
	private disposed = false;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private readonly disposables: vscode.Disposable[] = [];

	constructor(
		readonly panel: vscode.WebviewPanel,
		extensionUri: vscode.Uri,
		private readonly source: ChartSource,
		private readonly onDisposed: () => void,
	) {
		const folder = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
		panel.webview.options = webviewOptions(folder);
		panel.webview.html = previewHtml({
			cspSource: panel.webview.cspSource,
			nonce: makeNonce(),
			scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(folder, 'main.js')).toString(),
			styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(folder, 'main.css')).toString(),
		});
		panel.iconPath = vscode.Uri.joinPath(extensionUri, 'client', 'media', 'icon.png');
		this.disposables.push(
			panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
			panel.onDidDispose(() => this.dispose()),
			vscode.workspace.onDidChangeTextDocument((event) => {
				if (event.document === this.document) {
					this.scheduleUpdate();
				}
			}),
			vscode.window.onDidChangeActiveTextEditor((editor) => {
				if (editor !== undefined && isPreviewable(editor.document) && editor.document !== this.document) {
					void this.follow(editor.document);
				}
			}),
			vscode.window.onDidChangeTextEditorSelection((event) => this.selectionChanged(event)),
		);
	}

	/** Shows `document` now (first render at once). */
	async show(document: vscode.TextDocument): Promise<void> {
		this.setDocument(document);
		await this.update();
	}

	/** Switches to another postmortem; a Markdown file that is not one does not replace a postmortem. */
	private async follow(document: vscode.TextDocument): Promise<void> {
		const result = await this.request(document);
		if (result === undefined || (!result.isPostmortem && this.payload?.isPostmortem === true)) {
			return;
		}
		this.setDocument(document);
		this.apply(result);
	}

	private setDocument(document: vscode.TextDocument): void {
		this.document = document;
		this.payload = undefined;
		this.highlighted = null;
		this.panel.title = `Swiss cheese: ${document.uri.path.split('/').pop() ?? 'postmortem'}`;
	}

	private scheduleUpdate(): void {
		if (this.timer !== undefined) {
			return;
		}
		const wait = Math.max(0, this.lastRequest + throttleMs - Date.now());
		this.timer = setTimeout(() => {
			this.timer = undefined;
			void this.update();
		}, wait);
	}

	private async update(): Promise<void> {
		const document = this.document;
		if (document === undefined) {
			return;
		}
		const result = await this.request(document);
		if (result !== undefined && document === this.document) {
			this.apply(result);
		}
	}

	private async request(document: vscode.TextDocument): Promise<ChartPayload | undefined> {
		this.lastRequest = Date.now();
		const params: ChartParams = { uri: document.uri.toString() };
		try {
			const result = await this.source.sendRequest<ChartResult>(chartRequest, params);
			return result ?? undefined;
		} catch {
			this.post({ type: 'status', source: params.uri, message: 'The Postmortem language server is not answering; the chart will update when it is back.' });
			return undefined;
		}
	}

	/** Sends a chart unless it is for another document or older than the one the webview has. */
	private apply(result: ChartPayload): void {
		const document = this.document;
		if (document === undefined || result.uri !== document.uri.toString() || (this.payload !== undefined && result.version < this.payload.version)) {
			return;
		}
		this.payload = result;
		this.post({ type: 'update', source: result.uri, payload: result });
		const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
		if (editor !== undefined) {
			this.highlight(editor.selection.active.line, true);
		}
	}

	private selectionChanged(event: vscode.TextEditorSelectionChangeEvent): void {
		if (event.textEditor.document === this.document) {
			this.highlight(event.selections[0]?.active.line ?? -1, false);
		}
	}

	private highlight(line: number, force: boolean): void {
		const document = this.document;
		const hole = document === undefined ? null : holeAtLine(this.payload, document.version, line);
		if (document !== undefined && (force || hole !== this.highlighted)) {
			this.highlighted = hole;
			this.post({ type: 'highlight', source: document.uri.toString(), hole });
		}
	}

	private post(message: ToWebview): void {
		void this.panel.webview.postMessage(message);
	}

	private async receive(raw: unknown): Promise<void> {
		const message = parseFromWebview(raw);
		const document = this.document;
		if (message === undefined || document === undefined) {
			return;
		}
		if (message.type === 'ready') {
			await this.update();
			return;
		}
		if (message.source !== document.uri.toString()) {
			return;
		}
		if (message.type === 'drawn') {
			this.drawnVersion = message.version;
		} else if (message.type === 'reveal') {
			await this.reveal(message, document);
		} else if (message.type === 'exportSvg') {
			await this.exportSvg(document);
		} else {
			await this.savePng(message.data, document);
		}
	}

	/** Which document version the chart on screen was drawn for, as the webview reported it. */
	drawn(): { readonly uri: string; readonly version: number } | undefined {
		return this.document === undefined || this.drawnVersion === undefined ? undefined : { uri: this.document.uri.toString(), version: this.drawnVersion };
	}

	private async reveal(message: Extract<FromWebview, { type: 'reveal' }>, document: vscode.TextDocument): Promise<void> {
		const target = revealTarget(message, { uri: document.uri.toString(), version: document.version, lineCount: document.lineCount, payload: this.payload });
		if (target === undefined) {
			return;
		}
		const range = target.offsets === undefined
			? document.lineAt(target.line).range
			: new vscode.Range(document.positionAt(target.offsets.start), document.positionAt(target.offsets.end));
		const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
		const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
		editor.selection = new vscode.Selection(range.start, range.end);
		editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	}

	private async exportSvg(document: vscode.TextDocument): Promise<void> {
		if (this.payload === undefined) {
			return;
		}
		const kind = vscode.window.activeColorTheme.kind;
		const theme = kind === vscode.ColorThemeKind.Light || kind === vscode.ColorThemeKind.HighContrastLight ? 'light' : 'dark';
		await this.save(document, 'svg', new TextEncoder().encode(renderSvg(this.payload.layout, theme)));
	}

	private async savePng(base64: string, document: vscode.TextDocument): Promise<void> {
		const bytes = Buffer.from(base64, 'base64');
		const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
		if (bytes.length < signature.length || signature.some((byte, index) => bytes[index] !== byte)) {
			return;
		}
		await this.save(document, 'png', bytes);
	}

	private async save(document: vscode.TextDocument, extension: 'svg' | 'png', bytes: Uint8Array): Promise<void> {
		const base = document.uri.scheme === 'file' ? document.uri : vscode.workspace.workspaceFolders?.[0]?.uri;
		const name = `${(document.uri.path.split('/').pop() ?? 'postmortem').replace(/\.[^.]*$/, '')}-swiss-cheese.${extension}`;
		const defaultUri = base === undefined ? undefined : vscode.Uri.joinPath(base, document.uri.scheme === 'file' ? '..' : '.', name);
		const target = await vscode.window.showSaveDialog({ defaultUri, filters: { [extension.toUpperCase()]: [extension] }, title: 'Export the Swiss cheese chart' });
		if (target === undefined) {
			return;
		}
		try {
			await vscode.workspace.fs.writeFile(target, bytes);
		} catch (error) {
			void vscode.window.showErrorMessage(`Postmortem: could not write ${target.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
		}
	}

	dispose(): void {
		if (this.disposed) {
			return;
		}
		this.disposed = true;
		if (this.timer !== undefined) {
			clearTimeout(this.timer);
		}
		this.disposables.splice(0).forEach((disposable) => disposable.dispose());
		this.panel.dispose();
		this.onDisposed();
	}
}
