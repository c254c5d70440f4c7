import assert from 'node:assert/strict';
import { appendSlot, entrySlotAt, entryText, followingTimes, nowChoice } from '../../../server/src/timeline/new-entry';
import { parse } from '../helpers';

const now = new Date(Date.UTC(2026, 10, 18, 16, 53, 40));

function at(lines: readonly string[]): { doc: ReturnType<typeof parse>; offset: number } {
	const source = lines.join('\n');
	return { doc: parse(source.replace('¦', '')), offset: source.indexOf('¦') };
}

function entries(lines: readonly string[], snippet = false): string[] {
	const { doc, offset } = at(lines);
	const slot = entrySlotAt(doc, offset);
	assert.ok(slot, 'a slot for a new entry');
	const choices = [...followingTimes(slot), nowChoice(doc, slot, now, true)].filter((choice) => choice !== undefined);
	return choices.map((choice) => entryText(slot, choice.text, { snippet }));
}

suite('timeline/new-entry', () => {
	test('paragraph timelines keep their emphasis and separator', () => {
		assert.deepEqual(entries(['## Timeline', '*06:00*: Site down<br />', '', '¦']), ['*06:00*: ', '*06:01*: ', '*06:05*: ']);
	});

	test('an empty line in a list timeline gets the list marker; ordered lists count on', () => {
		assert.deepEqual(entries(['## Timeline', '1. 14:02 Deploy', '2. 14:10 Alert', '¦']).slice(0, 1), ['3. 14:10 ']);
	});

	test('"now" is written in the timeline zone and only when the incident is today', () => {
		assert.deepEqual(entries(['---', 'date: 2026-11-18', '---', '## Timeline', 'All times CET.', '- 14:53 Deploy', '- ¦']).at(-1), '17:53 ');
		assert.equal(entries(['---', 'date: 2026-11-17', '---', '## Timeline', 'All times CET.', '- 14:53 Deploy', '- ¦']).length, 3);
	});

	test('a bare time is not moved past midnight; a dated one is', () => {
		assert.deepEqual(entries(['## Timeline', '- 23:58 Alert', '- ¦']), ['23:58 ', '23:59 ']);
		assert.deepEqual(entries(['## Timeline', '- 2026-11-30 23:58 Alert', '- ¦']).slice(1), ['2026-11-30 23:59 ', '2026-12-01 00:03 ']);
	});

	test('snippet text escapes $ and } from the document', () => {
		const { doc, offset } = at(['## Timeline', '- 14:02 $ Deploy', '- ¦']);
		const slot = entrySlotAt(doc, offset);
		assert.ok(slot);
		assert.equal(entryText({ ...slot, separator: ' $ ' }, '14:02', { snippet: true }), '14:02 \\$ ${1:What happened}');
	});

	test('the command appends after the last entry, written like it, with a date once the day has passed', () => {
		const doc = parse(['---', 'date: 2026-11-17', '---', '## Timeline', 'All times UTC.', '', '### 2026-11-17 22:10', '', 'Alert fired.', '', '### 22:30', '', 'Rolled back.', '', '## Impact', 'Bad.'].join('\n'));
		const appended = appendSlot(doc);
		assert.ok(appended);
		const choice = nowChoice(doc, appended.slot, now, false);
		assert.equal(appended.newline + entryText(appended.slot, choice?.text ?? '', { snippet: false }), '\n\n### 2026-11-18 16:53\n\n');
		assert.equal(doc.text.slice(0, appended.slot.replace.start).endsWith('Rolled back.'), true);
	});

	test('no slot mid-sentence, outside a timeline, or in a heading of another level', () => {
		for (const lines of [['## Timeline', '- 14:02 Deploy and ¦'], ['## Impact', '- ¦'], ['## Timeline', '### 14:02', 'Deploy', '## ¦']]) {
			const { doc, offset } = at(lines);
			assert.equal(entrySlotAt(doc, offset), undefined, lines.join(' / '));
		}
	});
});
