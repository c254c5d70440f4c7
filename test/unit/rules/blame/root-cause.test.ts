import assert from 'node:assert/strict';
import { rootCause } from '../../../../server/src/rules/blame/root-cause';
import { checkRule } from '../../helpers';
import { applyFix } from './fix-helpers';

const causes = (line: string): string[] => ['## Contributing factors', '', line];

suite('blame/root-cause', () => {
	test('fires when a sentence names the single root cause', () => {
		checkRule(rootCause, causes('The [|root cause|] of the outage was an expired TLS certificate.'));
		checkRule(rootCause, causes('A mislabelled volume was the [|root cause|] of the data loss.'));
		checkRule(rootCause, causes('We identified the [|root cause|] as a race in the scheduler.'));
		checkRule(rootCause, causes('The [|only cause|] of the incident was a misconfigured firewall rule.'));
		checkRule(rootCause, causes('The [|root cause|] was determined to be a race condition.'));
	});

	test('says when the root cause named is a person\'s action', () => {
		const [finding] = checkRule(rootCause, causes('The [|root cause|] was Omar\'s untested config change.'));
		assert.match(finding.message, /person’s action/);
		const [label] = checkRule(rootCause, causes('[|Root cause|]: the engineer ran the wrong script.'));
		assert.match(label.message, /person’s action/);
	});

	test('is quiet on headings, labels, timelines, plurals and the investigation', () => {
		checkRule(rootCause, ['## Root cause', '', 'The certificate expired.']);
		checkRule(rootCause, causes('Root cause: a race condition in the cache.'));
		checkRule(rootCause, ['## Timeline', '', '- 14:50 Root cause identified: pool exhaustion.', '- 15:10 This confirms that the cache is the root cause.']);
		checkRule(rootCause, causes('The root causes were an expired certificate and a silent alert.'));
		checkRule(rootCause, causes('One of the root causes was the retry storm.'));
		checkRule(rootCause, causes('Primary root cause: CPU undersizing, with two secondary factors.'));
		checkRule(rootCause, causes('Root-cause analysis took two days.'));
		checkRule(rootCause, causes('The root cause was not identified until the next day.'));
		checkRule(rootCause, causes('There was no single root cause; three factors lined up.'));
		checkRule(rootCause, causes('Step back to understand the root cause rather than iterating on fixes.'));
	});

	test('reports each claim, so rewriting one never brings up another', () => {
		checkRule(rootCause, causes('The [|root cause|] was a bad cert. Again, the [|root cause|] was a bad cert.'));
		const text = causes('The root cause was a bad cert. Again, the root cause was a bad cert.').join('\n');
		const { fixed } = applyFix(text, 'blame/root-cause', 'root cause');
		assert.equal(fixed.split('\n')[2], 'One contributing factor was a bad cert. Again, the root cause was a bad cert.');
	});

	test('rewrites the claim as one contributing factor', () => {
		const text = causes('The root cause of the outage was an expired TLS certificate.').join('\n');
		assert.equal(applyFix(text, 'blame/root-cause', 'root cause').fixed.split('\n')[2], 'One contributing factor to the outage was an expired TLS certificate.');
		const complement = causes('A mislabelled volume was the root cause of the data loss.').join('\n');
		assert.equal(applyFix(complement, 'blame/root-cause', 'root cause').fixed.split('\n')[2], 'A mislabelled volume was a contributing factor to the data loss.');
	});
});
