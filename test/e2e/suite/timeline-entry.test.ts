import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllWithoutSaving, endOfLineWith, insertAt, label, openCheckedFixture, waitFor } from './helpers';

const searchLag = 'postmortems/2026-11-10-search-index-lag.md';
const lastEntry = '12:40 **Resolved**';
const clockTime = /^\d{2}:\d{2}$/;

suite('Timeline entries', () => {
	teardown(closeAllWithoutSaving);

	test('a new entry in the timeline is offered the next timestamps, written like the entries above', async () => {
		const { editor, uri } = await openCheckedFixture(searchLag);
		const end = endOfLineWith(editor.document, lastEntry);
		await insertAt(editor, end, '\n- ');
		const position = new vscode.Position(end.line + 1, 2);
		const times = await waitFor(async () => {
			const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
			const found = list.items.filter((item) => clockTime.test(label(item)));
			return found.length > 0 && found;
		}, 'timestamp completions on the new entry');
		const labels = times.map(label);
		assert.ok(labels.every((time) => time >= '12:40'), `no time before the last entry: ${labels.join(', ')}`);
		const next = times.find((item) => label(item) > '12:40');
		assert.ok(next, `a time after 12:40 among ${labels.join(', ')}`);

		const text = next.insertText instanceof vscode.SnippetString ? next.insertText : new vscode.SnippetString(String(next.insertText ?? label(next)));
		const range = next.range instanceof vscode.Range ? next.range : next.range?.replacing;
		assert.ok(await editor.insertSnippet(text, range), 'the completion was inserted');
		assert.match(editor.document.lineAt(end.line + 1).text, new RegExp(`^- ${label(next)}\\b`));
	});

	test('the timeline-entry snippet is offered on a new line and inserts a timed entry', async () => {
		const { editor, uri } = await openCheckedFixture(searchLag);
		const end = endOfLineWith(editor.document, lastEntry);
		await insertAt(editor, end, '\n');
		const position = new vscode.Position(end.line + 1, 0);
		const snippet = await waitFor(async () => {
			const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
			return list.items.find((item) => item.kind === vscode.CompletionItemKind.Snippet && label(item) === 'timeline-entry');
		}, 'the timeline-entry snippet among the completions');
		assert.ok(snippet.insertText instanceof vscode.SnippetString, 'a snippet, with tab stops');
		assert.ok(await editor.insertSnippet(snippet.insertText, position), 'the snippet was inserted');
		// The snippet writes the editor's current time, then a placeholder for the event.
		assert.match(editor.document.lineAt(end.line + 1).text, /^- \d{2}:\d{2} What happened$/);
	});

	test('"Insert timeline entry (now)" appends an entry with the current time in the timeline\'s format', async () => {
		const { editor } = await openCheckedFixture(searchLag);
		const entryLine = endOfLineWith(editor.document, lastEntry).line + 1;
		// The cursor is outside the timeline: the entry goes after the last one.
		const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
		editor.selection = new vscode.Selection(end, end);
		const before = new Date();
		await vscode.commands.executeCommand('postmortem.insertTimelineEntryNow');
		const entry = /^- (?:(\d{4}-\d{2}-\d{2}) )?(\d{2}:\d{2})\b/;
		const inserted = await waitFor(() => entry.exec(editor.document.lineAt(entryLine).text) ?? undefined, 'the new entry below the last one').catch((error: Error) => {
			const around = editor.document.getText(new vscode.Range(entryLine - 2, 0, entryLine + 3, 0));
			throw new Error(`${error.message}; the timeline ends:\n${around}`);
		});
		const [, date, time] = inserted;
		const utc = (moment: Date): { date: string; time: string } => ({ date: moment.toISOString().slice(0, 10), time: moment.toISOString().slice(11, 16) });
		const moments = [utc(before), utc(new Date())];
		assert.ok(moments.some((moment) => moment.time === time), `"${time}" is now in UTC (the document says "All times UTC")`);
		// The entries above are all on the incident's day; an entry on another day must say which.
		if (moments[0].date !== '2026-11-10') {
			assert.ok(moments.some((moment) => moment.date === date), `the entry names today's date: ${inserted[0]}`);
		}
	});
});
