import assert from 'node:assert/strict';
import { minimising } from '../../../../server/src/rules/blame/minimising';
import { checkRule } from '../../helpers';
import { applyFix } from './fix-helpers';

const wrong = (line: string): string[] => ['## What went wrong', '', line];

suite('blame/minimising', () => {
	test('fires on adverbs that belittle a person\'s error', () => {
		checkRule(minimising, wrong('The engineer [|simply|] forgot to run the migration.'));
		checkRule(minimising, wrong('[|Obviously|], the reviewer should have noticed the typo.'));
		checkRule(minimising, wrong('[|Clearly|] the developer didn\'t test the change.'));
		checkRule(minimising, wrong('The operator [|simply|] typed the wrong hostname.'));
		checkRule(minimising, wrong('[|Obviously|] nobody tested the failover.'));
	});

	test('fires on adjectives that belittle a mistake or a person', () => {
		checkRule(minimising, wrong('It was a [|basic|] mistake that any engineer would avoid.'));
		checkRule(minimising, wrong('The on-call made the [|stupid|] decision to restart the primary.'));
		checkRule(minimising, wrong('A [|rookie|] mistake by the new hire took down checkout.'));
		checkRule(minimising, wrong('It was a [|silly|] oversight by the release team.'));
		checkRule(minimising, wrong('[|Even a junior|] engineer knows not to run DELETE without WHERE.'));
	});

	test('is quiet when the same words describe a system, an easy step or time', () => {
		checkRule(minimising, wrong('The fix was simply to restart the pods.'));
		checkRule(minimising, wrong('We simply did not have alerts for this queue.'));
		checkRule(minimising, wrong('Restarting the service is a basic recovery step in the runbook.'));
		checkRule(minimising, wrong('The proxy stripped the basic auth header.'));
		checkRule(minimising, wrong('The basic plan tier was not affected.'));
		checkRule(minimising, wrong('The cause was obvious once we looked at the heap dump.'));
		checkRule(minimising, wrong('It was not obvious from the dashboard that the replica was stale.'));
		checkRule(minimising, wrong('Just before 14:00, latency doubled.'));
		checkRule(minimising, wrong('Clearly, the alert threshold was wrong.'));
		checkRule(minimising, wrong('We simply rolled back.'));
	});

	test('removing the adverb is a safe rewrite', () => {
		const { fixed, fix } = applyFix(wrong('The engineer simply forgot to run the migration.').join('\n'), 'blame/minimising', 'simply');
		assert.equal(fixed.split('\n')[2], 'The engineer forgot to run the migration.');
		assert.equal(fix.safe, true);
		assert.equal(applyFix(wrong('Obviously, the reviewer should have noticed the typo.').join('\n'), 'blame/minimising', 'Obviously').fixed.split('\n')[2], 'The reviewer should have noticed the typo.');
	});

	test('removing an adjective fixes the article', () => {
		assert.equal(applyFix(wrong('A rookie mistake by the new hire took down checkout.').join('\n'), 'blame/minimising', 'rookie').fixed.split('\n')[2], 'A mistake by the new hire took down checkout.');
		assert.equal(applyFix(wrong('It was an obvious error in the config.').join('\n'), 'blame/minimising', 'obvious').fixed.split('\n')[2], 'It was an error in the config.');
	});
});
