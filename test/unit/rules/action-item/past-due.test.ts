import assert from 'node:assert/strict';
import { pastDue } from '../../../../server/src/rules/action-item/past-due';
import { checkRule, runRule } from '../../helpers';
import { applyOnlyFix, strongDocument, tableHeader } from './forms';

suite('action-item/past-due', () => {
	test('fires on open items whose due date has passed (today is 2026-11-23), in list, task and table form', () => {
		checkRule(pastDue, [
			'## Action items',
			'- Cap retries at 3. Owner: @payments. Due: [|2026-11-01|].',
			'- [ ] Cap retries at 3 (due: [|Nov 22, 2026|])',
			'',
			...tableHeader,
			'| Cap retries at 3 | @payments | [|2026-10-30|] | PAY-12 |',
		]);
	});

	test('is quiet on future dates, today, done items and the strong item', () => {
		assert.deepEqual(runRule(pastDue, strongDocument.join('\n')), []);
		checkRule(pastDue, ['## Action items', '- Cap retries at 3. Due: 2026-11-23.', '- [x] Cap retries at 3. Due: 2026-11-01.', '- Cap retries at 3. Due: 2026-11-01. (done)']);
	});

	test('the clock is injectable', () => {
		const text = '## Action items\n- Cap retries at 3. Due: 2026-11-01.';
		assert.equal(runRule(pastDue, text, {}, new Date(Date.UTC(2026, 9, 31))).length, 0);
		assert.equal(runRule(pastDue, text, {}, new Date(Date.UTC(2026, 10, 2))).length, 1);
	});

	test('takes the year of a date written without one from the incident date', () => {
		checkRule(pastDue, ['---', 'date: 2026-10-20', '---', '## Action items', '- Cap retries at 3, due [|Nov 1|]', '- Add an alert, due Dec 1']);
	});

	test('in a postmortem marked closed, open items stand out; items of unknown status do not', () => {
		checkRule(pastDue, ['**Status:** Closed', '', '## Action items', '- [ ] [|Cap retries at 3|]', '- Add a queue alert', '- [x] Rotate the keys']);
		checkRule(pastDue, ['**Status:** Complete - action items in progress', '', '## Action items', '- [ ] Cap retries at 3']);
	});

	test('fix: marks a task done, and re-linting is quiet', () => {
		const fixed = applyOnlyFix(pastDue, '## Action items\n- [ ] Cap retries at 3. Due: 2026-11-01.');
		assert.equal(fixed, '## Action items\n- [x] Cap retries at 3. Due: 2026-11-01.');
		assert.deepEqual(runRule(pastDue, fixed), []);
	});
});
