/**
 * Extension points for LSP features that several areas contribute to (timeline, action items, chart).
 * Each area adds its provider to the list here, in its own file; lsp.ts wires the lists once.
 */
import type { CodeLens, CompletionItem, Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../documents';
import { actionItemCodeLens } from './action-item-code-lens';
import { actionItemCompletion, actionItemTriggerCharacters } from './action-item-completion';
import { actionItemHover } from './action-item-hover';
import { timelineCodeLens } from './timeline-code-lens';
import { timelineCompletion, timelineTriggerCharacters } from './timeline-completion';
import { timelineHover } from './timeline-hover';

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

export const completionProviders: CompletionProvider[] = [timelineCompletion, actionItemCompletion];
export const hoverProviders: HoverProvider[] = [timelineHover, actionItemHover];
export const codeLensProviders: CodeLensProvider[] = [timelineCodeLens, actionItemCodeLens];

/** Characters that open the completion list: each area adds the ones it needs. */
export const completionTriggerCharacters: string[] = [...timelineTriggerCharacters, ...actionItemTriggerCharacters];
