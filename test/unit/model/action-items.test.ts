import assert from 'node:assert/strict';
import { parseDueDate, readInlineFields } from '../../../server/src/model/action-items';
import type { ActionItem } from '../../../server/src/model/types';
import { parse } from '../helpers';

function items(lines: readonly string[]): ActionItem[] {
	return [...parse(lines).actionItems];
}

function summary(item: ActionItem): Record<string, unknown> {
	return { text: item.text.trim(), owner: item.owner?.text, due: item.due?.text, tracking: item.tracking.map((ref) => ref.text), status: item.status, form: item.form };
}

suite('model: action items', () => {
	test('reads the strong item in list, task and table form alike', () => {
		const strong = 'Add an alert on payments-api 5xx above 0.1% over 5 minutes. Owner: @platform-team. Due: 2026-12-15. PAY-1423.';
		const found = items([
			'## Action items',
			`- ${strong}`,
			`- [ ] ${strong}`,
			'',
			'| Action | Owner | Due | Ticket |',
			'| --- | --- | --- | --- |',
			'| Add an alert on payments-api 5xx above 0.1% over 5 minutes | @platform-team | 2026-12-15 | PAY-1423 |',
		]);
		assert.deepEqual(
			found.map((item) => [item.form, item.owner?.text, item.due?.text, item.due?.date, item.tracking.map((ref) => ref.text)]),
			[
				['list', '@platform-team', '2026-12-15', { year: 2026, month: 12, day: 15 }, ['PAY-1423']],
				['task', '@platform-team', '2026-12-15', { year: 2026, month: 12, day: 15 }, ['PAY-1423']],
				['table', '@platform-team', '2026-12-15', { year: 2026, month: 12, day: 15 }, ['PAY-1423']],
			],
		);
	});

	test('reads inline field forms: owner without colon, parentheses, "by <date>", bold labels', () => {
		const fields = (text: string) => {
			const read = readInlineFields(text, 0);
			return [read.owner?.text, read.due?.text];
		};
		assert.deepEqual(fields('Rotate the keys owner @sec due 2026-12-15'), ['@sec', '2026-12-15']);
		assert.deepEqual(fields('Rotate the keys (owner: Dana Lee, due: Jan 5, 2027)'), ['Dana Lee', 'Jan 5, 2027']);
		assert.deepEqual(fields('Rotate the keys, assigned to the security team, by 2026-12-15'), ['the security team', '2026-12-15']);
		assert.deepEqual(fields('Rotate the keys. **Owner:** @sec. **Due:** ASAP'), ['@sec', 'ASAP']);
		assert.deepEqual(fields('Rotate the keys — @sec, by end of Q1'), ['@sec', 'end of Q1']);
		assert.deepEqual(fields('Rotate the keys (owner: Dana Lee, 2026-12-10)'), ['Dana Lee', '2026-12-10']);
		assert.deepEqual(fields('Rotate the keys (owner: Dana Lee; Dec 10)'), ['Dana Lee', 'Dec 10']);
		// A date in a group without an owner, or a date that is part of a longer phrase, is not a due date.
		assert.deepEqual(fields('Rotate the keys (issued 2026-12-10)'), [undefined, undefined]);
		assert.deepEqual(fields('Rotate the keys (owner: Dana Lee, since 2026-01-01)'), ['Dana Lee', undefined]);
	});

	test('a date alone in a parenthesised owner group gets its span in the original text', () => {
		const text = 'Rotate the keys (owner: Dana, 2026-12-10)';
		const due = readInlineFields(text, 100).due;
		assert.equal(due?.span.start, 100 + text.indexOf('2026'));
		assert.equal(due?.date?.day, 10);
	});

	test('does not take "due to" or "the Product Owners" for fields', () => {
		const read = readInlineFields('Teach the Product Owners about CVEs, since timeouts are due to load before the release', 0);
		assert.equal(read.owner, undefined);
		assert.equal(read.due, undefined);
	});

	test('reads fields from sub-bullets under the item, which stay details', () => {
		const found = items(['## Action items', '- Add a disk-space alert at 90% on db hosts', '  - Owner: @dba', '  - Due: 2026-12-01', '  - Ticket: OPS-77']);
		assert.equal(found.length, 1);
		assert.deepEqual(summary(found[0]), { text: 'Add a disk-space alert at 90% on db hosts', owner: '@dba', due: '2026-12-01', tracking: ['OPS-77'], status: undefined, form: 'list' });
	});

	test('a short label with sub-bullets groups items; a "Review actions:" bullet does too, outside the section', () => {
		const grouped = items(['## Action items', '- Payments', '  - Add retries to the ledger client', '  - Cap the queue at 10k messages']);
		assert.deepEqual(grouped.map((item) => item.text), ['Add retries to the ledger client', 'Cap the queue at 10k messages']);
		const review = items(['## Context', '- **Review actions**:', '  - Pin the ingress chart version [#31](https://example.com/issues/31)']);
		assert.deepEqual(review.map((item) => [item.text, item.tracking.length > 0]), [['Pin the ingress chart version [#31](https://example.com/issues/31)', true]]);
	});

	test('reads done markers: (done), DONE in PR, ✅, strikethrough, checked boxes, a "(completed)" heading', () => {
		const found = items([
			'## Action items',
			'- Add guards on the runtime flag (done)',
			'- Alert the canary after 2 minutes. DONE in [PR #51](https://example.com/pull/51)',
			'- ✅ Add integration tests for the fetch wrapper',
			'- ~~Move the agent to the monitoring pool~~',
			'- [x] Write the incident report',
			'- [ ] Schedule the review',
			'- Add an alert on queue depth',
			'',
			'### Immediate actions (completed)',
			'- Timeouts moved to runtime configuration',
		]);
		assert.deepEqual(found.map((item) => item.status), ['done', 'done', 'done', 'done', 'done', 'open', undefined, 'done']);
	});

	test('an aside saying the work is done marks the item done; one saying how it was done elsewhere does not', () => {
		const found = items([
			'## Action items',
			'- Alert on hub CPU above 70% (monitoring done [in grafana](https://grafana.example.com/d/1))',
			'- Use in-progress metrics for launches, _done in grafana_',
			'- Separate the rejection codes. Note: on investigation, we already do this',
			'- Page on replica lag (as done in the March incident)',
			'- Script the failover (what was done in the drill by hand)',
			'- Add the alert (done when it pages in staging)',
		]);
		assert.deepEqual(found.map((item) => item.status), ['done', 'done', 'done', undefined, undefined, undefined]);
	});

	test('a team or role opening the item as the one who acts is its owner; a thing to build is not', () => {
		const found = items([
			'## Action items',
			'- SRE team to add an alert on 5xx',
			'- The platform team will rotate the keys',
			'- Content pipeline team should be able to renew the certificate',
			'- Storage admins to verify the snapshot schedule',
			'- Tooling to detect drift in the Terraform state',
			'- Alerts to be routed to the payments channel',
			'- Dana to add an alert on 5xx',
		]);
		assert.deepEqual(found.map((item) => item.owner?.text), ['SRE team', 'platform team', 'Content pipeline team', 'Storage admins', undefined, undefined, undefined]);
	});

	test('a report of finished work is done; a plan is not', () => {
		const found = items(['## Remediation', '- We have for several years enabled 2FA for the organisation', '- We have already removed bot write access', '- Fixed the deposit contract address', '- The feed has been added to the dashboard', '- Rotate all secrets that were exposed', '- We have removed bot write access', '- The spec is updated to filter events', '- Alerting on lag is needed for the replicas']);
		assert.deepEqual(found.map((item) => item.status), ['done', 'done', 'done', 'done', undefined, 'done', 'done', undefined]);
	});

	test('a bold sentence opening the item is the item, and a state it asks for is not a report of finished work', () => {
		const found = items(['## Action items', '- **Add a canary stage to the deploy pipeline.** We lacked any staged rollout', '- **Retry limits**: Implemented retry limits on the client', '- **Fixed the parser.** It was dropping fields', '- Ensure on-call staff are reminded of the paging policy', '- Make sure the runbook is updated with the failover steps']);
		assert.deepEqual(found.map((item) => item.status), [undefined, 'done', 'done', undefined, undefined]);
	});

	test('a bare "Target:" is a due date only when its value reads as a date', () => {
		const found = items(['## Action items', '- Target: nobody merges their own PR on a Friday', '- Cut p99 latency. Target: 2026-12-15', '- Cut p99 latency. Target date: next sprint', '- Cut p99 latency. Target: p99 under 200 ms']);
		assert.deepEqual(found.map((item) => item.due?.text), [undefined, '2026-12-15', 'next sprint', undefined]);
	});

	test('a tracking link, time frame or owner written over a group of items applies to each item under it', () => {
		const found = items([
			'## Action items',
			'### Short-term ([tracked in #40885](https://example.com/issues/40885))',
			'**In progress (next 2 weeks):**',
			'- Split the read and write connection pools',
			'### Long-term (Q4 2025 - Q1 2026)',
			'- Load-test the connection pool under contention',
			'### Later (owner: @platform)',
			'- Retire the legacy queue',
		]);
		assert.deepEqual(
			found.map((item) => [item.group.tracking.map((ref) => ref.text), item.group.due?.text, item.group.owner?.text, item.tracking.length, item.due]),
			[
				[['#40885', 'https://example.com/issues/40885'], 'next 2 weeks', undefined, 0, undefined],
				[[], 'Q4 2025', undefined, 0, undefined],
				[[], undefined, '@platform', 0, undefined],
			],
		);
	});

	test('a heading outside the action-items section lends nothing to a task under it', () => {
		const found = items(['# Incident 2026-03-01 ([PAY-12](https://example.com/PAY-12))', '## Notes (Q1 2026)', '- [ ] Retire the legacy queue']);
		assert.deepEqual(found.map((item) => item.group), [{ owner: undefined, due: undefined, tracking: [] }]);
	});

	test('a passive in a question the item asks ("why alerts were delayed") is not a report of finished work', () => {
		const found = items(['## Action items', '- Look into why alerts were delayed', '- Find out how the keys were leaked', '- Determine whether the cache was evicted', '- Alerts were delayed by the queue']);
		assert.deepEqual(found.map((item) => item.status), [undefined, undefined, undefined, 'done']);
	});

	test('a finished step followed by ongoing work ("Identified and working on…") is not done', () => {
		const found = items(['## Remediation', '- Identified and working on the remaining sync issues', '- Fixed and deployed the parser', '- Fixed the parser and working on the rest']);
		assert.deepEqual(found.map((item) => item.status), [undefined, 'done', 'done']);
	});

	test('reads a malformed "- []" checkbox in a template as an open task without the box in its text', () => {
		const found = items(['# Notes to the owner', '- [] File issues for the corrective actions']);
		assert.deepEqual(found.map((item) => [item.form, item.status, item.text]), [['task', 'open', 'File issues for the corrective actions']]);
	});

	test('tables with odd headers, a status written in the ticket column, and empty template rows', () => {
		const found = items([
			'## Follow-ups',
			'| What | Who | When | Bug # |',
			'|---|---|---|---|',
			'| Cap retries at 3 | Core team | 2027-01-10 | DONE |',
			'| Add upgrade e2e tests | Core team | | TODO |',
			'|   |   |   |   |',
		]);
		assert.deepEqual(found.map((item) => [item.text, item.owner?.text, item.due?.text, item.tracking.length, item.status]), [
			['Cap retries at 3', 'Core team', '2027-01-10', 0, 'done'],
			['Add upgrade e2e tests', 'Core team', undefined, 0, 'open'],
		]);
		assert.equal(found[1].table?.dueColumn, 2);
	});

	test('an "Action item" table counts outside an action section; a timeline table with an Action column does not', () => {
		const found = items([
			'## Summary',
			'| Action Item | Type | Owner | Bug |',
			'| --- | --- | --- | --- |',
			'| Bundle the fix into the binary | prevention | Core team | TODO |',
			'',
			'## Timeline',
			'| Date/Time | Who/What | Action/ Impact |',
			'|---|---|---|',
			'| 10:02 | on-call | Rolled back |',
		]);
		assert.deepEqual(found.map((item) => item.text), ['Bundle the fix into the binary']);
	});

	test('skips template placeholders and timeline sub-headings that mention follow-ups', () => {
		const found = items([
			'## Timeline',
			'### 16:09 - 16:56: Post-incident follow-up',
			'- 16:09 announcement posted',
			'## Action items',
			'- {{ summary }} [link to github issue]',
			'- <describe the change>',
		]);
		assert.deepEqual(found, []);
	});

	test('a list right after an item ending in a colon details that item', () => {
		const found = items(['## Planned actions', '1. **Deeper monitoring**: we plan to alert on:', '', '- read amplification', '- table statistics', '', '2. **Runbooks** for engine limits']);
		assert.deepEqual(found.map((item) => item.text.trim().slice(0, 20)), ['**Deeper monitoring*', '**Runbooks** for eng']);
	});

	test('issue keys that are standards are not tracking; images are not links', () => {
		const read = readInlineFields('Patch CVE-2021-44228 and move to UTF-8 ![graph](https://example.com/a.png) see OPS-12 and #45 and org/repo#7', 0);
		assert.deepEqual(read.tracking.map((ref) => ref.text), ['OPS-12', '#45', 'org/repo#7']);
	});

	test('"What we\'re doing about it" is an action-items heading', () => {
		assert.equal(items(["### What we're doing about it", '- Require review on cask pull requests']).length, 1);
	});

	test('parses due dates as people write them', () => {
		assert.deepEqual(parseDueDate('2026-12-15'), { year: 2026, month: 12, day: 15 });
		assert.deepEqual(parseDueDate('15.12.2026'), { year: 2026, month: 12, day: 15 });
		assert.deepEqual(parseDueDate('03.04.2026'), { year: 2026, month: 4, day: 3 });
		assert.deepEqual(parseDueDate('12/15/2026'), { year: 2026, month: 12, day: 15 });
		assert.deepEqual(parseDueDate('Dec 15'), { year: undefined, month: 12, day: 15 });
		assert.deepEqual(parseDueDate('15th December 2026'), { year: 2026, month: 12, day: 15 });
		assert.deepEqual(parseDueDate('Q1 2027'), { year: 2027, month: 3, day: 31 });
		assert.equal(parseDueDate('ASAP'), undefined);
		assert.equal(parseDueDate('2026-02-30'), undefined);
	});

	test('numeric due dates follow the order the document shows, in its items or its timeline', () => {
		const fromItems = items(['## Action items', '- Cap retries. Due: 15/12/2026.', '- Add an alert. Due: 07/12/2026.']);
		assert.deepEqual(fromItems[1].due?.date, { year: 2026, month: 12, day: 7 });
		const fromTimeline = items(['## Timeline', '- 24-10-2026 02:00 deploy', '## Action items', '- Add an alert. Due: 07-12-2026.']);
		assert.deepEqual(fromTimeline[0].due?.date, { year: 2026, month: 12, day: 7 });
		assert.deepEqual(items(['## Action items', '- Add an alert. Due: 07/12/2026.'])[0].due?.date, { year: 2026, month: 7, day: 12 });
	});

	test('a due "Dec 2026" keeps its year instead of reading day 20', () => {
		assert.equal(readInlineFields('Rotate keys, due Dec 2026', 0).due?.text, 'Dec 2026');
	});

	test('spans point at the values in the original text, with CRLF', () => {
		const doc = parse('## Action items\r\n- Rotate keys. Owner: @sec\r\n');
		const owner = doc.actionItems[0].owner;
		assert.equal(owner === undefined ? undefined : doc.text.slice(owner.span.start, owner.span.end), '@sec');
	});
});
