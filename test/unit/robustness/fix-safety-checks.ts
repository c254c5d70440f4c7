/**
 * What the fix-safety suite holds every code action to, written apart from the server's own safety checks
 * (features/fix-all.ts `editsAreSafe`) so that a bug there cannot hide itself: the edit is versioned for
 * the document it was computed on; its ranges are in bounds, disjoint and split no surrogate pair or CRLF;
 * applied the way a client applies it, every untouched slice is byte-identical, and the BOM, every line
 * break and the final-line-break state survive; the findings after it compare to the ones before.
 * Each check returns problems as strings, so one run reports all of them.
 */
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../../server/src/lint';

export interface OffsetEdit {
	readonly start: number;
	readonly end: number;
	readonly newText: string;
	/** The snippet the client got, when it got one; `newText` is then what it inserts before typing. */
	readonly snippet?: ParsedSnippet;
}

interface SnippetEdit {
	readonly range: TextEdit['range'];
	readonly snippet: { readonly kind: string; readonly value: string };
}

const tabStop = /\$(?:\d+|\{\d+\})/y;
const placeholder = /\$\{\d+:([^$}\\]*)\}/y;

export interface ParsedSnippet {
	/** The literal text around the tab stops: one more than `defaults`. */
	readonly literals: string[];
	/** Each tab stop's default text ('' for `$1`). */
	readonly defaults: string[];
}

/**
 * `${1:text}` is a tab stop with default text, `$1` and `${1}` one without, `\x` is x. Anything else after
 * a `$` (a variable, a nested placeholder, a choice) is not something the server writes, and an unescaped
 * `$` from the document would be read as one: that throws.
 */
export function parseSnippet(snippet: string): ParsedSnippet {
	const literals = [''];
	const defaults: string[] = [];
	for (let index = 0; index < snippet.length; index++) {
		const char = snippet[index];
		if (char === '\\' && index + 1 < snippet.length) {
			literals[literals.length - 1] += snippet[++index];
		} else if (char === '$') {
			tabStop.lastIndex = index;
			placeholder.lastIndex = index;
			const stop = tabStop.exec(snippet);
			const filled = stop === null ? placeholder.exec(snippet) : null;
			const match = stop ?? filled;
			if (match === null) {
				throw new Error(`unescaped "$" in snippet ${JSON.stringify(snippet)}`);
			}
			defaults.push(filled?.[1] ?? '');
			literals.push('');
			index += match[0].length - 1;
		} else {
			literals[literals.length - 1] += char;
		}
	}
	return { literals, defaults };
}

/** The text a snippet inserts before the user types: literals and defaults. */
export function snippetText(parsed: ParsedSnippet): string {
	return parsed.literals.map((literal, index) => literal + (parsed.defaults[index] ?? '')).join('');
}

/** A plain-text edit is the snippet's literal text around some visible placeholder of its own. */
export function plainMatchesSnippet(plain: string, parsed: ParsedSnippet): boolean {
	const escaped = parsed.literals.map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`^${escaped.join('[^\\r\\n]*')}$`, 'u').test(plain);
}

/** The action's edits as offsets into `document`, with every problem of their form. */
export function actionEdits(document: TextDocument, action: CodeAction): { edits: OffsetEdit[]; problems: string[] } {
	const problems: string[] = [];
	const changes = action.edit?.documentChanges;
	if (action.command !== undefined) {
		problems.push(`carries a command (${action.command.command}): its edit could be computed after the document changed`);
	}
	if (changes === undefined || action.edit?.changes !== undefined || changes.length !== 1 || !('edits' in changes[0])) {
		return { edits: [], problems: [...problems, 'the edit is not exactly one versioned TextDocumentEdit'] };
	}
	const change = changes[0];
	if (change.textDocument.uri !== document.uri || change.textDocument.version !== document.version) {
		problems.push(`targets ${change.textDocument.uri} v${change.textDocument.version}, the document is v${document.version}`);
	}
	const edits = change.edits.map((edit) => {
		const snippet = 'newText' in edit ? undefined : parsed((edit as unknown as SnippetEdit).snippet, problems);
		const newText = 'newText' in edit ? edit.newText : snippet === undefined ? '' : snippetText(snippet);
		return { start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end), newText, snippet, range: edit.range };
	});
	for (const edit of edits) {
		// offsetAt clamps: a range past the end or inside a line break would come back as a different position.
		for (const position of [edit.range.start, edit.range.end]) {
			const back = document.positionAt(document.offsetAt(position));
			if (back.line !== position.line || back.character !== position.character) {
				problems.push(`position ${position.line}:${position.character} is not in the document (clamped to ${back.line}:${back.character})`);
			}
		}
	}
	problems.push(...rangeProblems(document.getText(), edits));
	return { edits: [...edits].sort((a, b) => a.start - b.start || a.end - b.end), problems };
}

function parsed(snippet: SnippetEdit['snippet'], problems: string[]): ParsedSnippet | undefined {
	try {
		if (snippet.kind !== 'snippet') {
			throw new Error(`snippet of kind ${snippet.kind}`);
		}
		return parseSnippet(snippet.value);
	} catch (error) {
		problems.push(error instanceof Error ? error.message : String(error));
		return undefined;
	}
}

export function rangeProblems(text: string, edits: readonly OffsetEdit[]): string[] {
	const problems: string[] = [];
	for (const edit of edits) {
		if (!(0 <= edit.start && edit.start <= edit.end && edit.end <= text.length)) {
			problems.push(`range [${edit.start}, ${edit.end}) is out of bounds (length ${text.length})`);
		}
		for (const offset of [edit.start, edit.end]) {
			if (isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))) {
				problems.push(`offset ${offset} splits a surrogate pair`);
			}
			if (text[offset - 1] === '\r' && text[offset] === '\n') {
				problems.push(`offset ${offset} splits a CRLF`);
			}
		}
		if (edit.start === edit.end && edit.newText === '') {
			problems.push(`empty edit at ${edit.start}`);
		}
	}
	const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
	for (let index = 1; index < sorted.length; index++) {
		const [previous, next] = [sorted[index - 1], sorted[index]];
		// Two insertions at one offset overlap too: their order is up to the client.
		if (previous.end > next.start || previous.start === next.start) {
			problems.push(`edits [${previous.start}, ${previous.end}) and [${next.start}, ${next.end}) overlap`);
		}
	}
	return problems;
}

function isHigh(code: number): boolean {
	return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}

const lineBreak = /\r\n|\r|\n/g;

/** Line starts by LSP's rule (\n, \r\n and \r end lines). */
export function lineStarts(text: string): number[] {
	return [0, ...[...text.matchAll(lineBreak)].map((match) => match.index + match[0].length)];
}

function breaks(text: string): string[] {
	return text.match(lineBreak) ?? [];
}

/**
 * `after` (what a client made of the edits) against `before`: untouched slices byte-identical, no line
 * break created or lost at an edit's edge (a CR meeting an LF), new breaks in the document's own style,
 * the BOM and the final line break as they were.
 */
export function integrityProblems(before: string, after: string, edits: readonly OffsetEdit[]): string[] {
	const problems: string[] = [];
	let shift = 0;
	let cursor = 0;
	for (const edit of [...edits, { start: before.length, end: before.length, newText: '' }]) {
		const slice = before.slice(cursor, edit.start);
		if (after.slice(cursor + shift, cursor + shift + slice.length) !== slice) {
			problems.push(`the untouched text [${cursor}, ${edit.start}) changed`);
		}
		shift += edit.newText.length - (edit.end - edit.start);
		cursor = edit.end;
	}
	if (after.length !== before.length + shift) {
		problems.push(`the result is ${after.length} long, the edits make ${before.length + shift}`);
	}
	const expectedBreaks = breaks(before).length + edits.reduce((sum, edit) => sum + breaks(edit.newText).length - breaks(before.slice(edit.start, edit.end)).length, 0);
	if (breaks(after).length !== expectedBreaks) {
		problems.push(`${breaks(after).length} line breaks after the edit, ${expectedBreaks} expected: a CR and an LF met at an edit's edge`);
	}
	const styles = new Set(breaks(before));
	const foreign = edits.flatMap((edit) => breaks(edit.newText)).filter((inserted) => styles.size > 0 && !styles.has(inserted));
	if (foreign.length > 0) {
		problems.push(`inserts ${JSON.stringify(foreign[0])} into a document whose line breaks are ${JSON.stringify([...styles])}`);
	}
	if (before.startsWith('\uFEFF') !== after.startsWith('\uFEFF')) {
		problems.push(before.startsWith('\uFEFF') ? 'the BOM was lost' : 'a BOM appeared');
	} else if (before.startsWith('\uFEFF') && edits.some((edit) => edit.start === 0)) {
		problems.push('an edit starts before the BOM');
	}
	if (/[\r\n]$/.test(before) !== /[\r\n]$/.test(after)) {
		problems.push(/[\r\n]$/.test(before) ? 'the final line break was lost' : 'a final line break appeared');
	}
	return problems;
}

/** Applies the edits as a client does (vscode-languageserver-textdocument), checked against a plain splice. */
export function applyEdits(document: TextDocument, edits: readonly OffsetEdit[]): { after: string; problems: string[] } {
	const after = TextDocument.applyEdits(document, edits.map((edit) => ({ range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.newText })));
	let spliced = '';
	let cursor = 0;
	const text = document.getText();
	for (const edit of edits) {
		spliced += text.slice(cursor, edit.start) + edit.newText;
		cursor = Math.max(cursor, edit.end);
	}
	spliced += text.slice(cursor);
	return { after, problems: after === spliced ? [] : ['the client applies the edits differently from a plain splice'] };
}

/** Where an offset of the old text is after the edits (inside a replaced range: at its start). */
export function offsetMapper(edits: readonly OffsetEdit[]): (offset: number) => number {
	return (offset) => {
		let shift = 0;
		for (const edit of edits) {
			if (edit.end <= offset) {
				shift += edit.newText.length - (edit.end - edit.start);
			} else if (edit.start < offset) {
				return edit.start + shift;
			}
		}
		return offset + shift;
	};
}

export function findingKey(finding: Finding, map: (offset: number) => number = (offset) => offset): string {
	return `${finding.ruleId}@${map(finding.span.start)}`;
}

function counts(keys: readonly string[]): Map<string, number> {
	const result = new Map<string, number>();
	keys.forEach((key) => result.set(key, (result.get(key) ?? 0) + 1));
	return result;
}

/** A new finding that the edit made visible rather than caused (see `revealedBy` in the suite). */
export type Revealed = (finding: Finding) => boolean;

/**
 * Findings by rule and (mapped) start, before and after: none may be new unless `revealed` says the edit
 * only made it visible, and `target`, when given, must be gone. Messages are left out of the key: some
 * name line numbers, which an inserted line moves.
 */
export function findingProblems(before: readonly Finding[], after: readonly Finding[], edits: readonly OffsetEdit[], target?: Finding, revealed: Revealed = () => false): string[] {
	const map = offsetMapper(edits);
	const old = counts(before.map((finding) => findingKey(finding, map)));
	const now = counts(after.map((finding) => findingKey(finding)));
	const problems: string[] = [];
	for (const [key, count] of now) {
		const added = after.filter((candidate) => findingKey(candidate) === key).filter((finding) => !revealed(finding));
		if (count > (old.get(key) ?? 0) && added.length > 0) {
			problems.push(`new finding ${key}: ${added[0].message}`);
		}
	}
	if (target !== undefined) {
		const key = findingKey(target, map);
		if ((now.get(key) ?? 0) >= (old.get(key) ?? 0)) {
			problems.push(`the targeted finding ${key} is still there`);
		}
	}
	return problems;
}
