import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllWithoutSaving, endOfLineWith, insertAt, label, openCheckedFixture, waitFor } from './helpers';

const searchLag = 'postmortems/2026-11-10-search-index-lag.md';

/** The completion labels at `position`, once the list has items that `accept` likes. */
async function completionsAt(uri: vscode.Uri, position: vscode.Position, accept: (labels: string[]) => boolean, what: string): Promise<string[]> {
	let seen: string[] = [];
	try {
		return await waitFor(async () => {
			const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
			seen = list.items.filter((item) => item.kind !== vscode.CompletionItemKind.Snippet && item.kind !== vscode.CompletionItemKind.Text).map(label);
			return accept(seen) && seen;
		}, what);
	} catch (error) {
		throw new Error(`${(error as Error).message}; offered: ${seen.join(', ') || 'nothing'}`);
	}
}

suite('Action item completions', () => {
	teardown(closeAllWithoutSaving);

	test('after "Owner:" the teams that already own items in the document are offered', async () => {
		const { editor, uri } = await openCheckedFixture(searchLag);
		const end = endOfLineWith(editor.document, 'Improve monitoring.');
		await insertAt(editor, end, ' Owner: ');
		const position = end.translate(0, ' Owner: '.length);
		const owners = await completionsAt(uri, position, (labels) => labels.includes('@search-team'), '@search-team offered as owner');
		assert.ok(owners.every((owner) => owner.startsWith('@')), `owners are handles: ${owners.join(', ')}`);
	});

	test('after "Due:" dates are offered in the format the document writes them, none in the past', async () => {
		const { editor, uri } = await openCheckedFixture(searchLag);
		const end = endOfLineWith(editor.document, 'Improve monitoring.');
		await insertAt(editor, end, ' Due: ');
		const position = end.translate(0, ' Due: '.length);
		const isoDate = /^\d{4}-\d{2}-\d{2}$/;
		const dates = await completionsAt(uri, position, (labels) => labels.some((text) => isoDate.test(text)), 'due dates offered');
		const today = new Date().toISOString().slice(0, 10);
		const offered = dates.filter((text) => isoDate.test(text));
		assert.ok(offered.every((date) => date > today), `dates after today (${today}): ${offered.join(', ')}`);
	});
});
