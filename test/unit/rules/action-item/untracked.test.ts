import assert from 'node:assert/strict';
import { untracked } from '../../../../server/src/rules/action-item/untracked';
import { checkRule, runRule } from '../../helpers';
import { strongDocument, tableHeader } from './forms';

suite('action-item/untracked', () => {
	test('fires on items with no issue key or link, in list, task and table form', () => {
		checkRule(untracked, [
			'## Action items',
			'- [|Cap retries at 3. Owner: @payments. Due: 2026-12-15.|]',
			'- [ ] [|Cap retries at 3|]',
			'',
			...tableHeader,
			'| [|Cap retries at 3|] | @payments | 2026-12-15 |  |',
		]);
	});

	test('counts issue keys, #123, org/repo#12, links and a ticket column; not standards like CVE ids', () => {
		assert.deepEqual(runRule(untracked, strongDocument.join('\n')), []);
		checkRule(untracked, [
			'## Action items',
			'- Cap retries at 3 (#4669)',
			'- Cap retries at 3, see org/payments#12',
			'- Cap retries at 3 [issue](https://example.com/issues/7)',
			'- [|Patch CVE-2021-44228 in the search cluster|]',
			'- [x] Rotate the keys',
		]);
	});

	test('says when a table has no ticket column', () => {
		const [finding] = runRule(untracked, ['## Action items', '| Action | Owner |', '| --- | --- |', '| Cap retries at 3 | @payments |'].join('\n'));
		assert.match(finding.message, /no Ticket column/u);
	});

	test('a tracking link in the heading or the lead-in label over a group of items tracks each item', () => {
		checkRule(untracked, [
			'## Action items',
			'### Short-term ([tracked in #40885](https://example.com/issues/40885))',
			'- Split the read and write pools',
			'- Add a circuit breaker to the flags client',
			'### Long-term',
			'Tracked in PAY-77:',
			'',
			'- Load-test the pool under contention',
			'',
			'Next:',
			'',
			'- [|Retire the legacy queue|]',
		]);
	});
});
