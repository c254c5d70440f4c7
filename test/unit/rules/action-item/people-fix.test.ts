import assert from 'node:assert/strict';
import { peopleFix } from '../../../../server/src/rules/action-item/people-fix';
import { checkRule, runRule } from '../../helpers';
import { strongDocument, tableHeader } from './forms';

suite('action-item/people-fix', () => {
	test('fires on people trying harder, in list, task and table form', () => {
		checkRule(peopleFix, [
			'## Action items',
			'- [|Be more careful|] when running migrations',
			'- [ ] [|Train|] the team on the failover runbook',
			'- [|Communicate better|] with support during incidents',
			'',
			...tableHeader,
			'| [|Everyone should pay|] more attention to the deploy channel | @web | 2026-12-15 | WEB-3 |',
		]);
	});

	test('fires on rules addressed to people, whatever they mention', () => {
		checkRule(peopleFix, ['## Action items', '- [|Engineers must follow|] the deploy checklist', '- [|Remind|] engineers to check the region before terraform apply']);
	});

	test('fires on advice to people, and is quiet when the advice points at a mechanism', () => {
		checkRule(peopleFix, [
			'## Action items',
			'- Something about [|recommending to others not to|] push large images just before a demo',
			'- [|Ask developers to|] rerun the migrations locally first',
			'- Ask developers to use the new release script',
		]);
	});

	test('is quiet when a mechanism carries the fix', () => {
		checkRule(peopleFix, [
			'## Action items',
			'- Add a CI check that refuses terraform apply when the region differs from the cluster',
			'- Schedule quarterly game days with training on the failover, run by the SRE team',
			'- Add a confirmation prompt to db-migrate so nobody has to double-check the target by hand',
		]);
	});

	test('is quiet on the strong item in every form, and on done items', () => {
		assert.deepEqual(runRule(peopleFix, strongDocument.join('\n')), []);
		checkRule(peopleFix, ['## Action items', '- [x] Train the team on the runbook']);
	});

	test('is quiet on "not aware" said of a system', () => {
		checkRule(peopleFix, ['## Action items', '- Split node groups per zone: the scheduler is not aware of zones']);
	});
});
