/** Connects the LSP handlers to the analysis cache, settings and features. */
import {
	DidChangeConfigurationNotification,
	TextDocumentSyncKind,
	TextDocuments,
	type Connection,
	type InitializeParams,
	type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, type Analysis } from './documents';
import { fixAllKind, provideCodeActions } from './features/code-actions';
import { docsBaseUri } from './features/diagnostics';
import { DiagnosticScheduler } from './features/diagnostic-scheduler';
import {
	codeLensProviders,
	completionProviders,
	completionTriggerCharacters,
	hoverProviders,
	type FeatureContext,
} from './features/providers';
import { chartPayloadFor } from './chart/chart-data';
import { chartRequest, setForcedNotification, type ChartParams, type ChartResult, type SetForcedParams } from './protocol';
import { timelineEntryNowRequest, type TimelineEntryNowParams, type TimelineEntryNowResult } from './protocol';
import { timelineEntryNow } from './features/timeline-entry-now';
import { filePath, SettingsStore } from './settings';

export function startServer(connection: Connection): void {
	const documents = new TextDocuments(TextDocument);
	const forced = new Set<string>();
	const cache = new AnalysisCache(forced, () => new Date(), (ruleId, error) => {
		connection.console.error(`Rule ${ruleId} failed; the other rules still ran. ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
	});
	let canPullConfiguration = false;
	let snippetEdits = false;
	let completionSnippets = false;
	let folders: string[] = [];
	const settings = new SettingsStore(connection, () => canPullConfiguration, () => folders);
	const docsBase = docsBaseUri();
	const analyze = async (document: TextDocument): Promise<Analysis> => cache.analyze(document, await settings.get(document.uri));
	const scheduler = new DiagnosticScheduler({
		connection,
		document: (uri) => documents.get(uri),
		analyze,
		debounceSetting: async (uri) => (await settings.get(uri)).debounceMs,
		docsBase,
	});
	const relintAll = (): void => documents.all().forEach((document) => scheduler.now(document.uri));

	connection.onInitialize((params: InitializeParams): InitializeResult => {
		canPullConfiguration = params.capabilities.workspace?.configuration === true;
		snippetEdits = (params.capabilities.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true;
		completionSnippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
		folders = workspaceFolderPaths(params);
		const initial = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
		if (initial !== undefined) {
			settings.invalidate(initial);
		}
		return {
			capabilities: {
				textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
				codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite', fixAllKind], resolveProvider: false },
				completionProvider: { triggerCharacters: [...new Set(completionTriggerCharacters)] },
				hoverProvider: true,
				codeLensProvider: { resolveProvider: false },
			},
			serverInfo: { name: 'postmortem-language-server' },
		};
	});

	connection.onInitialized(() => {
		if (canPullConfiguration) {
			void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
		}
	});

	connection.onDidChangeConfiguration((change) => {
		const pushed = (change.settings as { postmortem?: unknown } | null | undefined)?.postmortem;
		settings.invalidate(canPullConfiguration ? undefined : pushed);
		cache.clear();
		relintAll();
	});

	connection.onDidChangeWatchedFiles(() => {
		settings.invalidate();
		cache.clear();
		relintAll();
	});

	connection.onNotification(setForcedNotification, (params: SetForcedParams) => {
		if (params.forced) {
			forced.add(params.uri);
		} else {
			forced.delete(params.uri);
		}
		cache.delete(params.uri);
		scheduler.now(params.uri);
	});

	documents.onDidOpen((event) => scheduler.now(event.document.uri));
	documents.onDidChangeContent((event) => void scheduler.later(event.document.uri));
	documents.onDidClose((event) => {
		scheduler.closed(event.document.uri);
		cache.delete(event.document.uri);
		settings.forget(event.document.uri);
	});

	connection.onCodeAction(async (params) => {
		const document = documents.get(params.textDocument.uri);
		if (document === undefined) {
			return [];
		}
		// The range is in the version the client had when it asked: the one here now. TextDocuments updates
		// documents in place, so an edit that lands during the await changes `document`; answering then would
		// offer fixes for whatever sits at the old range in the new text.
		const asked = document.version;
		const analysis = await analyze(document);
		return analysis.version === asked && document.version === asked ? provideCodeActions(document, analysis, params, { docsBase, snippetEdits }) : [];
	});

	/** The analysis of the current version, for features that only read it. */
	const featureContext = async (uri: string): Promise<FeatureContext | undefined> => {
		const document = documents.get(uri);
		if (document === undefined) {
			return undefined;
		}
		// Positions in the request are in the version here now; one that changes during the await (in place)
		// would have them read against other text.
		const asked = document.version;
		const analysis = await analyze(document);
		const current = documents.get(uri);
		if (current?.version !== asked || analysis.version !== asked || !analysis.isPostmortem) {
			return undefined;
		}
		return { document: current, analysis, now: new Date(), snippets: completionSnippets };
	};

	connection.onCompletion(async (params) => {
		const context = await featureContext(params.textDocument.uri);
		if (context === undefined) {
			return [];
		}
		const offset = context.document.offsetAt(params.position);
		return completionProviders.flatMap((provide) => provide(context, offset));
	});

	connection.onHover(async (params) => {
		const context = await featureContext(params.textDocument.uri);
		if (context === undefined) {
			return null;
		}
		const offset = context.document.offsetAt(params.position);
		for (const provide of hoverProviders) {
			const hover = provide(context, offset);
			if (hover !== undefined) {
				return hover;
			}
		}
		return null;
	});

	connection.onCodeLens(async (params) => {
		const context = await featureContext(params.textDocument.uri);
		return context === undefined ? [] : codeLensProviders.flatMap((provide) => provide(context));
	});

	/** The chart for the version the server has now; retried when an edit lands during the analysis. */
	connection.onRequest(chartRequest, async (params: ChartParams): Promise<ChartResult> => {
		let analysis: Analysis | undefined;
		for (let attempt = 0; attempt < 3; attempt++) {
			const document = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
			if (document === undefined) {
				return null;
			}
			analysis = await analyze(document);
			if (documents.get(params.uri)?.version === analysis.version) {
				break;
			}
		}
		// Still behind after three tries (fast typing): the client drops it if a newer one arrives.
		return analysis === undefined ? null : chartPayloadFor(analysis);
	});

	connection.onRequest(timelineEntryNowRequest, async (params: TimelineEntryNowParams): Promise<TimelineEntryNowResult> => {
		const position = params?.position;
		const valid = typeof params?.uri === 'string' && typeof position?.line === 'number' && typeof position.character === 'number';
		const context = valid ? await featureContext(params.uri) : undefined;
		return timelineEntryNow(context, context === undefined ? 0 : context.document.offsetAt(position));
	});

	documents.listen(connection);
}

function workspaceFolderPaths(params: InitializeParams): string[] {
	const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
	return uris.map(filePath).filter((path): path is string => path !== undefined);
}
