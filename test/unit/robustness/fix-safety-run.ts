/**
 * One fix-safety check of a postmortem (see fix-safety.test.ts for what is held): every code action the
 * server offers on it, applied and judged, problems collected with the document's label (a seed, or a
 * corpus file and the line-break variant it was read in).
 */
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../../server/src/documents';
import { provideCodeActions, type CodeActionEnvironment } from '../../../server/src/features/code-actions';
import { lint, type Finding } from '../../../server/src/lint';
import { parsePostmortem } from '../../../server/src/model/parse';
import type { Span } from '../../../server/src/model/types';
import { rules } from '../../../server/src/rules';
import { assertSameRendering } from '../features/helpers';
import { actionEdits, applyEdits, findingProblems, integrityProblems, plainMatchesSnippet, rangeProblems } from './fix-safety-checks';
import { revealedBy } from './fix-safety-revealed';
import type { LineEnding } from './postmortem-generator';
import { everyRuleOn, robustnessToday } from './registry-config';

const uri = 'file:///fuzz/postmortems/fix-safety.md';
/** Not 1: an edit stamped with a default version instead of the document's would pass unnoticed. */
const version = 7;
const config = everyRuleOn();

function lintText(text: string): Finding[] {
	return lint(parsePostmortem(text), { config, rules, today: robustnessToday });
}

/** A document to check: its text and how it is written, and how problems name it. */
export interface Source {
	/** `seed 12` or a corpus file name. */
	readonly name: string;
	readonly ending: LineEnding;
	readonly bom: boolean;
	readonly finalBreak: boolean;
	readonly text: string;
}

interface Subject {
	readonly generated: Source;
	readonly document: TextDocument;
	readonly analysis: Analysis;
}

function subjectOf(generated: Source, text = generated.text): Subject {
	const document = TextDocument.create(uri, 'markdown', version, text);
	const doc = parsePostmortem(text);
	const settings = { enable: true, config, debounceMs: 0, relativePath: 'postmortems/fix-safety.md' };
	const analysis: Analysis = { uri, version, doc, isPostmortem: true, findings: lintText(text), settings };
	return { generated, document, analysis };
}

function environment(snippetEdits: boolean): CodeActionEnvironment {
	return { docsBase: 'docs/', snippetEdits, relint: lintText };
}

function actionsAt(subject: Subject, span: Span, snippets: boolean, only?: string[]): CodeAction[] {
	const { document } = subject;
	const params: CodeActionParams = {
		textDocument: { uri },
		range: { start: document.positionAt(span.start), end: document.positionAt(span.end) },
		context: { diagnostics: [], ...(only === undefined ? {} : { only }) },
	};
	return provideCodeActions(document, subject.analysis, params, environment(snippets));
}

export interface Tally {
	documents: number;
	readonly byKind: Map<string, number>;
	readonly byRule: Map<string, number>;
	/** Rules that reported something. */
	readonly fired: Set<string>;
	/** Documents per situation the suite must exercise (see `situationsOf`). */
	readonly situations: Map<string, number>;
	readonly problems: string[];
}

export function newTally(): Tally {
	return { documents: 0, byKind: new Map(), byRule: new Map(), fired: new Set(), situations: new Map(), problems: [] };
}

function count(map: Map<string, number>, key: string): void {
	map.set(key, (map.get(key) ?? 0) + 1);
}

function kindOf(action: CodeAction): string {
	return action.kind === CodeActionKind.QuickFix && action.title.startsWith('Disable ') ? 'quickfix (disable)' : (action.kind ?? 'none');
}

function where(subject: Subject, span: Span): string {
	const { text } = subject.generated;
	const position = subject.document.positionAt(span.start);
	return `${position.line + 1}:${position.character + 1} ${JSON.stringify(text.slice(Math.max(0, span.start - 20), Math.min(text.length, span.end + 20)))}`;
}

function label(generated: Source): string {
	return `${generated.name} (${generated.ending}${generated.bom ? ', BOM' : ''}${generated.finalBreak ? '' : ', no final break'})`;
}

/** Applies one action and returns the text it made, recording every problem with the seed. */
function checkAction(subject: Subject, action: CodeAction, tally: Tally, target?: Finding): string | undefined {
	const kind = kindOf(action);
	count(tally.byKind, kind);
	if (target !== undefined && kind === CodeActionKind.QuickFix) {
		count(tally.byRule, target.ruleId);
	}
	const report = (problems: readonly string[]): void => {
		const about = target === undefined ? '' : ` for ${target.ruleId} at ${where(subject, target.span)}`;
		tally.problems.push(...problems.map((problem) => `${label(subject.generated)}: ${kind} "${action.title}"${about}: ${problem}`));
	};
	const { edits, problems } = actionEdits(subject.document, action);
	if (edits.length === 0) {
		report([...problems, 'no edits']);
		return undefined;
	}
	const before = subject.document.getText();
	const applied = applyEdits(subject.document, edits);
	problems.push(...applied.problems, ...integrityProblems(before, applied.after, edits));
	const revealed = revealedBy({ before: { text: before, findings: subject.analysis.findings }, action, target, after: applied.after, edits });
	problems.push(...findingProblems(subject.analysis.findings, lintText(applied.after), edits, kind.startsWith('quickfix') ? target : undefined, revealed));
	if (kind === 'quickfix (disable)') {
		try {
			assertSameRendering(before, applied.after, 'changed the rendering');
		} catch (error) {
			problems.push(error instanceof Error ? error.message.split('\n')[0] : String(error));
		}
	}
	report(problems);
	return applied.after;
}

/**
 * Snippet clients get the same actions and ranges, and each snippet's literal text is the plain edit's
 * around its placeholders (the plain edit shows a placeholder the user can see, like REASON).
 */
function snippetProblems(plain: readonly CodeAction[], snippets: readonly CodeAction[], subject: Subject): string[] {
	const problems: string[] = [];
	const shape = (actions: readonly CodeAction[]): string => JSON.stringify(actions.map((action) => [action.title, action.kind, actionEdits(subject.document, action).edits.map((edit) => [edit.start, edit.end])]));
	if (shape(plain) !== shape(snippets)) {
		return [`${label(subject.generated)}: snippet clients get other actions or ranges than plain ones`];
	}
	plain.forEach((action, index) => {
		const plainEdits = actionEdits(subject.document, action).edits;
		actionEdits(subject.document, snippets[index]).edits.forEach((edit, inner) => {
			const text = plainEdits[inner].newText;
			if (edit.snippet === undefined ? edit.newText !== text : !plainMatchesSnippet(text, edit.snippet)) {
				problems.push(`${label(subject.generated)}: "${action.title}": the snippet edit ${JSON.stringify(edit.snippet?.literals)} does not match the plain ${JSON.stringify(text)}`);
			}
		});
	});
	return problems;
}

function sameDiagnostic(action: CodeAction, finding: Finding, subject: Subject): boolean {
	const diagnostic = action.diagnostics?.[0];
	const start = subject.document.positionAt(finding.span.start);
	return diagnostic?.code === finding.ruleId && diagnostic.message === finding.message && diagnostic.range.start.line === start.line && diagnostic.range.start.character === start.character;
}

/** Every fix the rule proposed is offered: one the server drops as unsafe is a rule bug the user never sees. */
function droppedFixes(subject: Subject, finding: Finding, offered: readonly CodeAction[]): string[] {
	const titles = new Set(offered.map((action) => action.title));
	return finding.fixes
		.filter((fix) => fix.edits.length > 0 && !titles.has(fix.title))
		.map((fix) => `${label(subject.generated)}: ${finding.ruleId} at ${where(subject, finding.span)}: the fix "${fix.title}" was dropped (${rangeProblems(subject.document.getText(), fix.edits.map((edit) => ({ ...edit.span, newText: edit.newText }))).join('; ') || 'not offered'})`);
}

/**
 * Quick fixes and refactorings at every finding (at most `perRule` findings of each rule), and the
 * refactorings at every roster name.
 */
function checkFindingActions(subject: Subject, tally: Tally, perRule: number): void {
	const taken = new Map<string, number>();
	const refactorings = new Set<string>();
	const refactor = (action: CodeAction): void => {
		const key = JSON.stringify(action);
		if (!refactorings.has(key)) {
			refactorings.add(key);
			checkAction(subject, action, tally);
		}
	};
	for (const finding of subject.analysis.findings) {
		count(taken, finding.ruleId);
		if ((taken.get(finding.ruleId) ?? 0) > perRule) {
			continue;
		}
		const actions = actionsAt(subject, finding.span, false);
		tally.problems.push(...snippetProblems(actions, actionsAt(subject, finding.span, true), subject));
		const own = actions.filter((action) => action.kind === CodeActionKind.QuickFix && sameDiagnostic(action, finding, subject));
		if (!own.some((action) => action.title.startsWith('Disable '))) {
			tally.problems.push(`${label(subject.generated)}: ${finding.ruleId} at ${where(subject, finding.span)} has no disable fix`);
		}
		tally.problems.push(...droppedFixes(subject, finding, own));
		own.forEach((action) => checkAction(subject, action, tally, finding));
		actions.filter((action) => action.kind === CodeActionKind.RefactorRewrite).forEach(refactor);
	}
	const text = subject.document.getText();
	for (const name of Object.keys(subject.analysis.doc.metadata.people)) {
		for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
			actionsAt(subject, { start: at, end: at }, false, [CodeActionKind.Refactor]).forEach(refactor);
		}
	}
}

/** Fix-all once, checked like any action; on its result fix-all has nothing left to do. */
function checkFixAll(subject: Subject, tally: Tally): void {
	const offered = actionsAt(subject, { start: 0, end: 0 }, false, [CodeActionKind.SourceFixAll]);
	if (offered.length !== (safeFixes(subject) ? 1 : 0)) {
		tally.problems.push(`${label(subject.generated)}: fix-all offered ${offered.length} actions, ${safeFixes(subject) ? 'a safe fix applies' : 'no safe fix applies'}`);
	}
	if (offered.length !== 1) {
		return;
	}
	const once = checkAction(subject, offered[0], tally);
	if (once === undefined) {
		return;
	}
	const second = subjectOf(subject.generated, once);
	const again = actionsAt(second, { start: 0, end: 0 }, false, [CodeActionKind.SourceFixAll]);
	if (again.length > 0) {
		const twice = applyEdits(second.document, actionEdits(second.document, again[0]).edits).after;
		tally.problems.push(`${label(subject.generated)}: fix-all twice differs from once (${twice === once ? 'same text, but an action was offered' : JSON.stringify(again[0].edit).slice(0, 300)})`);
	}
}

/** Some finding has a safe fix that changes the text: then fix-all has something to do. */
function safeFixes(subject: Subject): boolean {
	const text = subject.document.getText();
	return subject.analysis.findings.some((finding) =>
		finding.fixes.some((fix) => {
			const edits = fix.edits.map((edit) => ({ ...edit.span, newText: edit.newText }));
			return fix.safe === true && rangeProblems(text, edits).length === 0 && edits.some((edit) => text.slice(edit.start, edit.end) !== edit.newText);
		}),
	);
}

/** The end of the text before its final line breaks. */
function contentEnd(text: string): number {
	let end = text.length;
	while (end > 0 && (text[end - 1] === '\r' || text[end - 1] === '\n')) {
		end--;
	}
	return end;
}

/** Where the document's findings sit, among the places where edits go wrong. */
function situationsOf(subject: Subject): string[] {
	const { generated, analysis } = subject;
	const { text } = generated;
	const lineOf = (offset: number): number => subject.document.positionAt(offset).line;
	const lineText = (offset: number): string => text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
	const findings = analysis.findings.filter((finding) => finding.span.end > finding.span.start);
	const lines = findings.map((finding) => lineOf(finding.span.start));
	const tables = analysis.doc.tables.map((table) => [lineOf(table.span.start), lineOf(table.span.end)]);
	const checks: [string, boolean][] = [
		[`${generated.ending} line breaks`, true],
		['BOM', generated.bom],
		['no final line break', !generated.finalBreak],
		['a finding at the very start', findings.some((finding) => finding.span.start <= (generated.bom ? 1 : 0))],
		['a finding at the very end', findings.some((finding) => finding.span.end >= contentEnd(text))],
		['several findings on one line', lines.some((line, index) => lines.indexOf(line) !== index)],
		['a finding in a table', lines.some((line) => tables.some(([first, last]) => first <= line && line <= last))],
		['a finding in a nested list', findings.some((finding) => /^[ \t]{2,}(?:[-*+]|\d+[.)])[ \t]/.test(lineText(finding.span.start).split('\r').pop() ?? ''))],
		['emoji, CJK or a combining mark next to a finding', findings.some((finding) => /[\u{10000}-\u{10FFFF}\u3040-\u9FFF\p{M}]/u.test(text.slice(Math.max(0, finding.span.start - 3), finding.span.end + 3)))],
		['a roster in front matter', Object.keys(analysis.doc.metadata.people).length > 0],
	];
	return checks.filter(([, holds]) => holds).map(([name]) => name);
}

export function checkDocument(source: Source, tally: Tally, perRule = Infinity): void {
	const subject = subjectOf(source);
	tally.documents++;
	situationsOf(subject).forEach((situation) => count(tally.situations, situation));
	subject.analysis.findings.forEach((finding) => tally.fired.add(finding.ruleId));
	checkFindingActions(subject, tally, perRule);
	checkFixAll(subject, tally);
}

export function summary(tally: Tally): string {
	const kinds = [...tally.byKind].map(([kind, total]) => `${kind} ${total}`).join(', ');
	const byRule = [...tally.byRule].sort((a, b) => a[0].localeCompare(b[0])).map(([rule, total]) => `${rule} ${total}`).join(', ');
	return `${tally.documents} documents; actions applied: ${kinds}; rule fixes by rule: ${byRule}`;
}
