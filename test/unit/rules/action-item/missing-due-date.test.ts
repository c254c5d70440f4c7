import assert from 'node:assert/strict';
import { missingDueDate } from '../../../../server/src/rules/action-item/missing-due-date';
import { checkRule, parse, runRule } from '../../helpers';
import { applyOnlyFix, strongDocument, tableHeader } from './forms';

function fixAndRelint(lines: readonly string[]): string {
	const fixed = applyOnlyFix(missingDueDate, lines.join('\n'));
	assert.deepEqual(runRule(missingDueDate, fixed), [], `still fires after the fix:\n${fixed}`);
	return fixed;
}

suite('action-item/missing-due-date', () => {
	test('fires on items with no due date, in list, task and table form', () => {
		checkRule(missingDueDate, [
			'## Action items',
			'- [|Cap retries at 3. Owner: @payments. PAY-12.|]',
			'- [ ] [|Cap retries at 3 (owner: @payments)|]',
			'',
			...tableHeader,
			'| [|Cap retries at 3|] | @payments |  | PAY-12 |',
		]);
	});

	test('is quiet on the strong item in every form, on done items and on dates written many ways', () => {
		assert.deepEqual(runRule(missingDueDate, strongDocument.join('\n')), []);
		checkRule(missingDueDate, [
			'## Action items',
			'- [x] Cap retries at 3',
			'- Cap retries at 3 due 2026-12-15',
			'- Cap retries at 3 by Dec 15',
			'- Cap retries at 3 (ETA: end of Q1)',
			'- Cap retries at 3',
			'  - Due: 15/12/2026',
		]);
	});

	test('does not take "due to" for a due date', () => {
		checkRule(missingDueDate, ['## Action items', '- [|Cap retries at 3, as the outage was due to a retry storm|]']);
	});

	test('fix: inserts a date two weeks out after the owner, and re-linting is quiet', () => {
		assert.equal(fixAndRelint(['## Action items', '- Cap retries at 3. Owner: @payments. PAY-12.']), '## Action items\n- Cap retries at 3. Owner: @payments. Due: 2026-12-07. PAY-12.');
		assert.equal(fixAndRelint(['## Action items', '- Cap retries at 3 (owner: @payments)']), '## Action items\n- Cap retries at 3 (owner: @payments, due: 2026-12-07)');
	});

	test('fix: offers the date as a snippet placeholder', () => {
		const [finding] = runRule(missingDueDate, '## Action items\n- Cap retries at 3.');
		assert.equal(finding.fixes[0].edits[0].snippet, ' Due: ${1:2026-12-07}.');
	});

	test('fix: writes the date in the document\'s own format', () => {
		const fixed = fixAndRelint(['## Action items', '- Add an alert. Due: 15/12/2026.', '- Cap retries at 3.']);
		assert.equal(fixed.split('\n')[2], '- Cap retries at 3. Due: 07/12/2026.');
		const named = fixAndRelint(['## Action items', '- Add an alert, due Dec 15, 2026.', '- Cap retries at 3.']);
		assert.equal(named.split('\n')[2], '- Cap retries at 3. Due Dec 7, 2026.');
	});

	test('fix: fills the empty Due cell; a table without the column says so', () => {
		const filled = fixAndRelint(['## Action items', ...tableHeader, '| Cap retries at 3 | @payments |  | PAY-12 |']);
		assert.equal(filled.split('\n').at(-1), '| Cap retries at 3 | @payments | 2026-12-07 | PAY-12 |');
		const lines = ['## Action items', '| Action | Owner |', '| --- | --- |', '| Cap retries at 3 | @payments |'];
		assert.match(runRule(missingDueDate, lines.join('\n'))[0].message, /no Due column/u);
		assert.equal(fixAndRelint(lines).split('\n').at(-1), '| Cap retries at 3 (due: 2026-12-07) | @payments |');
	});

	test('fix: keeps a colon that introduces a list last, so the list stays the item\'s details', () => {
		const fixed = fixAndRelint(['## Action items', '1. **Deeper monitoring**: we plan to alert on:', '', '- read amplification', '- table statistics']);
		assert.equal(fixed.split('\n')[1], '1. **Deeper monitoring**: we plan to alert on (due: 2026-12-07):');
	});

	test('fix: a document that writes dates day first gets a date that reads back as the same day', () => {
		const fixed = fixAndRelint(['## Timeline', '- 24-10-2026 02:00 deploy started', '', '## Action items', '- Cap retries at 3.']);
		assert.equal(fixed.split('\n').at(-1), '- Cap retries at 3. Due: 07-12-2026.');
		assert.deepEqual(parse(fixed).actionItems[0].due?.date, { year: 2026, month: 12, day: 7 });
		const unclear = fixAndRelint(['## Timeline', '- 04-03-2026 15:48 deploy started', '', '## Action items', '- Cap retries at 3.']);
		assert.equal(unclear.split('\n').at(-1), '- Cap retries at 3. Due: 2026-12-07.', 'when the order cannot be told, ISO');
	});

	test('fix: adds a sub-bullet when the item keeps its fields in sub-bullets', () => {
		const fixed = fixAndRelint(['## Action items', '- Cap retries at 3', '  * **Owner:** @payments']);
		assert.deepEqual(fixed.split('\n').slice(1), ['- Cap retries at 3', '  * **Due:** 2026-12-07', '  * **Owner:** @payments']);
	});

	test('a time frame in the heading or the lead-in label over a group of items dates each item', () => {
		checkRule(missingDueDate, [
			'## Action items',
			'### Long-term (Q4 2025 - Q1 2026)',
			'- Load-test the pool under contention. Owner: @flags',
			'### Short-term',
			'**In progress (next 2 weeks):**',
			'',
			'- Split the read and write pools. Owner: @flags',
			'',
			'**To complete before re-enabling sync:**',
			'',
			'- [|Update the chart config. Owner: @flags|]',
		]);
	});

	test('the due date goes after the text, not beside an owner who is the sentence\'s subject', () => {
		const fixed = fixAndRelint(['## Action items', '- SRE team to add an alert on 5xx.']);
		assert.equal(fixed.split('\n')[1], '- SRE team to add an alert on 5xx. Due: 2026-12-07.');
		assert.equal(parse(fixed).actionItems[0].owner?.text, 'SRE team');
	});
});
