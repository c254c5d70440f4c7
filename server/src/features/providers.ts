/**
 * Extension points for LSP features that several areas contribute to (timeline, action items, chart).
 * Each area adds its provider to the list here, in its own file; lsp.ts wires the lists once.
 */
import type { CodeLens, CompletionItem, Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../documents';

export interface FeatureContext {
	readonly document: TextDocument;
	readonly analysis: Analysis;
	/** Injectable clock: completions of "now" and due dates use it. */
	readonly now: Date;
	/** The client accepts snippet syntax in completion items. */
	readonly snippets: boolean;
}

/** Completion items at `offset`; return [] quickly when the position is not yours. */
export type CompletionProvider = (context: FeatureContext, offset: number) => CompletionItem[];
/** A hover at `offset`, or undefined. The first provider that answers wins. */
export type HoverProvider = (context: FeatureContext, offset: number) => Hover | undefined;
export type CodeLensProvider = (context: FeatureContext) => CodeLens[];

export const completionProviders: CompletionProvider[] = [];
export const hoverProviders: HoverProvider[] = [];
export const codeLensProviders: CodeLensProvider[] = [];

/** Characters that open the completion list: each area adds the ones it needs. */
export const completionTriggerCharacters: string[] = [];
