/**
 * People-fix read from the item's audience and outcome (item-outcome.ts): what is left when the item is
 * closed is only a change in people, however it is worded, and a mechanism that involves people is not.
 */
import assert from 'node:assert/strict';
import { peopleFix } from '../../../../server/src/rules/action-item/people-fix';
import { runRule } from '../../helpers';

function fires(item: string): boolean {
	return runRule(peopleFix, `## Action items\n\n${item}\n`).length > 0;
}

function assertAll(items: readonly string[], expected: boolean): void {
	const wrong = items.filter((item) => fires(item) !== expected);
	assert.deepEqual(wrong, [], `expected people-fix=${expected}`);
}

suite('action-item/people-fix: outcome', () => {
	test('fires on a norm stated without a modal or a label', () => {
		assertAll(['- From now on, whoever merges a schema change stays online until the backfill ends', '- nobody edits the routing table on a Friday, no exceptions', '- Going forward, the person who approves a refund is never the one who requested it'], true);
	});

	test("fires on a role's duty with a habit or manner mark, in any trade", () => {
		assertAll(['- Pharmacists to double scan every controlled-drug label', '- Tellers must count the drawer twice at close', '- Field crews should always ring dispatch before climbing a mast', '* Couriers are responsible for photographing each parcel at the door'], true);
	});

	test('fires on requests addressed to people, native or not', () => {
		assertAll(['- All operators please to check the alarm panel at shift start', '- Store staff kindly stop sharing the till login'], true);
	});

	test('fires on telling, briefing and reinforcing people', () => {
		assertAll(['- Brief the weekend crew about the new cut-over order', '- Explain once more to the clinicians that the downtime forms live in the red folder', '- Hammer home with the traders that limit overrides need a second signature'], true);
	});

	test('fires on what people are to hold in mind', () => {
		assertAll(['- Keep in mind that the billing API rounds to the nearest cent', '- Researchers need a firmer grasp of how quotas are charged', '- Foster a sense of ownership of the on-call queue in every squad', '- **Lesson for the team:** confirm the tenant before bulk deletes'], true);
	});

	test('is quiet on work assigned to people and on mechanisms that involve people', () => {
		assertAll(
			[
				'- Platform team to upgrade Kafka to 3.6 on all brokers',
				'- Alert on-call when the disk on db-02 passes 90%',
				'- Hand over ownership of the payments dashboards to the SRE team',
				'- Pair with the storage team to understand the snapshot schedule',
				'- We should investigate the connection pool limits on orders-db',
				'- Remind the on-call engineer automatically at 08:00 to check the overnight batch (scheduled in Opsgenie)',
				'- Capture learnings from the migration in the wiki page',
			],
			false,
		);
	});

	test('fires on a duty word, a role named by one word more, a request to notify, a manner asked and a walk-through', () => {
		assertAll(
			[
				'- Shift supervisors supposed to countersign the handover sheet by hand',
				'- Network admins to confirm twice the VLAN before patching a port',
				'- Please be sure to notify the data protection officer within 48h of a lost laptop',
				'- Check two times the patient wristband before giving medication',
				'1. Priya to walk the weekend crew through the cold-start steps',
				'- **Reminder:** freezers need a manual defrost after a power cut',
			],
			true,
		);
	});

	test('is quiet on gates, schedules and settings that involve people, and on people words naming things', () => {
		assertAll(
			[
				'- Set up a follow-the-sun on-call schedule in Opsgenie: new hires shadow for a week first',
				'- Make the phishing course a hard requirement in the HR portal — no completion, no VPN account',
				'- Run a quarterly access review of the ledger roles with each cost-centre owner and remove the accounts nobody signs off',
				"- Turn off 'Everyone' sharing in the tenant settings",
				'- Bump the training image to CUDA 12.4 and rebuild the wheels',
				'- Stop `nightly_export` running on bank holidays',
				'- Ensure the NOC is adequately staffed over the holidays',
				'- Okta sign-on rule: admins need a hardware key from the security group',
			],
			false,
		);
	});

	test('reads chat-style modals, reflexive mind verbs and an early manner', () => {
		assertAll(['- we gotta get better at pinging the owner before restarting their service', '- Analysts should acquaint themselves with the new dashboard filters', '- Duty managers to call the bridge early when a batch slips'], true);
	});

	test('is quiet on people enrolled in a rota, a group or a course', () => {
		assertAll(['- Enrol each new controller in the on-call rota in the workforce tool for their first month', '- Register all pharmacists in the e-learning course on the new dispensing robot'], false);
	});

	test('fires on a message passed to an audience, a norm in a that-clause, a negated duty and a habit opened by a norm mark', () => {
		assertAll(
			[
				'- Circulate a bulletin to all offices warning staff about the invoice scam',
				'- It is essential that duty nurses confirm the pump rate with a colleague',
				'- Dispatchers are not to reassign a job without calling the driver',
				'- From now on we read the diff aloud before merging to the release branch',
				'- Each analyst is responsible for archiving their own notebooks',
				'- Team leads to have a quiet word with the operators involved',
				'- Ensure all subcontractors understand the site access rules',
			],
			true,
		);
	});

	test('is quiet on an automated message to an audience and on people given access or a tool', () => {
		assertAll(['- Send an automated weekly summary of open incidents to all managers', '- Give the support agents read-only access to the billing admin', '- Set up a Slack bot that reminds the on-call to hand over at 09:00'], false);
	});

	test('is quiet on things people own, abilities a tool gives, tools that enforce, defaults and system paging', () => {
		assertAll(
			[
				"- Cashiers' terminals should lock after 90 seconds idle",
				'- Agents get paged when the callback queue exceeds 200',
				'- Dispatch should be able to see driver locations in the fleet console',
				'- Operators must use the new `drain-node` script, which refuses to run on the last healthy node',
				'- Contractors should have read-only access to the ledger by default',
				'- Stop paging the whole NOC; page only the primary on-call',
				'- Ops team to always change DNS through Terraform and revoke console write access',
			],
			false,
		);
	});

	test('fires on a role label with a habit, a request to the team, a manner given up, a passive telling and a discussion of what matters', () => {
		assertAll(
			[
				'- Line crews: call control before any isolation',
				"- team, let's never restart the broker mid-batch",
				'- Cowboy fixes on the live switch have to stop',
				'- The need to double-check tenant IDs was reiterated to the support engineers',
				'- Go over the lessons from this outage with the night shift',
				'- Agreement with all squads: no schema changes on Fridays',
				'- Embed a blameless ethos in the operations function',
			],
			true,
		);
	});

	test('is quiet on an assurance about things, a state said of a system, and a change clause before a habit', () => {
		assertAll(['- Ensure all services have readiness probes', '- **Split the node groups per zone**: the scheduler is not aware of zones, so pods pile up', '- Investigate the CRC mismatch: add a checksum step to the OTA updater before flashing'], false);
	});

	test('what people are to have is provided to them, not a habit; a routine or a word with people is', () => {
		assertAll(['- Analysts should have better visibility into job failures', '- Support agents should get a clearer view of refund status'], false);
		assertAll(['- Everyone should get into the routine of reading the handover notes at shift start', '- Ward managers to have a word with the staff involved'], true);
	});

	test('reads a present passive instruction to people as open, not as finished work', () => {
		assertAll(['- All staff are reminded to lock their screens when leaving the desk', '- Operators are encouraged to raise concerns early'], true);
	});

	test('fires on people caused to act, a campaign for awareness, a habit entered and people taught as a state', () => {
		assertAll(
			[
				'- Get the traders to flag limit breaches to risk sooner',
				'- Run a security awareness campaign on USB drops',
				'- Get into the habit of pasting the query plan in the ticket',
				'- Ensure new NOC starters are properly trained on the alarm console before their first night shift',
			],
			true,
		);
	});

	test('is quiet on people caused to change a thing, a required two-person approval and a review on a calendar cadence', () => {
		assertAll(['- Get the DBA team to add an index on orders.created_at', '- Require two-person approval in the treasury portal for wires above $250k', '- The platform team should own the alert routing config and review it every quarter', '- Set up a follow-the-sun on-call schedule in Opsgenie'], false);
	});

	test('is quiet on a tool that does the work, a product that holds the rule and an automatic escalation', () => {
		assertAll(
			[
				'- Pharmacists will be prompted by the EPR to confirm the dose before dispensing',
				'- Dealers cannot release a trade without a second approver in the OMS',
				'- Operators to reset the pump via the new remote-reset button instead of on site',
				'- Researchers should book GPU time through the allocation portal, which caps each project at 500 hours',
				'- Managers to approve access requests in SailPoint within 2 days, auto-escalated after that',
			],
			false,
		);
		assertAll(['+ Quit hotfixing prod from the console', '- Leads should set the example by writing postmortems promptly', '- Make the ward staff aware that the EPR is read-only during downtime'], true);
	});

	test('fires on a subjectless modal to the reader, a request naming people, "each of us" and "important for … to"', () => {
		assertAll(['- Must inform to control room before doing any switching on site', '- Please everybody follow the naming convention for new queues', '- Each of us should own the patient outcome, not just our ward', '- It is important for all fitters to wear the harness always'], true);
		assertAll(['- Need to understand the failure better.', '- Need to improve the monitoring system for avoid same problem happen again.'], false);
	});

	test('fires on a "Remember:" label and a request to people with what they are to do', () => {
		assertAll(['- Remember: the sandbox shares a database with prod', '- Request all fitters to photograph each joint before closing the trench', '1. Mo to take the weekend crew through the generator start-up'], true);
		assertAll(['- Ask the vendor for help'], false);
	});

	test('is quiet when a tool named in another clause enforces the rule', () => {
		assertAll(['- Pickers to scan each item; the handheld rejects wrong SKUs', '- Tellers to count cash twice, enforced by the dual-count screen'], false);
	});

	test('leaves improving a thing to vague, whoever is asked to improve it', () => {
		assertAll(['- Engineers need to improve test coverage', '- Everyone should optimise their dashboards'], false);
	});

	test('what people are told is the subject matter, not a mechanism that carries the fix', () => {
		assertAll(['- make the support team aware of the change to scheduled maintenance windows'], true);
	});
});
