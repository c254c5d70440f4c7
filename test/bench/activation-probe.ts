/**
 * One extension activation, the way VS Code does it, in a fresh plain-Node process (the bench bundles this
 * file and runs it with `node`: under tsx every `require` goes through tsx's hooks, which added ~30 ms to
 * loading the bundle — time no user pays). Prints one JSON line:
 *   load        require('dist/extension.js')
 *   activate    activate()'s synchronous part
 *   untilFork   from the start of the require until the language client forks the server: what the user
 *               waits for before the server can start working. Later steps (the server's start-up and
 *               the initialize handshake) run in the server process.
 *   cpuUntilFork the main thread's CPU time over the same span (Linux): on a busy machine the wall time
 *               includes waiting for a core, this does not.
 * `vscode` is a permissive stub; `child_process.fork` is replaced so no server is started. The Node modules
 * the extension host has already loaded before any extension activates are loaded first, so their one-time
 * cost is not charged to the extension.
 */
import childProcess from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';

for (const builtin of ['fs', 'os', 'net', 'crypto', 'util', 'url', 'stream', 'readline', 'string_decoder', 'timers']) {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- warming the host's modules, see above.
	require(`node:${builtin}`);
}

type Stub = (...args: unknown[]) => unknown;
const stubHandler: ProxyHandler<Stub> = {
	get: (_target, property) => {
		if (property === 'then') {
			return undefined;
		}
		if (property === Symbol.toPrimitive) {
			return () => 0;
		}
		if (property === Symbol.iterator) {
			return function* empty() {};
		}
		return stub();
	},
	apply: () => stub(),
	construct: () => stub(),
	set: () => true,
};

function stub(overrides: Record<string | symbol, unknown> = {}): Stub {
	return new Proxy(function stubbed() {}, {
		...stubHandler,
		get: (target, property, receiver) => (property in overrides ? overrides[property] : stubHandler.get?.(target, property, receiver)),
	});
}

function fileUri(path: string): { fsPath: string; path: string; scheme: string; toString(): string } {
	return { fsPath: path, path, scheme: 'file', toString: () => `file://${path}` };
}

/** The namespaces and classes the bundle reads from `vscode` when it loads (esbuild copies them by name). */
const vscodeNames = ['workspace', 'commands', 'languages', 'env', 'extensions', 'Disposable', 'EventEmitter', 'StatusBarAlignment', 'ViewColumn', 'Range', 'Position', 'Selection', 'SnippetString', 'CancellationTokenSource', 'CancellationError', 'DiagnosticSeverity', 'Diagnostic', 'CodeActionKind', 'CompletionItemKind', 'TextEdit', 'WorkspaceEdit', 'Location', 'MarkdownString', 'ProgressLocation', 'FileSystemError', 'RelativePattern', 'l10n', 'notebooks', 'ThemeIcon', 'ConfigurationTarget', 'LogLevel', 'Hover', 'CodeLens', 'CompletionItem', 'CompletionList', 'CodeAction', 'SymbolKind', 'DocumentLink', 'FoldingRange', 'InlayHint', 'SemanticTokens', 'SemanticTokensLegend', 'SignatureHelp', 'DocumentHighlight', 'SymbolInformation', 'DocumentSymbol', 'Color', 'ColorInformation', 'ColorPresentation', 'SelectionRange', 'CallHierarchyItem', 'TypeHierarchyItem', 'LinkedEditingRanges', 'InlineValueText', 'InlineCompletionItem', 'NotebookCellKind', 'NotebookRange', 'EndOfLine', 'FileType', 'UIKind', 'TextEditorRevealType', 'DiagnosticTag', 'DiagnosticRelatedInformation', 'CompletionItemTag', 'SymbolTag', 'InlayHintLabelPart', 'CodeActionTriggerKind', 'WorkspaceSymbol', 'FoldingRangeKind', 'SnippetTextEdit', 'TextDocumentSaveReason', 'DocumentDropEdit', 'SemanticTokensEdit', 'SemanticTokensEdits'];

function vscodeStub(): Record<string, unknown> {
	const api: Record<string, unknown> = { version: '1.91.0' };
	for (const name of vscodeNames) {
		api[name] = stub();
	}
	api.window = stub(Object.fromEntries(['showErrorMessage', 'showWarningMessage', 'showInformationMessage'].map((name) => [name, async () => undefined])));
	api.Uri = stub({ joinPath: (base: { fsPath: string }, ...parts: string[]) => fileUri(join(base.fsPath, ...parts)), file: fileUri });
	return api;
}

/** CPU time of this process's main thread in ms (Linux), which other processes' load does not inflate. */
function mainThreadCpuMs(): number | null {
	try {
		return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
	} catch {
		return null;
	}
}

function fakeChild(): EventEmitter {
	return Object.assign(new EventEmitter(), { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), pid: 0, send: () => true, kill: () => true });
}

function main(): void {
	const bundle = process.argv[2];
	const api = vscodeStub();
	const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
	const originalLoad = loader._load;
	loader._load = (request, parent, isMain) => (request === 'vscode' ? api : originalLoad(request, parent, isMain));
	let forkedAt: number | undefined;
	let forkedCpu: number | null = null;
	const forkedWith: unknown[] = [];
	const mutable = childProcess as unknown as Record<string, unknown>;
	for (const name of ['fork', 'spawn']) {
		mutable[name] = (...args: unknown[]) => {
			if (forkedAt === undefined) {
				forkedAt = performance.now();
				forkedCpu = mainThreadCpuMs();
			}
			forkedWith.push(...args);
			return fakeChild();
		};
	}
	const startedCpu = mainThreadCpuMs();
	const started = performance.now();
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle under test.
	const extension = require(bundle) as { activate(context: unknown): Promise<void> };
	const loaded = performance.now();
	const context = { subscriptions: [], extensionUri: fileUri(join(bundle, '..', '..')), workspaceState: { get: (_key: string, fallback: unknown) => fallback, update: async () => undefined } };
	void extension.activate(context).catch((error: unknown) => console.error(error));
	const activated = performance.now();
	setTimeout(() => {
		const options = forkedWith.find((value): value is { execArgv?: string[] } => typeof value === 'object' && value !== null && !Array.isArray(value));
		console.log(JSON.stringify({ load: loaded - started, activate: activated - loaded, untilFork: forkedAt === undefined ? null : forkedAt - started, cpuUntilFork: forkedCpu === null || startedCpu === null ? null : forkedCpu - startedCpu, execArgv: options?.execArgv ?? [] }));
		process.exit(0);
	}, 200);
}

main();
