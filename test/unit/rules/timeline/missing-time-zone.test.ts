import assert from 'node:assert/strict';
import { missingTimeZone } from '../../../../server/src/rules/timeline/missing-time-zone';
import { applyEdits, checkRule, runRule } from '../../helpers';

suite('timeline/missing-time-zone', () => {
	test('fires once, on the timeline heading, when no time has a zone', () => {
		checkRule(missingTimeZone, ['# Outage', '## [|Timeline|]', '- 14:02 Deploy', '- 14:10 Alert']);
	});

	test('its fix declares the zone in a paragraph of its own', () => {
		const text = '## Timeline\n- 14:02 Deploy';
		const [finding] = runRule(missingTimeZone, text);
		assert.equal(applyEdits(text, finding.fixes[0].edits), '## Timeline\n\nAll times UTC.\n\n- 14:02 Deploy');
		assert.equal(finding.fixes[0].edits[0].snippet, '\n\nAll times ${1:UTC}.\n');
	});

	test('with a blank line after the heading, the fix adds no extra one', () => {
		const text = '## Timeline\n\n- 14:02 Deploy';
		const [finding] = runRule(missingTimeZone, text);
		assert.equal(applyEdits(text, finding.fixes[0].edits), '## Timeline\n\nAll times UTC.\n\n- 14:02 Deploy');
	});

	test('is quiet with a declaration, a zone on the times, or a zone in front matter', () => {
		checkRule(missingTimeZone, ['## Timeline', 'All times in CET.', '- 14:02 Deploy']);
		checkRule(missingTimeZone, ['## Timeline (UTC)', '- 14:02 Deploy']);
		checkRule(missingTimeZone, ['## Timeline', '- 14:02 UTC Deploy', '- 14:10 UTC Alert']);
		checkRule(missingTimeZone, ['## Timeline', '- 2026-03-04T09:22:00Z Deploy']);
		checkRule(missingTimeZone, ['---', 'timezone: Europe/Berlin', '---', '## Timeline', '- 14:02 Deploy']);
		checkRule(missingTimeZone, ['## Timeline', 'Unless noted, all times are in', 'US/Pacific.', '', '- 14:02 Deploy']);
	});

	test('is quiet when the timeline has no usable time (a template)', () => {
		checkRule(missingTimeZone, ['## Timeline', '- HH:mm Short event description']);
	});
});
