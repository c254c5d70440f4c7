import assert from 'node:assert/strict';
import { invalidTime } from '../../../../server/src/rules/timeline/invalid-time';
import { applyEdits, checkRule, runRule } from '../../helpers';

suite('timeline/invalid-time', () => {
	test('fires on a 24-hour time with AM/PM and offers the 24-hour time', () => {
		const [finding] = checkRule(invalidTime, ['## Timeline', 'All times PST.', '', '- 12:45 PM First wave begins', '- [|13:55 PM|] Alarms fire']);
		assert.match(finding.message, /cannot have AM\/PM/);
		const text = '## Timeline\n- 13:55 PM Alarms fire';
		const [withFix] = runRule(invalidTime, text);
		assert.equal(applyEdits(text, withFix.fixes[0].edits), '## Timeline\n- 13:55 Alarms fire');
	});

	test('in a 12-hour timeline the fix keeps the hour and writes it the 12-hour way', () => {
		const text = '## Timeline\nAll times PST.\n- 12:45 PM PST Saturday Oct 30th: Wave begins\n- 13:55 PM PST Saturday Oct 30th: Alarms fire\n- 23:00 AM MST Saturday Oct 30th: Mempool empty';
		const findings = runRule(invalidTime, text);
		assert.deepEqual(findings.map((finding) => finding.fixes[0].title), ['Write 1:55 PM', 'Write 11:00 PM']);
		assert.match(applyEdits(text, findings[0].fixes[0].edits), /- 1:55 PM PST Saturday Oct 30th: Alarms fire/);
	});

	test('fires on 24:00 as an event time and offers 00:00 of the next day', () => {
		const text = '## Timeline\n- 2026-11-18 24:00 Batch job starts';
		const [finding] = runRule(invalidTime, text);
		assert.equal(text.slice(finding.span.start, finding.span.end), '2026-11-18 24:00');
		assert.equal(applyEdits(text, finding.fixes[0].edits), '## Timeline\n- 2026-11-19 00:00 Batch job starts');
	});

	test('fires on unknown digits, impossible minutes and five-digit years', () => {
		checkRule(invalidTime, ['## Timeline', '| Time | Event |', '|---|---|', '| [|2024-03-13 14:??|] | Scaled down |', '| [|20202-01-16 12:00|] | Pipeline fixed |']);
		checkRule(invalidTime, ['## Timeline', '- [|14:75|] Restarted']);
	});

	test('is quiet on real times, open range ends, 24:00 ending a range, and 00:30 AM', () => {
		checkRule(invalidTime, ['## Timeline', '- 12:26-12:?? Fix deployed in sandbox', '- 18:00-24:00 UTC Validators come back', '- 00:30 AM Pager fired', '- 23:59:59 Last error']);
	});

	test('is quiet outside the timeline', () => {
		checkRule(invalidTime, ['## Summary', '13:55 PM is when it started.', '## Timeline', '- 14:00 Alert']);
	});
});
