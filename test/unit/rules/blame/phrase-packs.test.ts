/** Team phrase packs and the language gate, as they apply to the blame rules. */
import assert from 'node:assert/strict';
import { blameRules } from '../../../../server/src/rules/blame';
import { characterJudgement } from '../../../../server/src/rules/blame/character-judgement';
import { hindsight } from '../../../../server/src/rules/blame/hindsight';
import { minimising } from '../../../../server/src/rules/blame/minimising';
import { punishment } from '../../../../server/src/rules/blame/punishment';
import { checkRule, runRule } from '../../helpers';

const wrong = (line: string): string[] => ['## What went wrong', '', line];

suite('blame phrase packs', () => {
	test('every blame rule declares phrase lists, the first being the one teams extend', () => {
		for (const rule of blameRules) {
			const lists = Object.entries(rule.phraseLists ?? {});
			assert.ok(lists.length > 0, rule.id);
			assert.ok(lists.every(([, phrases]) => Array.isArray(phrases) && phrases.length > 0), rule.id);
		}
	});

	test('a phrase added to blame/hindsight fires only with a person as subject', () => {
		const phrases = { 'blame/hindsight': ['(didn\'t|did not) double-check'] };
		checkRule(hindsight, wrong('Dave [|didn\'t double-check|] the region.'), { phrases });
		checkRule(hindsight, wrong('The deploy script did not double-check the region.'), { phrases });
		checkRule(hindsight, wrong('Dave did not double-check the region because the tool showed it in grey.'), { phrases });
	});

	test('an added adjective, adverb or phrase is read by its form', () => {
		const phrases = { 'blame/character-judgement': ['slack', 'heedlessly', 'asleep on the job'] };
		checkRule(characterJudgement, wrong('The reviewer was [|slack|] about the checklist.'), { phrases });
		checkRule(characterJudgement, wrong('The retention policy was slack.'), { phrases });
		checkRule(characterJudgement, wrong('Dave [|heedlessly|] pushed the change.'), { phrases });
		checkRule(characterJudgement, wrong('The on-call engineer was [|asleep on the job|].'), { phrases });
		checkRule(minimising, wrong('It was a [|boneheaded|] mistake.'), { phrases: { 'blame/minimising': ['boneheaded'] } });
		checkRule(punishment, wrong('The engineer will be [|put on probation|].'), { phrases: { 'blame/punishment': ['put on probation'] } });
	});

	test('allow silences a built-in phrase wherever it matches', () => {
		checkRule(hindsight, wrong('Ben forgot to renew the certificate.'), { allow: ['forgot'] });
		checkRule(hindsight, wrong('Ben [|neglected|] to renew the certificate.'), { allow: ['forgot'] });
	});

	test('phrases are literal words: regex syntax in a pack matches nothing and hangs nothing', () => {
		const phrases = { 'blame/hindsight': ['(a+)+$', '.*', 'forg[eo]t'] };
		const started = Date.now();
		assert.deepEqual(runRule(hindsight, wrong('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! .* forgot forget').join('\n'), { phrases }), []);
		assert.ok(Date.now() - started < 1000);
	});
});

suite('blame rules and language', () => {
	test('a document whose front matter says it is not English gets no blame findings', () => {
		const english = ['---', 'lang: en', '---', '## What went wrong', '', 'Ben forgot to renew the certificate.'].join('\n');
		const german = english.replace('lang: en', 'lang: de');
		assert.equal(runRule(hindsight, english).length, 1);
		assert.deepEqual(runRule(hindsight, german), []);
	});
});
