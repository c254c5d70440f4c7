/**
 * Timeline completion, hover, code lens and the "entry now" request against the BUILT server over stdio,
 * in list, table and heading timelines and several timestamp formats.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { serverPath, TestLspClient } from './lsp-client';

interface Position {
	readonly line: number;
	readonly character: number;
}
interface Item {
	readonly label: string;
	readonly detail?: string;
	readonly filterText?: string;
	readonly insertTextFormat?: number;
	readonly textEdit: { readonly range: { readonly start: Position; readonly end: Position }; readonly newText: string };
}

let counter = 0;
function uri(): string {
	counter++;
	return `file:///tmp/work/postmortems/2026-11-18-timeline-${counter}.md`;
}

/** The text without the `¦` cursor mark, and the cursor's position. */
function withCursor(lines: readonly string[]): { text: string; position: Position } {
	const line = lines.findIndex((candidate) => candidate.includes('¦'));
	assert.ok(line >= 0, 'the test text marks the cursor with ¦');
	return { text: lines.join('\n').replace('¦', ''), position: { line, character: lines[line].indexOf('¦') } };
}

suite('timeline completion over stdio', function () {
	let client: TestLspClient;

	suiteSetup(function () {
		assert.ok(existsSync(serverPath), `${serverPath} is missing: run "npm run build" first`);
	});

	setup(async () => {
		client = new TestLspClient({ settings: { debounceMs: 0 } });
		await client.initialize();
	});

	teardown(async () => {
		await client.shutdown();
	});

	async function complete(lines: readonly string[], context?: unknown): Promise<Item[]> {
		const { text, position } = withCursor(lines);
		const documentUri = uri();
		await client.open(documentUri, text);
		const result = await client.request<Item[] | { items: Item[] } | null>('textDocument/completion', { textDocument: { uri: documentUri }, position, context });
		return Array.isArray(result) ? result : (result?.items ?? []);
	}

	function texts(items: readonly Item[]): string[] {
		return items.filter((item) => !item.label.startsWith('**')).map((item) => item.textEdit.newText);
	}

	test('announces space and | as trigger characters', async () => {
		const other = new TestLspClient();
		const result = (await other.initialize()) as { capabilities: { completionProvider: { triggerCharacters: string[] } } };
		await other.shutdown();
		assert.ok(result.capabilities.completionProvider.triggerCharacters.includes(' '));
		assert.ok(result.capabilities.completionProvider.triggerCharacters.includes('|'));
	});

	test('list timeline, HH:mm: the previous time, +1 and +5 min, as whole entries with a tab stop', async () => {
		const items = await complete(['# Checkout outage', '## Timeline', 'All times UTC.', '', '- 14:02 Deploy started', '- 14:10 Alert fired', '- ¦'], { triggerKind: 2, triggerCharacter: ' ' });
		assert.deepEqual(texts(items), ['14:10 ${1:What happened}', '14:11 ${1:What happened}', '14:15 ${1:What happened}']);
		const first = items[0];
		assert.equal(first.insertTextFormat, 2);
		assert.deepEqual(first.textEdit.range, { start: { line: 6, character: 2 }, end: { line: 6, character: 2 } });
	});

	test('a date given once, then bare times: new entries are bare times', async () => {
		const items = await complete(['## Timeline', 'All times UTC.', '', '- 2026-11-18 14:02 - Deploy started', '- 14:10 - Alert fired', '- 14¦']);
		assert.deepEqual(texts(items), ['14:10 - ${1:What happened}', '14:11 - ${1:What happened}', '14:15 - ${1:What happened}']);
		assert.deepEqual(items[0].textEdit.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 4 } });
	});

	test('list timeline, HH:mm:ss', async () => {
		const items = await complete(['## Timeline', 'All times UTC.', '', '- 14:53:40 Alert fired', '- ¦']);
		assert.deepEqual(texts(items), ['14:53:40 ${1:What happened}', '14:54:00 ${1:What happened}', '14:58:00 ${1:What happened}']);
	});

	test('table timeline, ISO 8601 with Z: a whole row in the time column', async () => {
		const items = await complete(['## Timeline', '', '| Time | Event |', '|------|-------|', '| 2026-03-04T09:22:00Z | Deploy started |', '| ¦']);
		assert.deepEqual(texts(items), ['2026-03-04T09:22:00Z | ${1:What happened} |', '2026-03-04T09:23:00Z | ${1:What happened} |', '2026-03-04T09:27:00Z | ${1:What happened} |']);
	});

	test('table timeline with separate Date and Time columns: the time goes in the time column', async () => {
		const items = await complete(['## Timeline', '', '| Date | Time (UTC) | Event |', '|---|---|---|', '| 2026-11-18 | 16:45 | Deploy |', '| 2026-11-18 | ¦']);
		assert.deepEqual(texts(items), ['16:45 | ${1:What happened} |', '16:46 | ${1:What happened} |', '16:50 | ${1:What happened} |']);
	});

	test('heading timeline, date and zone written on each: the event goes under the heading', async () => {
		const items = await complete(['## Timeline', '', '### 2026-11-18 16:45 UTC', '', 'Deploy started.', '', '### ¦']);
		assert.deepEqual(texts(items), ['2026-11-18 16:45 UTC\n\n${1:What happened}', '2026-11-18 16:46 UTC\n\n${1:What happened}', '2026-11-18 16:50 UTC\n\n${1:What happened}']);
	});

	test('heading timeline in 12-hour times with the event on the heading line', async () => {
		const items = await complete(['## Timeline (times in BST)', '', '### 5:00 PM - Incident declared', '', '### 5:02 PM - Channel updated', '', '### ¦']);
		assert.deepEqual(texts(items), ['5:02 PM - ${1:What happened}', '5:03 PM - ${1:What happened}', '5:07 PM - ${1:What happened}']);
	});

	test('"now" in the declared zone when the incident is today', async () => {
		const now = new Date();
		const today = now.toISOString().slice(0, 10);
		const items = await complete(['---', `date: ${today}`, '---', '## Timeline', 'All times UTC.', '', '- 00:00 Impact started', '- ¦']);
		const nowItem = items.find((item) => item.detail?.startsWith('now'));
		assert.ok(nowItem, JSON.stringify(items.map((item) => item.detail)));
		const [hours, minutes] = nowItem.label.split(':').map(Number);
		const written = hours * 60 + minutes;
		const actual = now.getUTCHours() * 60 + now.getUTCMinutes();
		assert.ok(Math.abs(written - actual) <= 2 || Math.abs(written - actual) >= 1438, `${nowItem.label} is now in UTC`);
	});

	test('no "now" when the incident was another day', async () => {
		const items = await complete(['## Timeline', 'All times UTC.', '', '- 2019-10-20 00:55 Builds failing', '- ¦']);
		assert.equal(items.find((item) => item.detail?.startsWith('now')), undefined);
	});

	test('lifecycle labels, written bold at the start of the entry, for moments not yet labelled', async () => {
		const items = await complete(['## Timeline', 'All times UTC.', '', '- 14:02 **Impact started** Deploy', '- ¦']);
		const labels = items.filter((item) => item.label.startsWith('**')).map((item) => item.label);
		assert.deepEqual(labels, ['**Detected**', '**Acknowledged**', '**Mitigated**', '**Resolved**']);
		const detected = items.find((item) => item.label === '**Detected**');
		assert.equal(detected?.textEdit.newText, '${1:14:02} **Detected** ${2:What happened}');
	});

	test('bold timestamps stay bold', async () => {
		const items = await complete(['## Timeline', '', '- **16:58 UTC** - Writer saturation', '- **¦']);
		assert.equal(texts(items)[0], '16:58 UTC** - ${1:What happened}');
	});

	test('never outside a timeline', async () => {
		assert.deepEqual(await complete(['## Timeline', '- 14:02 Deploy', '', '## Action items', '- ¦']), []);
		assert.deepEqual(await complete(['## Summary', '- 14:02 Deploy', '', 'Text ¦']), []);
		assert.deepEqual(await complete(['## Timeline', '- 14:02 Deploy started and ¦']), []);
	});

	test('hover on a timestamp says how long after the impact start it is', async () => {
		const documentUri = uri();
		await client.open(documentUri, ['## Timeline', 'All times UTC.', '', '- 14:02 **Impact started** Errors', '- 14:10 **Detected** Alert fired', '- 14:35 **Mitigated** Rolled back'].join('\n'));
		const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: documentUri }, position: { line: 4, character: 4 } });
		assert.match(hover?.contents.value ?? '', /\*\*T\+8 min\*\* since impact start \(14:02, line 4\)/);
		assert.match(hover?.contents.value ?? '', /Time to detect: \*\*8 min\*\*/);
		const none = await client.request<unknown>('textDocument/hover', { textDocument: { uri: documentUri }, position: { line: 1, character: 2 } });
		assert.equal(none, null);
	});

	test('code lens on the Timeline heading shows the figures', async () => {
		const documentUri = uri();
		await client.open(documentUri, ['# Outage', '', '## Timeline', 'All times UTC.', '', '- 23:50 **Impact started** Errors', '- 23:58 **Detected** Alert fired', '- 00:40 **Mitigated** Rolled back', '- 01:15 **Resolved** Back to normal'].join('\n'));
		const lenses = await client.request<{ range: { start: Position }; command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri: documentUri } });
		assert.deepEqual(lenses.map((lens) => lens.command.title), [
			'Time to detect 8 min (lines 6→7)',
			'Time to mitigate 50 min (lines 6→8)',
			'Time to resolve 1 h 25 min (lines 6→9)',
			'Total impact 50 min (lines 6→8)',
		]);
		assert.ok(lenses.every((lens) => lens.range.start.line === 2));
	});

	test('the "entry now" request writes at the cursor, or after the timeline when the cursor is elsewhere', async () => {
		const documentUri = uri();
		const text = ['## Timeline', 'All times UTC.', '', '- 14:02 Deploy', '- 14:10 Alert', '', '## Impact', 'Checkout failed.'].join('\n');
		await client.open(documentUri, text);
		const appended = await client.request<{ range: { start: Position }; snippet: string; text: string }>('postmortem/timelineEntryNow', { uri: documentUri, position: { line: 7, character: 3 } });
		assert.deepEqual(appended.range.start, { line: 4, character: 13 });
		assert.match(appended.snippet, /^\n- \d{2}:\d{2} \$\{1:What happened\}$/);
		assert.match(appended.text, /^\n- \d{2}:\d{2} $/);
		const outside = await client.request<{ error: string }>('postmortem/timelineEntryNow', { uri: 'file:///tmp/work/postmortems/not-open.md', position: { line: 0, character: 0 } });
		assert.match(outside.error, /not checked/);
	});
});
