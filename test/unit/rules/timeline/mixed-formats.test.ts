import assert from 'node:assert/strict';
import { mixedFormats } from '../../../../server/src/rules/timeline/mixed-formats';
import { applyEdits, checkRule, runRule } from '../../helpers';

suite('timeline/mixed-formats', () => {
	test('fires on 12-hour times in a 24-hour timeline and offers the 24-hour form', () => {
		const [finding] = checkRule(mixedFormats, ['## Timeline', '### 20:15', 'Ticket opened', '### 20:49', 'Escalated', '### [|11:39AM|]', 'Capacity bumped']);
		assert.match(finding.message, /12-hour in a timeline of 24-hour times/);
		const text = '## Timeline\n- 20:15 A\n- 20:49 B\n- 11:39AM C';
		assert.equal(applyEdits(text, runRule(mixedFormats, text)[0].fixes[0].edits), '## Timeline\n- 20:15 A\n- 20:49 B\n- 11:39 C');
	});

	test('rewrites a 24-hour time into the timeline 12-hour style', () => {
		const text = '## Timeline\n- 5:00 PM A\n- 5:02 PM B\n- 17:15 C';
		const [finding] = runRule(mixedFormats, text);
		assert.equal(applyEdits(text, finding.fixes[0].edits), '## Timeline\n- 5:00 PM A\n- 5:02 PM B\n- 5:15 PM C');
	});

	test('fires on numeric dates written in two orders', () => {
		checkRule(mixedFormats, ['## Timeline', '- 2023-01-04 05:13 Alert', '- 2023-01-04 05:16 Response', '- [|04/01/2023 09:15|] Investigation']);
	});

	test('is quiet on HH:mm with H:mm, a date given once, seconds, zones, ranges and month names', () => {
		checkRule(mixedFormats, ['## Timeline', '- 2018-01-18 04:19 First noticed', '- 4:27 Repo found', '- 8:20 - 8:24 Discussion', '- 09:00:30 UTC Back', '- Jan 19, 10:00 Follow-up']);
	});

	test('one finding when the timeline is simply mixed', () => {
		const findings = runRule(mixedFormats, ['## Timeline', '- 1:00 PM a', '- 1:05 PM b', '- 1:10 PM c', '- 1:15 PM d', '- 1:20 PM e', '- 13:25 f', '- 13:30 g', '- 13:35 h', '- 13:40 i'].join('\n'));
		assert.equal(findings.length, 1);
		assert.match(findings[0].message, /\(4 entries\)/);
	});

	test('group headings over a list are not entries of their own', () => {
		checkRule(mixedFormats, ['## Timeline', '### 10:45-11:37 AM Fix development', '- 10:45 Test shared', '- 11:05 Command shared']);
	});
});
