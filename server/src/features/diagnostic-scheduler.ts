/**
 * When to lint: at once on open, after a pause on edits (scaled to the document's size unless a setting
 * fixes it), and never publishing a result for a version that is no longer current.
 */
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../documents';
import { statusNotification, type StatusParams } from '../protocol';
import { toDiagnostic } from './diagnostics';

export interface SchedulerDependencies {
	readonly connection: Connection;
	readonly document: (uri: string) => TextDocument | undefined;
	readonly analyze: (document: TextDocument) => Promise<Analysis>;
	readonly debounceSetting: (uri: string) => Promise<number | undefined>;
	readonly docsBase: string;
}

/** VS Code's TypeScript support waits lines/20 ms, clamped; linting here is cheaper, so the bounds are lower. */
export function automaticDelay(lineCount: number): number {
	return Math.min(Math.max(Math.ceil(lineCount / 20), 150), 600);
}

export class DiagnosticScheduler {
	private readonly timers = new Map<string, NodeJS.Timeout>();
	/** The version and text `now` last linted per document, so `later` does not lint and publish them again. */
	private readonly lintedNow = new Map<string, { readonly version: number; readonly text: string }>();

	constructor(private readonly dependencies: SchedulerDependencies) {}

	now(uri: string): void {
		this.cancel(uri);
		const document = this.dependencies.document(uri);
		if (document !== undefined) {
			this.lintedNow.set(uri, { version: document.version, text: document.getText() });
		}
		void this.run(uri);
	}

	/**
	 * After an edit. TextDocuments also reports an opened document as changed, right after the open that
	 * `now` handled: that version is skipped (it was published twice, with its status, before). The text is
	 * compared too, so a client that edits without raising the version is still linted.
	 */
	async later(uri: string): Promise<void> {
		const document = this.dependencies.document(uri);
		const linted = this.lintedNow.get(uri);
		if (document === undefined || (linted?.version === document.version && linted.text === document.getText())) {
			return;
		}
		this.cancel(uri);
		this.lintedNow.delete(uri);
		const setting = await this.dependencies.debounceSetting(uri);
		const delay = setting ?? automaticDelay(document.lineCount);
		if (delay === 0) {
			void this.run(uri);
			return;
		}
		this.cancel(uri);
		this.timers.set(uri, setTimeout(() => void this.run(uri), delay));
	}

	cancel(uri: string): void {
		const timer = this.timers.get(uri);
		if (timer !== undefined) {
			clearTimeout(timer);
			this.timers.delete(uri);
		}
	}

	/** The document closed: stop any pending run and clear what was published for it. */
	closed(uri: string): void {
		this.cancel(uri);
		this.lintedNow.delete(uri);
		void this.dependencies.connection.sendDiagnostics({ uri, diagnostics: [] });
	}

	private async run(uri: string): Promise<void> {
		this.timers.delete(uri);
		const document = this.dependencies.document(uri);
		if (document === undefined) {
			return;
		}
		try {
			const analysis = await this.dependencies.analyze(document);
			const current = this.dependencies.document(uri);
			if (current === undefined || current.version !== analysis.version) {
				return;
			}
			await this.publish(current, analysis);
		} catch (error) {
			this.dependencies.connection.console.error(`Linting ${uri} failed: ${describe(error)}`);
		}
	}

	private async publish(document: TextDocument, analysis: Analysis): Promise<void> {
		const { connection, docsBase } = this.dependencies;
		const diagnostics = analysis.findings.map((finding) => toDiagnostic(document, finding, docsBase));
		await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
		const status: StatusParams = {
			uri: document.uri,
			version: document.version,
			isPostmortem: analysis.isPostmortem,
			problems: analysis.findings.length,
			errors: analysis.findings.filter((finding) => finding.severity === 'error').length,
			warnings: analysis.findings.filter((finding) => finding.severity === 'warning').length,
		};
		await connection.sendNotification(statusNotification, status);
	}
}

function describe(error: unknown): string {
	return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
