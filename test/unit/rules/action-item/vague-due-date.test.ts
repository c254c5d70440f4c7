import assert from 'node:assert/strict';
import { vagueDueDate } from '../../../../server/src/rules/action-item/vague-due-date';
import { checkRule, runRule } from '../../helpers';
import { applyOnlyFix, strongDocument, tableHeader } from './forms';

suite('action-item/vague-due-date', () => {
	test('fires on "ASAP", "soon" and "TBD" as a due date, in list, task and table form', () => {
		checkRule(vagueDueDate, [
			'## Action items',
			'- Cap retries at 3. Owner: @payments. Due: [|ASAP|].',
			'- [ ] Cap retries at 3, due [|soon|]',
			'- Cap retries at 3 (owner: @payments, deadline: [|TBD|])',
			'',
			...tableHeader,
			'| Cap retries at 3 | @payments | [|ASAP|] | PAY-12 |',
		]);
	});

	test('is quiet on real dates, relative periods and done items', () => {
		assert.deepEqual(runRule(vagueDueDate, strongDocument.join('\n')), []);
		checkRule(vagueDueDate, ['## Action items', '- Cap retries at 3, due end of Q1', '- Cap retries at 3, ETA: next sprint', '- [x] Cap retries at 3. Due: ASAP.']);
	});

	test('fix: replaces the word with a date two weeks out, and re-linting is quiet', () => {
		const fixed = applyOnlyFix(vagueDueDate, '## Action items\n- Cap retries at 3. Due: ASAP.');
		assert.equal(fixed, '## Action items\n- Cap retries at 3. Due: 2026-12-07.');
		assert.deepEqual(runRule(vagueDueDate, fixed), []);
	});
});
