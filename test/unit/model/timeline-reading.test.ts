/** Model fixes made for the timeline checks and figures (see the timeline rules): each as written in real postmortems. */
import assert from 'node:assert/strict';
import { findZoneDeclaration, readLeadingTimestamp } from '../../../server/src/model/timestamps';
import { parse } from '../helpers';

suite('model: timeline reading for the timeline checks', () => {
	test('a time after " - " belongs to the date before it', () => {
		const timestamp = readLeadingTimestamp('24-10-2024 - 08:15 - A member of the Product team called', 0);
		assert.deepEqual(timestamp?.time, { hour: 8, minute: 15, second: undefined });
		assert.equal(timestamp?.format, 'DD-MM-YYYY - HH:mm');
		assert.equal(readLeadingTimestamp('2023-02-01 - 3 nodes failed', 0)?.time, undefined);
	});

	test('"~" before the time after a date marks it approximate and stays out of the format', () => {
		const timestamp = readLeadingTimestamp('04-03-2026 ~14:18 UTC – payload executed', 0);
		assert.deepEqual(timestamp?.time, { hour: 14, minute: 18, second: undefined });
		assert.equal(timestamp?.approximate, true);
		assert.equal(timestamp?.zone?.name, 'UTC');
		assert.equal(timestamp?.format, 'DD-MM-YYYY HH:mm Z');
	});

	test('a declaration wrapped over two lines is still a declaration', () => {
		assert.equal(findZoneDeclaration('Unless otherwise noted all times are in\nUTC.', 0)?.name, 'UTC');
	});

	test('IANA zone names are zones; misspelt ones are not', () => {
		const pacific = findZoneDeclaration('All times US/Pacific', 0);
		assert.equal(pacific?.name, 'US/Pacific');
		assert.equal(pacific?.offsetMinutes, -480);
		assert.equal(findZoneDeclaration('All times Europe/Berlin', 0)?.offsetMinutes, 60);
		assert.equal(findZoneDeclaration('All times in UC/Pacific', 0), undefined);
	});

	test('in a timeline of 12-hour times, a bare 1:17 after 11:57 is in the afternoon, not a jump back', () => {
		const doc = parse(['## Timeline', '', '### 10:45-11:37 AM', '- 10:45 Test shared', '- 11:57 Discussion', '- 1:17 Updated test', '- 1:19 Fix passes']);
		const minutes = doc.timeline.filter((entry) => entry.form === 'list').map((entry) => (entry.minutes ?? 0) % 1440);
		assert.deepEqual(minutes, [10 * 60 + 45, 11 * 60 + 57, 13 * 60 + 17, 13 * 60 + 19]);
	});

	test('in a 24-hour timeline a bare time earlier by less than half a day stays where it is', () => {
		const doc = parse(['## Timeline', '- 11:08 Mail sent', '- 11:07 Ticket raised']);
		assert.deepEqual(doc.timeline.map((entry) => (entry.minutes ?? 0) % 1440), [668, 667]);
	});

	test('a heading that starts with a time stays in the timeline whatever else it names', () => {
		const doc = parse(['## Timeline', '### 22:04-23:00 UTC: Split identified', '- 22:04 Reports', '### 23:00-23:59 UTC: Root cause identified', '- 23:10 Data shared']);
		assert.deepEqual(doc.timeline.map((entry) => entry.line), [1, 2, 3, 4]);
	});
});

suite('model: entry text after a bold timestamp with its colon inside', () => {
	test('the event text starts after the closing emphasis; an opening label stays', () => {
		const doc = parse(['## Timeline', '', '**June 14th, 2022, 10:00 AM:** Audit report received.', '', '- **16:58 UTC** - **Detected** Alert fired']);
		const texts = doc.timeline.map((entry) => doc.text.slice(entry.textSpan.start, entry.textSpan.end));
		assert.deepEqual(texts, ['Audit report received.', '**Detected** Alert fired']);
		assert.equal(doc.timeline[1].marker?.kind, 'detected');
	});
});
