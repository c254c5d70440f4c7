import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-languageserver';
import type { ConfigInput } from '../../../server/src/config';
import { clearCodeOwnersCache, parseCodeOwners, workspaceFolderOf } from '../../../server/src/features/action-item-codeowners';
import { actionItemCompletion } from '../../../server/src/features/action-item-completion';
import { completionTriggerCharacters, type FeatureContext } from '../../../server/src/features/providers';
import { parsePostmortem } from '../../../server/src/model/parse';
import { configWith, testToday } from '../helpers';

/** `$$` marks the cursor. */
function complete(source: string, options: { input?: ConfigInput; uri?: string; relativePath?: string } = {}): CompletionItem[] {
	const offset = source.indexOf('$$');
	const text = source.replace('$$', '');
	const uri = options.uri ?? 'file:///work/postmortems/x.md';
	const document = TextDocument.create(uri, 'markdown', 1, text);
	const config = configWith(options.input ?? {});
	const settings = { enable: true, config, debounceMs: 0, relativePath: options.relativePath ?? 'postmortems/x.md' };
	const analysis = { uri, version: 1, doc: parsePostmortem(text), isPostmortem: true, findings: [], settings };
	const context: FeatureContext = { document, analysis, now: testToday, snippets: true };
	return actionItemCompletion(context, offset);
}

function inserted(items: readonly CompletionItem[]): string[] {
	return items.map((item) => (item.textEdit as TextEdit).newText);
}

const others = ['## Action items', '- Cap retries at 3. Owner: @payments.', '- Add a queue alert. Owner: @payments.', '- Rotate keys. Owner: @security.'];

suite('action-item completion', () => {
	test('after "Owner:" offers the owners already used, most used first, then configured teams', () => {
		const items = complete([...others, '- Pin the chart. Owner:$$'].join('\n'), { input: { teams: ['@platform-team', '@payments'] } });
		assert.deepEqual(inserted(items), [' @payments', ' @security', ' @platform-team']);
		assert.equal(items[0].detail, 'owner of 2 items here');
	});

	test('after "@" replaces what was typed, in any item form', () => {
		const items = complete([...others, '- [ ] Pin the chart (owner: @pay$$'].join('\n'));
		assert.deepEqual(inserted(items), ['@payments', '@security']);
		const range = (items[0].textEdit as TextEdit).range;
		assert.equal(range.end.character - range.start.character, '@pay'.length);
	});

	test('in the Owner cell of an action-item table', () => {
		const items = complete([...others, '', '| Action | Owner | Due |', '| --- | --- | --- |', '| Pin the chart | $$ |  |'].join('\n'));
		assert.deepEqual(inserted(items), ['@payments', '@security']);
	});

	test('after "Due:" offers +1 week, +2 weeks, end of month and end of quarter in the document\'s format', () => {
		assert.deepEqual(inserted(complete(['## Action items', '- Cap retries at 3. Due:$$'].join('\n'))), [' 2026-11-30', ' 2026-12-07', ' 2026-11-30', ' 2026-12-31'].filter((value, index, all) => all.indexOf(value) === index));
		const labels = complete(['## Action items', '- Add an alert. Due: 15/12/2026.', '- Cap retries at 3. Due: $$'].join('\n')).map((item) => item.label);
		assert.deepEqual(labels, ['30/11/2026', '07/12/2026', '31/12/2026']);
	});

	test('in the Due cell of a table', () => {
		const labels = complete(['## Action items', '| Action | Owner | Due |', '| --- | --- | --- |', '| Pin the chart | @web | $$ |'].join('\n')).map((item) => item.label);
		assert.deepEqual(labels, ['2026-11-30', '2026-12-07', '2026-12-31']);
	});

	test('never fires outside action items, or elsewhere in an item', () => {
		assert.deepEqual(complete(['## Summary', 'Owner: $$', '', '## Action items', '- Cap retries at 3'].join('\n')), []);
		assert.deepEqual(complete(['## Timeline', '- 14:02 paged @$$'].join('\n')), []);
		assert.deepEqual(complete(['## Action items', '- Cap retries$$ at 3'].join('\n')), []);
		assert.deepEqual(complete(['## Action items', '- Mail ops@$$'].join('\n')), []);
	});

	test('offers CODEOWNERS owners from the workspace folder, and notices when the file changes', () => {
		const folder = mkdtempSync(join(tmpdir(), 'postmortem-codeowners-'));
		try {
			mkdirSync(join(folder, '.github'));
			mkdirSync(join(folder, 'postmortems'));
			writeFileSync(join(folder, '.github', 'CODEOWNERS'), '# owners\n*.ts @acme/web @dana\n/db/ @acme/dba ops@example.com\n');
			const uri = pathToFileURL(join(folder, 'postmortems', 'x.md')).toString();
			clearCodeOwnersCache();
			const items = complete(['## Action items', '- Cap retries. Owner: $$'].join('\n'), { uri });
			assert.deepEqual(items.map((item) => [item.label, item.detail]), [['@acme/web', 'from CODEOWNERS'], ['@dana', 'from CODEOWNERS'], ['@acme/dba', 'from CODEOWNERS'], ['ops@example.com', 'from CODEOWNERS']]);
			rmSync(join(folder, '.github', 'CODEOWNERS'));
			clearCodeOwnersCache();
			assert.deepEqual(complete(['## Action items', '- Cap retries. Owner: $$'].join('\n'), { uri }), []);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	test('reads CODEOWNERS lines, skipping comments and GitLab sections; finds the folder from the relative path', () => {
		assert.deepEqual(parseCodeOwners('[Docs]\n/docs/ @docs-team # writers\n# * @nobody\n* @acme/core\n'), ['@docs-team', '@acme/core']);
		assert.equal(workspaceFolderOf('file:///work/repo/postmortems/x.md', 'postmortems/x.md'), '/work/repo');
		assert.equal(workspaceFolderOf('untitled:Untitled-1', undefined), undefined);
	});

	test('registers "@" and ":" as trigger characters', () => {
		assert.ok(completionTriggerCharacters.includes('@') && completionTriggerCharacters.includes(':'));
	});
});
