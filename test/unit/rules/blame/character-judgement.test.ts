import assert from 'node:assert/strict';
import { characterJudgement } from '../../../../server/src/rules/blame/character-judgement';
import { checkRule } from '../../helpers';
import { applyFix } from './fix-helpers';

const wrong = (line: string): string[] => ['## What went wrong', '', line];

suite('blame/character-judgement', () => {
	test('fires on judgements of a person, their conduct or their work', () => {
		checkRule(characterJudgement, wrong('Dave was [|careless|] with the production credentials.'));
		checkRule(characterJudgement, wrong('It was [|sloppy|] work by the release team.'));
		checkRule(characterJudgement, wrong('The on-call response was [|lazy|].'));
		checkRule(characterJudgement, wrong('Whoever wrote this script was [|incompetent|].'));
		checkRule(characterJudgement, wrong('A [|careless|] engineer ran the cleanup job.'));
		checkRule(characterJudgement, wrong('The contractor acted [|recklessly|] by disabling the firewall.'));
		checkRule(characterJudgement, wrong('Frankly, it was [|lazy|] of the author not to write tests.'));
		checkRule(characterJudgement, wrong('The new hire\'s [|carelessness|] cost us four hours.'));
	});

	test('fires on verb phrases said of people', () => {
		checkRule(characterJudgement, wrong('The operations team [|dropped the ball|] on certificate renewal.'));
		checkRule(characterJudgement, wrong('Sam [|screwed up|] the DNS change.'));
		checkRule(characterJudgement, wrong('The reviewer [|wasn\'t paying attention|] when approving.'));
		checkRule(characterJudgement, wrong('The reviewer [|rubber-stamped|] the pull request.'));
	});

	test('is quiet on technical terms and on systems', () => {
		checkRule(characterJudgement, wrong('The lazy-loading module failed to initialise.'));
		checkRule(characterJudgement, wrong('We rely on lazy initialisation in the cache client.'));
		checkRule(characterJudgement, wrong('The monitoring was lax: no alert covered disk usage.'));
		checkRule(characterJudgement, wrong('The config was sloppy and hard to read.'));
		checkRule(characterJudgement, wrong('The rollout got messed up by a race in the controller.'));
		checkRule(characterJudgement, wrong('The load balancer dropped connections during the reload.'));
	});

	test('is quiet on negation, meta-discussion and quotes', () => {
		checkRule(characterJudgement, wrong('Nobody was careless; the tool made the wrong cluster the default.'));
		checkRule(characterJudgement, wrong('Words like "careless" describe people, not the system.'));
		checkRule(characterJudgement, ['## Timeline', '', '> Dave: I think I screwed up the DNS change']);
	});

	test('removing an attributive adjective or an adverb keeps the facts', () => {
		assert.equal(applyFix(wrong('A careless engineer ran the cleanup job.').join('\n'), 'blame/character-judgement', 'careless').fixed.split('\n')[2], 'An engineer ran the cleanup job.');
		assert.equal(applyFix(wrong('Dave carelessly pushed the change.').join('\n'), 'blame/character-judgement', 'carelessly').fixed.split('\n')[2], 'Dave pushed the change.');
	});

	test('the removal is safe for fix-all, and not offered when markup is in the way', () => {
		const { fix } = applyFix(wrong('Dave carelessly pushed the change.').join('\n'), 'blame/character-judgement', 'carelessly');
		assert.equal(fix.safe, true);
		checkRule(characterJudgement, wrong('Dave **[|carelessly|]** pushed the change.')).forEach((finding) => assert.deepEqual(finding.fixes, []));
	});
});
