import assert from 'node:assert/strict';
import { isIndividualOwner, ownerIsResponder } from '../../../../server/src/rules/action-item/owner-is-responder';
import { checkRule, runRule } from '../../helpers';
import { strongDocument, tableHeader } from './forms';

const timeline = ['## Timeline', '- 14:02 Alert fired', '- 14:05 @dana acknowledged and rolled back the deploy', '- 14:20 Priya confirmed recovery', ''];

suite('action-item/owner-is-responder', () => {
	test('fires when the owner is a person who responded in the timeline, in list, task and table form', () => {
		checkRule(ownerIsResponder, [
			...timeline,
			'## Action items',
			'- Cap retries at 3. Owner: [|@dana|]. Due: 2026-12-15. PAY-12.',
			'- [ ] Add a queue alert (owner: [|Priya|])',
			'',
			...tableHeader,
			'| Cap retries at 3 | [|@dana|] | 2026-12-15 | PAY-12 |',
		]);
	});

	test('is quiet on team owners, configured teams, people not in the timeline, and done items', () => {
		checkRule(
			ownerIsResponder,
			[...timeline, '## Action items', '- Cap retries at 3. Owner: @payments-team.', '- Add an alert. Owner: @dana-squad.', '- Add an alert. Owner: @sam.', '- [x] Add an alert. Owner: @dana.', '- Add a runbook. Owner: @core.'],
			{ teams: ['@core'] },
		);
		assert.deepEqual(runRule(ownerIsResponder, [...timeline, ...strongDocument].join('\n')), []);
	});

	test('tells people from teams', () => {
		assert.equal(isIndividualOwner('@dana', []), true);
		assert.equal(isIndividualOwner('Dana Lee', []), true);
		assert.equal(isIndividualOwner('@platform-team', []), false);
		assert.equal(isIndividualOwner('@acme/payments', []), false);
		assert.equal(isIndividualOwner('Core-1 team', []), false);
		assert.equal(isIndividualOwner('@ledger', ['@ledger']), false);
	});
});
