/**
 * The injection grammar, tokenised the way VS Code does it: vscode-textmate + the Oniguruma WASM, with the
 * Markdown grammar (the one VS Code ships, from the tm-grammars package) as the host.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const root = join(__dirname, '..', '..', '..');
const injectionPath = join(root, 'syntaxes', 'postmortem.injection.tmLanguage.json');
const injectionScope = 'text.postmortem.injection';

async function loadMarkdownWithInjection(): Promise<IGrammar> {
	const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	const registry = new Registry({
		onigLib: Promise.resolve({ createOnigScanner: (sources) => new oniguruma.OnigScanner(sources), createOnigString: (text) => new oniguruma.OnigString(text) }),
		loadGrammar: async (scopeName) => {
			if (scopeName === 'text.html.markdown') {
				const path = require.resolve('tm-grammars/grammars/markdown.json');
				return parseRawGrammar(readFileSync(path, 'utf8'), path);
			}
			if (scopeName === injectionScope) {
				return parseRawGrammar(readFileSync(injectionPath, 'utf8'), injectionPath);
			}
			return null;
		},
		getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [injectionScope] : undefined),
	});
	const grammar = await registry.loadGrammar('text.html.markdown');
	assert.ok(grammar, 'the Markdown grammar loads');
	return grammar;
}

interface Token {
	readonly text: string;
	readonly scopes: readonly string[];
}

function tokenize(grammar: IGrammar, lines: readonly string[]): Token[][] {
	let state = INITIAL;
	return lines.map((line) => {
		const result = grammar.tokenizeLine(line, state);
		state = result.ruleStack;
		return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
	});
}

/** The scopes of the text `part` on line `line` (it must be exactly one token or a run of tokens with the scope). */
function scopesOf(tokens: readonly Token[][], line: number, part: string): string[] {
	const lineTokens = tokens[line];
	const joined = lineTokens.map((token) => token.text).join('');
	const start = joined.indexOf(part);
	assert.ok(start >= 0, `"${part}" is on line ${line}: ${joined}`);
	let offset = 0;
	const covering: Token[] = [];
	for (const token of lineTokens) {
		const end = offset + token.text.length;
		if (end > start && offset < start + part.length) {
			covering.push(token);
		}
		offset = end;
	}
	return covering.map((token) => [...token.scopes]).reduce((common, scopes) => common.filter((scope) => scopes.includes(scope)));
}

function has(tokens: readonly Token[][], line: number, part: string, scope: string): boolean {
	return scopesOf(tokens, line, part).includes(scope);
}

function exactly(tokens: readonly Token[][], line: number, part: string, scope: string): void {
	const token = tokens[line].find((candidate) => candidate.text === part);
	assert.ok(token, `"${part}" is one token on line ${line}: ${JSON.stringify(tokens[line].map((candidate) => candidate.text))}`);
	assert.ok(token.scopes.includes(scope), `${part}: ${token.scopes.join(' ')}`);
}

const TIMESTAMP = 'constant.numeric.timestamp.postmortem';
const OWNER = 'variable.other.owner.postmortem';
const LIFECYCLE = 'markup.bold.lifecycle.postmortem';
const ISSUE = 'constant.other.issue-key.postmortem';
const DUE = 'constant.numeric.date.due.postmortem';

suite('syntaxes: injection grammar in Markdown', function () {
	let grammar: IGrammar;

	suiteSetup(async () => {
		grammar = await loadMarkdownWithInjection();
	});

	test('timestamps at the start of list items, in every common shape, keeping the list scope', () => {
		const lines = ['- 14:02 Deploy started', '* 14:53:40 Alert', '1. 2026-11-18 16:45 UTC Paged', '- 2026-03-04T09:22:00Z Rolled back', '- 2:47 PM Call', '- Jan 14, 10:18 AM Report', '- 27-05-2025 13:44 – Rollout'];
		const tokens = tokenize(grammar, lines);
		exactly(tokens, 0, '14:02', TIMESTAMP);
		exactly(tokens, 1, '14:53:40', TIMESTAMP);
		exactly(tokens, 2, '2026-11-18 16:45 UTC', TIMESTAMP);
		exactly(tokens, 3, '2026-03-04T09:22:00Z', TIMESTAMP);
		exactly(tokens, 4, '2:47 PM', TIMESTAMP);
		exactly(tokens, 5, 'Jan 14, 10:18 AM', TIMESTAMP);
		exactly(tokens, 6, '27-05-2025 13:44', TIMESTAMP);
		assert.ok(has(tokens, 0, '-', 'punctuation.definition.list.begin.markdown'));
		assert.ok(has(tokens, 0, 'Deploy started', 'markup.list.unnumbered.markdown'));
	});

	test('timestamps in table rows and headings, with Markdown scopes kept around them', () => {
		const tokens = tokenize(grammar, ['| Time | Event |', '|---|---|', '| 2026-11-18 16:45 | Deploy |', '', '### 13:35', '', 'Deploy done.']);
		exactly(tokens, 2, '2026-11-18 16:45', TIMESTAMP);
		assert.ok(has(tokens, 2, '2026-11-18 16:45', 'markup.table.markdown'));
		exactly(tokens, 4, '13:35', TIMESTAMP);
		assert.ok(has(tokens, 4, '13:35', 'markup.heading.markdown'));
		assert.ok(!has(tokens, 0, 'Time', TIMESTAMP));
	});

	test('bold lifecycle labels after the time, and bold times', () => {
		const tokens = tokenize(grammar, ['- 14:10 **Detected** Alert fired', '- **16:58 UTC** - **Mitigated** Rollback done', '- 14:12 **Database** was slow']);
		exactly(tokens, 0, '14:10', TIMESTAMP);
		assert.ok(has(tokens, 0, '**Detected**', LIFECYCLE));
		exactly(tokens, 1, '16:58 UTC', TIMESTAMP);
		assert.ok(has(tokens, 1, '**Mitigated**', LIFECYCLE));
		assert.ok(!has(tokens, 2, 'Database', LIFECYCLE));
		assert.ok(has(tokens, 2, 'Database', 'markup.bold.markdown'), 'other bold text stays Markdown bold');
	});

	test('owners, due dates and issue keys on action-item lines with owner:/due: fields', () => {
		const tokens = tokenize(grammar, ['- [ ] Add a canary stage. Owner: @platform-team. Due: 2026-12-15. PAY-123', '- Alert on queue depth (owner: @sre/oncall, due: Dec 15, 2026, #482)']);
		assert.ok(has(tokens, 0, '@platform-team', OWNER));
		assert.ok(has(tokens, 0, '2026-12-15', DUE));
		assert.ok(has(tokens, 0, 'PAY-123', ISSUE));
		assert.ok(has(tokens, 1, '@sre/oncall', OWNER));
		assert.ok(has(tokens, 1, 'Dec 15, 2026', DUE));
		assert.ok(has(tokens, 1, '#482', ISSUE));
		assert.ok(has(tokens, 0, 'Add a canary stage.', 'markup.list.unnumbered.markdown'));
	});

	test("a README's @mentions, issue keys and times in prose stay plain", () => {
		const tokens = tokenize(grammar, ['Thanks @dave for the review of PAY-123.', '- Ask @dave about the 14:02 deploy', 'The deploy at 14:02 failed.', 'See https://example.com/@dave']);
		for (const [line, part] of [[0, '@dave'], [0, 'PAY-123'], [1, '@dave'], [1, '14:02'], [2, '14:02'], [3, '@dave']] as const) {
			const scopes = scopesOf(tokens, line, part);
			assert.ok(!scopes.some((scope) => scope.endsWith('.postmortem')), `${part} on line ${line}: ${scopes.join(' ')}`);
		}
	});

	test('nothing inside fenced code or inline code', () => {
		const tokens = tokenize(grammar, ['```', '14:02 Deploy owner: @dave', '```', '`14:02` Deploy']);
		assert.ok(!has(tokens, 1, '14:02', TIMESTAMP));
		assert.ok(!has(tokens, 1, '@dave', OWNER));
		assert.ok(!has(tokens, 3, '14:02', TIMESTAMP));
	});

	test('links and emphasis keep their Markdown scopes on timeline lines', () => {
		const tokens = tokenize(grammar, ['- 14:02 Deploy of [payments](https://example.com) *started* by @payments-team, see OPS-42']);
		assert.ok(has(tokens, 0, 'payments', 'string.other.link.title.markdown'));
		assert.ok(has(tokens, 0, 'started', 'markup.italic.markdown'));
		assert.ok(has(tokens, 0, '@payments-team', OWNER));
		assert.ok(has(tokens, 0, 'OPS-42', ISSUE));
	});
});

suite('syntaxes: the grammar file is the generator output', () => {
	test('postmortem.injection.tmLanguage.json matches build-injection-grammar.mjs', async () => {
		const generator = pathToFileURL(join(root, 'syntaxes', 'build-injection-grammar.mjs')).href;
		const { grammarJson } = (await import(generator)) as { grammarJson: string };
		assert.equal(readFileSync(injectionPath, 'utf8'), grammarJson, 'run: node syntaxes/build-injection-grammar.mjs');
	});
});
