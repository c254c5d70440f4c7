import assert from 'node:assert/strict';
import { humanError } from '../../../../server/src/rules/blame/human-error';
import { checkRule } from '../../helpers';
import { applyFix } from './fix-helpers';

const causes = (line: string): string[] => ['## Contributing factors', '', line];

suite('blame/human-error', () => {
	test('fires on human error given as the cause', () => {
		checkRule(humanError, causes('The outage was caused by [|human error|].'));
		checkRule(humanError, causes('Root cause: [|operator error|] during the failover.'));
		checkRule(humanError, causes('This was a [|developer mistake|] in the schema migration.'));
		checkRule(humanError, causes('[|Operator error|] led to the wrong cluster being drained.'));
		checkRule(humanError, causes('We attribute this incident to [|user error|] by the admin.'));
		checkRule(humanError, causes('This was a classic case of [|human error|].'));
	});

	test('fires on a mistake pinned on a person', () => {
		checkRule(humanError, causes('We traced the failure to a [|mistake|] by the on-call engineer.'));
		checkRule(humanError, causes('The cause was a [|typo|] made by the admin.'));
		checkRule(humanError, causes('This was an obvious [|error|] on Sam\'s part.'));
		checkRule(humanError, causes('The intern\'s [|mistake|] deleted the table.'));
	});

	test('is quiet on meta-discussion and on human error as something to design for', () => {
		checkRule(humanError, causes('Human error is a symptom, not a cause.'));
		checkRule(humanError, causes('Calling this human error would stop the investigation at the last person who touched the system.'));
		checkRule(humanError, causes('The form made human error likely: delete and deploy sit side by side.'));
		checkRule(humanError, causes('No human error was involved; the scheduler started the job on its own.'));
		checkRule(humanError, causes('Human error will always happen; the tooling has to absorb it.'));
	});

	test('is quiet on technical errors and mistakes not pinned on anyone', () => {
		checkRule(humanError, causes('The API returned a 500 error for 12% of requests.'));
		checkRule(humanError, causes('User errors in the sign-up form increased after the change.'));
		checkRule(humanError, causes('A configuration mistake in the rate limiter took the API offline.'));
		checkRule(humanError, causes('Users saw their errors in the dashboard.'));
		checkRule(humanError, ['## Human error', '', 'See below.']);
	});

	test('"human error" → "a gap in …" with a snippet placeholder', () => {
		const { fixed, fix } = applyFix(causes('The outage was caused by human error.').join('\n'), 'blame/human-error', 'human error');
		assert.equal(fixed.split('\n')[2], 'The outage was caused by a gap in process or tooling.');
		assert.equal(fix.edits[0].snippet, 'a gap in ${1:process or tooling}');
	});

	test('the rewrite takes the article along and keeps a capital at the start', () => {
		assert.equal(applyFix(causes('The data loss was due to a human error on the ops side.').join('\n'), 'blame/human-error', 'human error').fixed.split('\n')[2], 'The data loss was due to a gap in process or tooling on the ops side.');
		assert.equal(applyFix(causes('Operator error led to the wrong cluster being drained.').join('\n'), 'blame/human-error', 'Operator error').fixed.split('\n')[2], 'A gap in process or tooling led to the wrong cluster being drained.');
		assert.equal(applyFix(causes('Issue was caused by human errors in the upgrade.').join('\n'), 'blame/human-error', 'human errors').fixed.split('\n')[2], 'Issue was caused by gaps in process or tooling in the upgrade.');
	});
});
