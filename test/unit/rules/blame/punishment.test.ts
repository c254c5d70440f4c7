import { punishment } from '../../../../server/src/rules/blame/punishment';
import { checkRule } from '../../helpers';

const wrong = (line: string): string[] => ['## What went wrong', '', line];
const actions = (line: string): string[] => ['## Action items', '', line];

suite('blame/punishment', () => {
	test('fires on punishment talk', () => {
		checkRule(punishment, actions('- [ ] Dave will be [|disciplined|] for the outage.'));
		checkRule(punishment, actions('- [ ] Anyone who skips the checklist again will [|face consequences|].'));
		checkRule(punishment, wrong('This kind of carelessness [|will not be tolerated|].'));
		checkRule(punishment, wrong('The on-call engineer received a [|formal warning|].'));
		checkRule(punishment, wrong('Those responsible will be [|held to account|].'));
	});

	test('fires on sanctions said of a person', () => {
		checkRule(punishment, wrong('The contractor has been [|let go|] after the incident.'));
		checkRule(punishment, wrong('The responsible engineer was [|fired|] the next week.'));
		checkRule(punishment, wrong('Jan was [|removed from the on-call rotation|] as a result.'));
	});

	test('fires on accountability for the incident and "unacceptable" about conduct', () => {
		checkRule(punishment, actions('- [ ] We will hold the release team [|accountable|] for the outage.'));
		checkRule(punishment, wrong('The engineer\'s behaviour during the incident was [|unacceptable|].'));
		checkRule(punishment, wrong('The vendor\'s response was [|unacceptable|].'));
	});

	test('is quiet on accountability for follow-ups', () => {
		checkRule(punishment, actions('- [ ] The release team is accountable for delivering the canary stage.'));
		checkRule(punishment, actions('- [ ] Every action item gets an accountable owner.'));
		checkRule(punishment, actions('- [ ] We will hold team leads accountable for closing follow-ups on time.'));
	});

	test('is quiet on systems, attackers, outages and negations', () => {
		checkRule(punishment, ['## Timeline', '', '- 14:02 The alert fired and the worker was terminated by the OOM killer.']);
		checkRule(punishment, wrong('We contacted support to get the malicious user banned.'));
		checkRule(punishment, wrong('Such outages are unacceptable to our customers, and we apologise.'));
		checkRule(punishment, actions('- [ ] No one will be disciplined for this incident.'));
		checkRule(punishment, wrong('This review is not about punishment.'));
		checkRule(punishment, wrong('The on-call engineer dismissed the alert as noise.'));
	});
});
