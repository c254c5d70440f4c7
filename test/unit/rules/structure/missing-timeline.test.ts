import assert from 'node:assert/strict';
import { missingTimeline } from '../../../../server/src/rules/structure/missing-timeline';
import { checkRule, runRule } from '../../helpers';

suite('structure/missing-timeline', () => {
	test('fires on the title heading when the section is missing', () => {
		checkRule(missingTimeline, ['# [|Checkout outage|]', '', '## Summary', 'Checkout failed for some users.']);
	});

	test('is quiet when a heading names the section, in any usual wording', () => {
		const text = ['# Checkout outage', '', '## Summary', 'Checkout failed.', '', '## Chain of events\n- 14:02 Deploy started'].join('\n');
		assert.deepEqual(runRule(missingTimeline, text), []);
	});

	test('falls back to the first line when there is no heading', () => {
		checkRule(missingTimeline, ['[|Checkout failed for some users.|]', '', 'More text.']);
	});

	test('points past front matter at the first content line', () => {
		checkRule(missingTimeline, ['---', 'title: x', '---', '[|Checkout failed.|]']);
	});
});
