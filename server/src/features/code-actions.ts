/**
 * Quick fixes from the findings of the analysed version, and `source.fixAll.postmortem` with only the safe
 * ones. Every edit names the document version it was computed for, so a client never applies it to newer
 * text.
 *
 * For each finding under the cursor: the rule's own fixes, then "disable for this line". As refactorings:
 * "replace this name with a role" for a roster name under the cursor or a person a blame finding names.
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
import { lint, type Finding } from '../lint';
import { parsePostmortem } from '../model/parse';
import { overlaps } from '../model/text';
import type { PostmortemDocument, Span } from '../model/types';
import type { Fix, SpanEdit } from '../rules/rule';
import { toDiagnostic } from './diagnostics';
import { disableCommentFix } from './disable-comment';
import { editsAreSafe, fixAllEdits } from './fix-all';
import { nameNearFinding } from './person-names';
import { rangeToSpan, spanToRange } from './positions';
import { addToRosterFix, rosterNameAt, rosterReplaceFix } from './rename-person';

export { collectSafeEdits } from './fix-all';

export const fixAllKind = `${CodeActionKind.SourceFixAll}.postmortem`;

export interface CodeActionEnvironment {
	readonly docsBase: string;
	/** The client accepts snippet text edits in workspace edits (LSP 3.18). */
	readonly snippetEdits: boolean;
	/**
	 * Lints a text the way this document is linted, so fix-all can re-lint its own result until nothing
	 * safe is left. Defaults to the registry's rules with the document's config.
	 */
	readonly relint?: (text: string) => readonly Finding[];
}

export function provideCodeActions(
	document: TextDocument,
	analysis: Analysis,
	params: CodeActionParams,
	environment: CodeActionEnvironment,
): CodeAction[] {
	const only = params.context.only;
	const wants = (kind: string): boolean => only === undefined || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
	const span = rangeToSpan(document, params.range);
	const touched = analysis.findings.filter((finding) => touches(finding.span, span));
	const actions: CodeAction[] = [];
	if (wants(CodeActionKind.QuickFix)) {
		for (const finding of touched) {
			actions.push(...findingActions(document, analysis.doc, finding, environment));
		}
	}
	if (wants(CodeActionKind.RefactorRewrite) && analysis.isPostmortem) {
		actions.push(...renameActions(document, analysis.doc, span, touched, environment));
	}
	// Fix-all is a source action: offered only when asked for (on save, or "Source Action…").
	const fixAll = only !== undefined && wants(fixAllKind) ? fixAllAction(document, analysis, environment) : undefined;
	if (fixAll !== undefined) {
		actions.push(fixAll);
	}
	return actions;
}

function touches(findingSpan: Span, requested: Span): boolean {
	return overlaps(findingSpan, requested) || (requested.start === requested.end && findingSpan.start <= requested.start && requested.start <= findingSpan.end);
}

function findingActions(document: TextDocument, doc: PostmortemDocument, finding: Finding, environment: CodeActionEnvironment): CodeAction[] {
	const diagnostic = toDiagnostic(document, finding, environment.docsBase);
	const fixes = [...finding.fixes, disableCommentFix(doc, finding.ruleId, finding.span)];
	return fixes.filter((fix) => fix.edits.length > 0 && editsAreSafe(doc.text, fix.edits)).map((fix) => quickFix(document, fix, diagnostic, environment));
}

/**
 * "Replace this name with a role" for a roster name under the cursor, or a name a blame finding under the
 * cursor points at. A refactoring, not a quick fix: it rewrites the whole document and does not by
 * itself answer the finding (a role can be blamed too).
 */
function renameActions(document: TextDocument, doc: PostmortemDocument, span: Span, touched: readonly Finding[], environment: CodeActionEnvironment): CodeAction[] {
	const names = new Set<string>();
	const atCursor = rosterNameAt(doc, span);
	if (atCursor !== undefined) {
		names.add(atCursor);
	}
	for (const finding of touched) {
		const name = finding.category === 'blame' ? nameNearFinding(doc, finding.span) : undefined;
		if (name !== undefined) {
			names.add(name);
		}
	}
	return [...names]
		.map((name) => rosterReplaceFix(doc, name) ?? addToRosterFix(doc, name))
		.filter((fix): fix is Fix => fix !== undefined && editsAreSafe(doc.text, fix.edits))
		.map((fix) => ({ title: fix.title, kind: CodeActionKind.RefactorRewrite, edit: workspaceEdit(document, toTextEdits(document, fix.edits, environment.snippetEdits)) }));
}

function quickFix(document: TextDocument, fix: Fix, diagnostic: Diagnostic, environment: CodeActionEnvironment): CodeAction {
	return {
		title: fix.title,
		kind: CodeActionKind.QuickFix,
		diagnostics: [diagnostic],
		isPreferred: fix.preferred,
		edit: workspaceEdit(document, toTextEdits(document, fix.edits, environment.snippetEdits)),
	};
}

function toTextEdits(document: TextDocument, edits: readonly SpanEdit[], snippets: boolean): TextEdit[] {
	return edits.map((edit) => toTextEdit(document, edit, snippets));
}

function toTextEdit(document: TextDocument, edit: SpanEdit, snippets: boolean): TextEdit {
	const range = spanToRange(document, edit.span);
	if (snippets && edit.snippet !== undefined) {
		// LSP 3.18 SnippetTextEdit: same position as a TextEdit, text as a snippet.
		return { range, snippet: { kind: 'snippet', value: edit.snippet } } as unknown as TextEdit;
	}
	return { range, newText: edit.newText };
}

/** Safe fixes of every finding, re-linted and applied again until none is left, as one edit. */
function fixAllAction(document: TextDocument, analysis: Analysis, environment: CodeActionEnvironment): CodeAction | undefined {
	const config = analysis.settings.config;
	const relint = environment.relint ?? ((text: string) => lint(parsePostmortem(text), { config }));
	const edits = fixAllEdits(document.getText(), analysis.findings, relint);
	if (edits.length === 0) {
		return undefined;
	}
	return {
		title: 'Fix all safe Postmortem problems',
		kind: fixAllKind,
		edit: workspaceEdit(document, edits.map((edit) => ({ range: spanToRange(document, edit.span), newText: edit.newText }))),
	};
}

function workspaceEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
	return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
}
