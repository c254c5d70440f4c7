import assert from 'node:assert/strict';
import { vague } from '../../../../server/src/rules/action-item/vague';
import { checkRule, runRule } from '../../helpers';
import { strongDocument, tableHeader } from './forms';

suite('action-item/vague', () => {
	test('fires on a vague verb with no concrete object, in list, task and table form', () => {
		checkRule(vague, [
			'## Action items',
			'- [|Improve|] monitoring',
			'- [ ] [|Investigate|] the database',
			'- [|Look into|] better alerting',
			'- [|Review|] our process',
			'',
			...tableHeader,
			'| [|Consider|] moving sessions to Redis | @web | 2026-12-15 | WEB-12 |',
		]);
	});

	test('fires on catch-alls, "more" without a measure, and a generic object', () => {
		checkRule(vague, [
			'## Action items',
			"- [|Make sure|] this doesn't happen again",
			'- [|Ensure|] backups work',
			'- Add [|more tests|]',
			'- [|Update documentation|]',
			'- Prevent [|similar incidents|]',
		]);
	});

	test('reads the action after a bold label or "we should"', () => {
		checkRule(vague, ['## Action items', '- **Alerting**: [|improve|] coverage', '- We should [|revisit|] the on-call process']);
	});

	test('is quiet on the strong item in every form', () => {
		assert.deepEqual(runRule(vague, strongDocument.join('\n')), []);
	});

	test('is quiet when the object is concrete or the item commits to a change', () => {
		checkRule(vague, [
			'## Action items',
			'- Investigate whether grafana-agent memory can be capped at 512 MiB',
			'- Improve the p99 latency of search-api to under 300 ms',
			'- Ensure the runbook for queue backlog links the purge command',
			'- Investigate and fix the memory leak in the culler',
			'- Consider moving sessions to Redis; decide in an ADR',
			'- Move grafana-agent to the monitoring node group',
		]);
	});

	test('reads the second of two opening verbs, unless the first commits to a change', () => {
		checkRule(vague, [
			'## Action items',
			'- Triaged and [|looking into|] the remaining flaky builds',
			'- Document and think about the overcommit ratio for notebook pods',
		]);
	});

	test('a hedged second verb still commits to a change; "more logs" in a named place is concrete', () => {
		checkRule(vague, [
			'## Action items',
			'- Investigate the slow builds, and possibly limit concurrent builds per repository',
			'- Add more logs to the token refresh path',
			'- Add [|more logs|]',
		]);
	});

	test('leaves done items and people-fixes alone', () => {
		checkRule(vague, ['## Action items', '- [x] Improve monitoring', '- Improve monitoring (done)', '- Communicate better with support']);
	});

	test('does not read "consider" in the middle of a report as the action', () => {
		checkRule(vague, ['## Action items', '- The researcher recommended we consider signing releases; the committee voted against it.']);
	});
});
