/**
 * Quick fixes from the findings of the analysed version, and `source.fixAll.postmortem` with only the safe
 * ones. Every edit names the document version it was computed for, so a client never applies it to newer
 * text.
 */
import {
	CodeActionKind,
	type CodeAction,
	type CodeActionParams,
	type Diagnostic,
	type TextEdit,
	type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../documents';
import type { Finding } from '../lint';
import { overlaps } from '../model/text';
import type { Fix } from '../rules/rule';
import { toDiagnostic } from './diagnostics';
import { rangeToSpan, spanToRange } from './positions';

export const fixAllKind = `${CodeActionKind.SourceFixAll}.postmortem`;

export interface CodeActionEnvironment {
	readonly docsBase: string;
	/** The client accepts snippet text edits in workspace edits (LSP 3.18). */
	readonly snippetEdits: boolean;
}

export function provideCodeActions(
	document: TextDocument,
	analysis: Analysis,
	params: CodeActionParams,
	environment: CodeActionEnvironment,
): CodeAction[] {
	const only = params.context.only;
	const wants = (kind: string): boolean => only === undefined || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
	const actions: CodeAction[] = [];
	if (wants(CodeActionKind.QuickFix)) {
		const span = rangeToSpan(document, params.range);
		for (const finding of analysis.findings) {
			if (touches(finding.span, span)) {
				const diagnostic = toDiagnostic(document, finding, environment.docsBase);
				actions.push(...finding.fixes.map((fix) => quickFix(document, fix, diagnostic, environment)));
			}
		}
	}
	// Fix-all is a source action: offered only when asked for (on save, or "Source Action…").
	const fixAll = only !== undefined && wants(fixAllKind) ? fixAllAction(document, analysis) : undefined;
	if (fixAll !== undefined) {
		actions.push(fixAll);
	}
	return actions;
}

function touches(findingSpan: { start: number; end: number }, requested: { start: number; end: number }): boolean {
	return overlaps(findingSpan, requested) || (requested.start === requested.end && findingSpan.start <= requested.start && requested.start <= findingSpan.end);
}

function quickFix(document: TextDocument, fix: Fix, diagnostic: Diagnostic, environment: CodeActionEnvironment): CodeAction {
	return {
		title: fix.title,
		kind: CodeActionKind.QuickFix,
		diagnostics: [diagnostic],
		isPreferred: fix.preferred,
		edit: workspaceEdit(document, fix.edits.map((edit) => toTextEdit(document, edit, environment.snippetEdits))),
	};
}

function toTextEdit(document: TextDocument, edit: Fix['edits'][number], snippets: boolean): TextEdit {
	const range = spanToRange(document, edit.span);
	if (snippets && edit.snippet !== undefined) {
		// LSP 3.18 SnippetTextEdit: same position as a TextEdit, text as a snippet.
		return { range, snippet: { kind: 'snippet', value: edit.snippet } } as unknown as TextEdit;
	}
	return { range, newText: edit.newText };
}

/** Safe fixes of every finding, skipping any that would overlap an earlier one. */
function fixAllAction(document: TextDocument, analysis: Analysis): CodeAction | undefined {
	const chosen = collectSafeEdits(analysis.findings);
	if (chosen.length === 0) {
		return undefined;
	}
	return {
		title: 'Fix all safe Postmortem problems',
		kind: fixAllKind,
		edit: workspaceEdit(document, chosen.map((edit) => ({ range: spanToRange(document, edit.span), newText: edit.newText }))),
	};
}

export function collectSafeEdits(findings: readonly Finding[]): Fix['edits'][number][] {
	const chosen: Fix['edits'][number][] = [];
	for (const finding of findings) {
		const fix = finding.fixes.find((candidate) => candidate.safe === true);
		if (fix !== undefined && fix.edits.every((edit) => chosen.every((taken) => !overlaps(taken.span, edit.span) && taken.span.start !== edit.span.start))) {
			chosen.push(...fix.edits);
		}
	}
	return chosen;
}

function workspaceEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
	return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
}
