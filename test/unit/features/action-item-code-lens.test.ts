import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { actionItemCodeLens } from '../../../server/src/features/action-item-code-lens';
import { actionItemHover } from '../../../server/src/features/action-item-hover';
import { codeLensProviders, hoverProviders, type FeatureContext } from '../../../server/src/features/providers';
import { parsePostmortem } from '../../../server/src/model/parse';
import { summarizeActionItems } from '../../../server/src/rules/action-item/summary';
import { configWith, testToday } from '../helpers';

function contextFor(lines: readonly string[]): FeatureContext {
	const text = lines.join('\n');
	const document = TextDocument.create('file:///work/postmortems/x.md', 'markdown', 1, text);
	const settings = { enable: true, config: configWith(), debounceMs: 0, relativePath: 'postmortems/x.md' };
	return { document, analysis: { uri: document.uri, version: 1, doc: parsePostmortem(text), isPostmortem: true, findings: [], settings }, now: testToday, snippets: false };
}

const sixItems = [
	'# Checkout outage',
	'',
	'## Action items',
	'- Add an alert on 5xx above 0.1% for 5 minutes. Owner: @payments. Due: 2026-12-15. PAY-1.',
	'- [ ] Cap retries at 3. Owner: @payments. Due: ASAP.',
	'- [x] Rotate keys. Owner: @security. Due: 2026-11-01.',
	'',
	'### Process',
	'- Write the failover runbook (owner: @sre) #42',
	'',
	'| Action | Owner | Due | Ticket |',
	'| --- | --- | --- | --- |',
	'| Pin the chart | | | |',
	'| Add a canary stage |  | 2027-01-15 | |',
];

suite('action-item summary, code lens and hover', () => {
	test('summarizeActionItems counts items, owners, real dates and tracking', () => {
		assert.deepEqual(summarizeActionItems(parsePostmortem(sixItems.join('\n'))), { items: 6, owned: 4, dated: 3, tracked: 2 });
	});

	test('one lens on the Action items heading, counting its sub-sections too', () => {
		const context = contextFor(sixItems);
		const lenses = actionItemCodeLens(context);
		assert.deepEqual(lenses.map((lens) => [lens.range.start.line, lens.command?.title]), [[2, '6 items · 4 owned · 3 dated · 2 tracked']]);
		assert.ok(codeLensProviders.includes(actionItemCodeLens));
	});

	test('no lens on an empty Action items section or without one', () => {
		assert.deepEqual(actionItemCodeLens(contextFor(['## Action items', '', '## Lessons learned', '- Be kind'])), []);
		assert.deepEqual(actionItemCodeLens(contextFor(['## Summary', 'Nothing to do.'])), []);
	});

	test('hover on the heading lists which open items lack an owner, a date or a ticket', () => {
		const context = contextFor(sixItems);
		const heading = context.document.offsetAt({ line: 2, character: 5 });
		const hover = actionItemHover(context, heading) as Hover;
		const value = (hover.contents as MarkupContent).value;
		assert.equal(value.split('\n')[0], '**6 items · 4 owned · 3 dated · 2 tracked**');
		assert.match(value, /1 done, 5 open or not marked\./u);
		assert.match(value, /- No owner: lines 13, 14/u);
		assert.match(value, /- No due date: lines 5, 9, 13/u);
		assert.match(value, /- Not tracked: lines 5, 13, 14/u);
		assert.equal(actionItemHover(context, context.document.offsetAt({ line: 3, character: 4 })), undefined);
		assert.ok(hoverProviders.includes(actionItemHover));
	});
});
