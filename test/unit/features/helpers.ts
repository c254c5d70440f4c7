/**
 * Helpers for code action tests: an Analysis built with chosen rules, an independent applier for the
 * returned WorkspaceEdit (snippets resolved to their placeholder text), the markdown-it rendering oracle,
 * and small test-only rules that report wherever a test needs a finding.
 */
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { CodeAction, CodeActionParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigInput } from '../../../server/src/config';
import type { Analysis } from '../../../server/src/documents';
import { provideCodeActions, type CodeActionEnvironment } from '../../../server/src/features/code-actions';
import { lint } from '../../../server/src/lint';
import { readFrontMatter } from '../../../server/src/model/front-matter';
import { parsePostmortem } from '../../../server/src/model/parse';
import { computeLineStarts } from '../../../server/src/model/text';
import type { Span } from '../../../server/src/model/types';
import { categoryOf, type Fix, type Rule } from '../../../server/src/rules/rule';
import { configWith, testToday } from '../helpers';

export const testUri = 'file:///work/postmortems/x.md';

export interface Analysed {
	readonly document: TextDocument;
	readonly analysis: Analysis;
}

/** No cap on findings by default: a cap would let a finding in when another one goes. */
export function analyse(text: string, rules: readonly Rule[], input: ConfigInput = {}, version = 1): Analysed {
	const document = TextDocument.create(testUri, 'markdown', version, text);
	const config = configWith({ maxProblems: 100_000, ...input });
	const doc = parsePostmortem(text);
	const findings = lint(doc, { config, today: testToday, rules });
	const settings = { enable: true, config, debounceMs: 0, relativePath: 'postmortems/x.md' };
	return { document, analysis: { uri: testUri, version, doc, isPostmortem: true, findings, settings } };
}

export function environment(snippetEdits: boolean, rules?: readonly Rule[]): CodeActionEnvironment {
	return {
		docsBase: 'https://example.invalid/docs/rules/',
		snippetEdits,
		relint: rules === undefined ? undefined : (text: string) => lint(parsePostmortem(text), { config: configWith({ maxProblems: 100_000 }), today: testToday, rules }),
	};
}

export function actionsAt(analysed: Analysed, span: Span, env: CodeActionEnvironment, only?: string[]): CodeAction[] {
	const { document, analysis } = analysed;
	const params: CodeActionParams = {
		textDocument: { uri: document.uri },
		range: { start: document.positionAt(span.start), end: document.positionAt(span.end) },
		context: { diagnostics: [], ...(only === undefined ? {} : { only }) },
	};
	return provideCodeActions(document, analysis, params, env);
}

/** The edits of a WorkspaceEdit for `document`, checked for version, bounds and overlap. */
export function editsOf(document: TextDocument, edit: WorkspaceEdit | undefined): TextEdit[] {
	assert.ok(edit?.documentChanges !== undefined, 'the edit uses versioned documentChanges');
	assert.equal(edit.documentChanges.length, 1);
	const change = edit.documentChanges[0];
	assert.ok('textDocument' in change && 'edits' in change);
	assert.equal(change.textDocument.uri, document.uri);
	assert.equal(change.textDocument.version, document.version, 'the edit carries the document version');
	const edits = change.edits.map((candidate) => resolveSnippet(candidate as TextEdit | SnippetEdit));
	const spans = edits.map((candidate) => ({ start: document.offsetAt(candidate.range.start), end: document.offsetAt(candidate.range.end) }));
	const text = document.getText();
	for (const span of spans) {
		assert.ok(span.start <= span.end && span.end <= text.length, 'edit in bounds');
		for (const offset of [span.start, span.end]) {
			assert.ok(!isLowSurrogate(text.charCodeAt(offset)) || !isHighSurrogate(text.charCodeAt(offset - 1)), 'edit does not split a surrogate pair');
			assert.ok(!(text[offset - 1] === '\r' && text[offset] === '\n'), 'edit does not split CRLF');
		}
	}
	const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
	for (let index = 1; index < sorted.length; index++) {
		assert.ok(sorted[index - 1].end <= sorted[index].start && sorted[index - 1].start !== sorted[index].start, 'edits are disjoint');
	}
	return edits;
}

interface SnippetEdit {
	readonly range: TextEdit['range'];
	readonly snippet: { readonly kind: 'snippet'; readonly value: string };
}

/** A snippet as the user would see it before typing: placeholders give their default text. */
function resolveSnippet(edit: TextEdit | SnippetEdit): TextEdit {
	if ('newText' in edit) {
		return edit;
	}
	assert.equal(edit.snippet.kind, 'snippet');
	return { range: edit.range, newText: snippetText(edit.snippet.value) };
}

export function snippetText(snippet: string): string {
	let result = '';
	for (let index = 0; index < snippet.length; index++) {
		const char = snippet[index];
		if (char === '\\' && index + 1 < snippet.length) {
			result += snippet[++index];
		} else if (char === '$' && snippet[index + 1] === '{') {
			const colon = snippet.indexOf(':', index);
			const close = snippet.indexOf('}', colon);
			result += snippet.slice(colon + 1, close);
			index = close;
		} else if (char === '$') {
			assert.fail(`unexpected bare tab stop in snippet ${snippet}`);
		} else {
			result += char;
		}
	}
	return result;
}

export function applyAction(document: TextDocument, action: CodeAction): string {
	return TextDocument.applyEdits(document, editsOf(document, action.edit));
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}

const markdown = new MarkdownIt({ html: true });

/**
 * HTML as a reader sees it: front matter and a byte order mark left out (renderers do), postmortem control
 * comments removed, with or without the whitespace right before them (a comment at a line end is
 * inserted with a space before it; one before a code span without).
 */
export function renderWithoutControlComments(text: string, dropSpaceBefore = true): string {
	const frontMatter = readFrontMatter(text, computeLineStarts(text));
	const body = (frontMatter === undefined ? text : text.slice(frontMatter.span.end)).replace(/^\uFEFF/, '');
	const html = markdown.render(body);
	return html
		.split('\n')
		.filter((line) => !/^\s*<!-- postmortem-[^>]*-->\s*$/.test(line))
		.join('\n')
		.replace(dropSpaceBefore ? /[ \t]?<!-- postmortem-[^>]*-->/g : /<!-- postmortem-[^>]*-->/g, '')
		.trimEnd();
}

const renderedBefore = new Map<string, [string, string]>();

/** The two texts render the same apart from postmortem control comments. `before` renderings are cached. */
export function assertSameRendering(before: string, after: string, message: string): void {
	let expected = renderedBefore.get(before);
	if (expected === undefined) {
		expected = [renderWithoutControlComments(before, false), renderWithoutControlComments(before)];
		renderedBefore.clear();
		renderedBefore.set(before, expected);
	}
	if (renderWithoutControlComments(after, false) === expected[0]) {
		return;
	}
	assert.equal(renderWithoutControlComments(after), expected[1], message);
}

/** Reports every sentence's first word: a finding on every line of prose, of every kind of block. */
export const everySentenceRule: Rule = {
	id: 'test/every-sentence',
	category: 'structure',
	description: 'Test rule: the first word of every sentence.',
	defaultSeverity: 'warning',
	check(context) {
		for (const sentence of context.doc.sentences) {
			const match = /[\p{L}\p{N}]+/u.exec(sentence.text);
			if (match !== null) {
				const start = sentence.span.start + match.index;
				context.report({ span: { start, end: start + match[0].length }, message: 'sentence' });
			}
		}
	},
};

/** Reports every occurrence of `word` in the raw text, wherever it is (front matter and code too). */
export function wordRule(word: string, id = 'test/word', fixes?: (span: Span) => Fix[]): Rule {
	const category = categoryOf(id) ?? 'structure';
	return {
		id,
		category,
		description: `Test rule: every "${word}".`,
		defaultSeverity: 'warning',
		check(context) {
			for (let index = context.doc.text.indexOf(word); index !== -1; index = context.doc.text.indexOf(word, index + word.length)) {
				const span = { start: index, end: index + word.length };
				context.report({ span, message: `found ${word}`, fixes: fixes?.(span) });
			}
		},
	};
}
