import assert from 'node:assert/strict';
import { missingActionItems } from '../../../../server/src/rules/structure/missing-action-items';
import { checkRule, runRule } from '../../helpers';

suite('structure/missing-action-items', () => {
	test('fires on the title heading when the section is missing', () => {
		checkRule(missingActionItems, ['# [|Checkout outage|]', '', '## Summary', 'Checkout failed for some users.']);
	});

	test('is quiet when a heading names the section, in any usual wording', () => {
		const text = ['# Checkout outage', '', '## Summary', 'Checkout failed.', '', '## Follow-ups\n- Add an alert. Owner: @platform.'].join('\n');
		assert.deepEqual(runRule(missingActionItems, text), []);
	});

	test('falls back to the first line when there is no heading', () => {
		checkRule(missingActionItems, ['[|Checkout failed for some users.|]', '', 'More text.']);
	});

	test('points past front matter at the first content line', () => {
		checkRule(missingActionItems, ['---', 'title: x', '---', '[|Checkout failed.|]']);
	});
});
