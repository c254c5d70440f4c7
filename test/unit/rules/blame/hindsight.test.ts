import assert from 'node:assert/strict';
import { hindsight } from '../../../../server/src/rules/blame/hindsight';
import { checkRule } from '../../helpers';
import { applyFix } from './fix-helpers';

const wrong = (line: string): string[] => ['## What went wrong', '', line];

suite('blame/hindsight', () => {
	test('fires on "should have" + past participle about a person, role or team', () => {
		checkRule(hindsight, wrong('The reviewer [|should have caught|] the missing migration.'));
		checkRule(hindsight, wrong('Dave [|should have known|] the flag was on.'));
		checkRule(hindsight, wrong('We [|should have noticed|] the error rate earlier.'));
		checkRule(hindsight, wrong('The SRE [|ought to have rolled|] back at once.'));
		checkRule(hindsight, wrong('The DBA [|could easily have prevented|] the outage.'));
		checkRule(hindsight, wrong('She [|should not have run|] the script on a Friday.'));
		checkRule(hindsight, wrong('Dave [|should have been|] more careful.'));
	});

	test('fires on omissions with a person as subject', () => {
		checkRule(hindsight, wrong('Ben [|forgot|] to renew the certificate.'));
		checkRule(hindsight, wrong('The operator [|failed to|] follow the runbook.'));
		checkRule(hindsight, wrong('The on-call engineer [|ignored|] the disk alert.'));
		checkRule(hindsight, wrong('The engineer [|didn\'t bother to|] check the dashboards.'));
		checkRule(hindsight, wrong('Apparently [|nobody thought to|] read the error message.'));
		checkRule(hindsight, wrong('Lee tried to reach the DBA, but later [|failed to|] escalate.'));
	});

	test('fires on counterfactual conditionals about a person', () => {
		checkRule(hindsight, wrong('[|Had Maria double-checked|] the hostname, the data would still be there.'));
		checkRule(hindsight, wrong('[|If the reviewer had actually read|] the diff, this would never have shipped.'));
		checkRule(hindsight, wrong('[|If only Chris had waited|] for the tests, we would have been fine.'));
	});

	test('is quiet when a system is the subject', () => {
		checkRule(hindsight, wrong('The health check failed to detect the hung worker.'));
		checkRule(hindsight, wrong('The migration tool ignored the lock timeout setting.'));
		checkRule(hindsight, wrong('Monitoring missed the spike.'));
		checkRule(hindsight, wrong('The fuzzer should have caught this crash.'));
		checkRule(hindsight, wrong('The alert should have fired at 90% but the threshold was 99%.'));
		checkRule(hindsight, wrong('Had the graph been on the main dashboard, the spike would have been visible.'));
		checkRule(hindsight, wrong('If the tests had been required, the merge would have waited for them.'));
	});

	test('is quiet on plans, needs, passives and "should have" + noun', () => {
		checkRule(hindsight, ['## Action items', '', '- [ ] We should add a check that blocks empty migrations.']);
		checkRule(hindsight, wrong('We should have a talk with the platform team about ownership.'));
		checkRule(hindsight, wrong('This bug should have been found on staging.'));
		checkRule(hindsight, wrong('This test case was missed, but has been added now.'));
	});

	test('is quiet when the sentence gives the reason, or the person tried', () => {
		checkRule(hindsight, wrong('We failed to notice the queue growing because it had no dashboard.'));
		checkRule(hindsight, wrong('The on-call engineer missed the page due to a routing rule.'));
		checkRule(hindsight, wrong('Lee tried to reach the database team but failed to get an answer.'));
		checkRule(hindsight, wrong('The team could have failed over sooner if the runbook had named the region.'));
	});

	test('is quiet on excuses, hypotheses and missed targets', () => {
		checkRule(hindsight, wrong('Nobody could have known the flag was on.'));
		checkRule(hindsight, wrong('Even the best engineer would have missed this.'));
		checkRule(hindsight, wrong('She could have done nothing differently.'));
		checkRule(hindsight, wrong('We missed our SLO for the month.'));
		checkRule(hindsight, wrong('If Jenny had not escalated, the outage would have lasted hours.'));
	});

	test('is quiet on products and quoted or block-quoted words', () => {
		checkRule(hindsight, wrong('Terraform ignored the lifecycle block.'));
		checkRule(hindsight, wrong('Sam asked in chat: "did someone forget to renew the cert?"'));
		checkRule(hindsight, ['## Timeline', '', '> Dave: I forgot to drain the node, sorry']);
	});

	test('a capitalised name from front matter people: is a person', () => {
		checkRule(hindsight, ['---', 'people:', '  Zorblax: the on-call engineer', '---', '## What went wrong', '', 'Zorblax [|ignored|] the alert.']);
	});

	test('"should have caught" → "did not catch, because …", with a snippet placeholder', () => {
		const { fixed, fix } = applyFix(wrong('The reviewer should have caught the missing migration.').join('\n'), 'blame/hindsight', 'should have caught');
		assert.equal(fixed.split('\n')[2], 'The reviewer did not catch the missing migration, because ….');
		assert.equal(fix.edits[1].snippet, ', because ${1:…}');
	});

	test('omission fixes keep the verb and ask for the reason', () => {
		assert.equal(applyFix(wrong('Ben forgot to renew the certificate.').join('\n'), 'blame/hindsight', 'forgot').fixed.split('\n')[2], 'Ben did not renew the certificate, because ….');
		assert.equal(applyFix(wrong('The on-call engineer ignored the disk alert.').join('\n'), 'blame/hindsight', 'ignored').fixed.split('\n')[2], 'The on-call engineer did not act on the disk alert, because ….');
		assert.equal(applyFix(wrong('Lee failed to escalate when the error rate doubled.').join('\n'), 'blame/hindsight', 'failed to').fixed.split('\n')[2], 'Lee did not escalate when the error rate doubled, because ….');
	});

	test('"should not have run" → "ran, because …"; regular verbs get their base form', () => {
		assert.equal(applyFix(wrong('She should not have run the script on a Friday.').join('\n'), 'blame/hindsight', 'should not have run').fixed.split('\n')[2], 'She ran the script on a Friday, because ….');
		assert.equal(applyFix(wrong('Dave should have noticed the spike.').join('\n'), 'blame/hindsight', 'should have noticed').fixed.split('\n')[2], 'Dave did not notice the spike, because ….');
		assert.equal(applyFix(wrong('Dave should have escalated it.').join('\n'), 'blame/hindsight', 'should have escalated').fixed.split('\n')[2], 'Dave did not escalate it, because ….');
	});

	test('the reason goes before a semicolon, and is not added twice', () => {
		assert.equal(applyFix(wrong('Ben forgot to renew it; the reminder went nowhere.').join('\n'), 'blame/hindsight', 'forgot').fixed.split('\n')[2], 'Ben did not renew it, because …; the reminder went nowhere.');
		const explained = applyFix(wrong('Because the reminder went to an old mailbox, Ben forgot to renew it.').join('\n'), 'blame/hindsight', 'forgot');
		assert.equal(explained.fixed.split('\n')[2], 'Because the reminder went to an old mailbox, Ben did not renew it.');
	});
});
