import { faultAttribution } from '../../../../server/src/rules/blame/fault-attribution';
import { checkRule } from '../../helpers';

const causes = (line: string): string[] => ['## Contributing factors', '', line];

suite('blame/fault-attribution', () => {
	test('fires on fault and blame pinned on a person or team', () => {
		checkRule(faultAttribution, causes('It was Dave\'s [|fault|] that the cache was flushed.'));
		checkRule(faultAttribution, causes('The [|blame lies with|] the release manager.'));
		checkRule(faultAttribution, causes('Priya [|is to blame|] for the missing index.'));
		checkRule(faultAttribution, causes('The frontend team [|is at fault|] for the breaking change.'));
		checkRule(faultAttribution, causes('This one [|is on me|]: I merged without waiting for CI.'));
		checkRule(faultAttribution, causes('The [|culprit|] was Alex\'s late-night hotfix.'));
	});

	test('fires on causation with a person or team as the agent', () => {
		checkRule(faultAttribution, causes('The incident was [|caused by|] the intern running a migration.'));
		checkRule(faultAttribution, causes('Sarah [|caused|] the outage when she deleted the bucket.'));
		checkRule(faultAttribution, causes('Kim [|broke|] production on Friday afternoon.'));
		checkRule(faultAttribution, causes('Tom\'s change [|took down|] the login service.'));
		checkRule(faultAttribution, causes('The outage happened [|because|] Marco pushed an untested config.'));
		checkRule(faultAttribution, causes('The bug was [|introduced by|] Oscar\'s refactor.'));
	});

	test('fires on responsibility for the incident itself', () => {
		checkRule(faultAttribution, causes('Ultimately the database team is [|responsible for|] this outage.'));
		checkRule(faultAttribution, causes('[|Responsibility for|] the data loss rests with the contractor.'));
		checkRule(faultAttribution, causes('This outage [|is on|] the payments team.'));
		checkRule(faultAttribution, causes('The delay [|is down to|] the support team not reading their queue.'));
	});

	test('is quiet on technical faults, system causes and negations', () => {
		checkRule(faultAttribution, causes('A fault in the health check kept the bad node in rotation.'));
		checkRule(faultAttribution, causes('The outage was caused by a race condition in the cache warmer.'));
		checkRule(faultAttribution, causes('The config push caused the outage.'));
		checkRule(faultAttribution, causes('The load balancer was at fault.'));
		checkRule(faultAttribution, causes('No one was at fault; the tooling allowed a change without review.'));
		checkRule(faultAttribution, causes('We do not blame anyone for this incident.'));
		checkRule(faultAttribution, causes('The culprit was a misconfigured DNS record.'));
	});

	test('is quiet on accountability for follow-ups and ownership of systems', () => {
		checkRule(faultAttribution, ['## Action items', '', '- [ ] The payments team owns the fix for the retry logic.']);
		checkRule(faultAttribution, causes('The storage team is responsible for the backup service.'));
		checkRule(faultAttribution, causes('Responsibility for the certificate renewal was unclear between two teams.'));
		checkRule(faultAttribution, causes('The fix is on the storage team\'s roadmap.'));
	});

	test('is quiet on factual steps, praise, the authors\' own actions, users and plans', () => {
		checkRule(faultAttribution, ['## Timeline', '', '- 16:35 Dave rolled back the release.']);
		checkRule(faultAttribution, causes('Alex\'s late-night hotfix stopped the data loss.'));
		checkRule(faultAttribution, causes('The outage happened because we deployed on a Friday.'));
		checkRule(faultAttribution, causes('The outage was caused by users uploading very large files.'));
		checkRule(faultAttribution, causes('The outage happened because the cache expired.'));
		checkRule(faultAttribution, causes('Dave took down the old cluster as planned.'));
	});
});
