import assert from 'node:assert/strict';
import { missingImpact } from '../../../../server/src/rules/structure/missing-impact';
import { checkRule, runRule } from '../../helpers';

suite('structure/missing-impact', () => {
	test('fires on the title heading when the section is missing', () => {
		checkRule(missingImpact, ['# [|Checkout outage|]', '', '## Summary', 'Checkout failed for some users.']);
	});

	test('is quiet when a heading names the section, in any usual wording', () => {
		const text = ['# Checkout outage', '', '## Summary', 'Checkout failed.', '', '## Impact\nAbout 12% of checkouts failed.'].join('\n');
		assert.deepEqual(runRule(missingImpact, text), []);
	});

	test('falls back to the first line when there is no heading', () => {
		checkRule(missingImpact, ['[|Checkout failed for some users.|]', '', 'More text.']);
	});

	test('points past front matter at the first content line', () => {
		checkRule(missingImpact, ['---', 'title: x', '---', '[|Checkout failed.|]']);
	});
});

suite('structure rules: where they point', () => {
	test('never at a leading blank line or a disable comment', () => {
		checkRule(missingImpact, ['', '', '<!-- postmortem-disable-next-line timeline -->', '[|Checkout failed for some users.|]', 'Second line.']);
	});

	test('an empty document gets an empty span at its start', () => {
		assert.deepEqual(runRule(missingImpact, '').map((finding) => [finding.span.start, finding.span.end]), [[0, 0]]);
	});
});
