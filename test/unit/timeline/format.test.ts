import assert from 'node:assert/strict';
import { readLeadingTimestamp } from '../../../server/src/model/timestamps';
import { addMinutes, formatTimestamp, hasDate, isTwelveHour, singleTimeFormat, tokenizeFormat, withClockOf } from '../../../server/src/timeline/format';

/** Reads a timestamp with the model and writes it back in its own format: the round trip must be exact. */
function roundTrip(written: string): string | undefined {
	const timestamp = readLeadingTimestamp(written, 0);
	assert.ok(timestamp?.time, `the model reads ${written}`);
	return formatTimestamp(timestamp.format, { date: timestamp.date, time: timestamp.time, zone: timestamp.zone?.name });
}

suite('timeline/format', () => {
	test('writes back what the model read, in every common shape', () => {
		for (const written of [
			'14:53',
			'9:05',
			'14:53:40',
			'2026-11-18 16:45 UTC',
			'2026-03-04T09:22:00Z',
			'2:47 PM',
			'07:30am',
			'11:39AM',
			'Jan 14, 10:18 AM',
			'June 14th, 2022, 1:00 PM',
			'27-05-2025 13:44',
			'07-27-2023 2:14 pm',
			'2018-08-22, 03:26pm',
			'16:42 GST',
			'14:00 (UTC)',
			'11:10 6th Nov 2023',
			'Sep 27 2017 13:06',
			'19. April, 11:00',
			'2023-01-04/11:34',
			'12.39UTC',
		]) {
			assert.equal(roundTrip(written), written);
		}
	});

	test('a range is written as its start, keeping the zone and AM/PM', () => {
		assert.equal(singleTimeFormat('HH:mm-HH:mm Z'), 'HH:mm Z');
		assert.equal(singleTimeFormat('h:mm-h:mm A'), 'h:mm A');
		assert.equal(singleTimeFormat('H:mm - H:mm'), 'H:mm');
		assert.equal(singleTimeFormat('HH:mm to HH:mm'), 'HH:mm');
		assert.equal(singleTimeFormat('YYYY-MM-DD HH:mm-??'), 'YYYY-MM-DD HH:mm');
		assert.equal(singleTimeFormat('DD-MM-YYYY HH:mm-HH:mm'), 'DD-MM-YYYY HH:mm');
		assert.equal(singleTimeFormat('YYYY-MM-DD HH:mm'), 'YYYY-MM-DD HH:mm');
		assert.equal(formatTimestamp('h:mm-h:mm A', { date: undefined, time: { hour: 13, minute: 42, second: undefined }, zone: undefined }), '1:42 PM');
	});

	test('the letter a in " at " is not AM/PM', () => {
		const kinds = tokenizeFormat('YYYY-MM-DD at HH:mm').map((token) => token.kind);
		assert.ok(!kinds.includes('meridiem'));
		assert.equal(
			formatTimestamp('YYYY-MM-DD at HH:mm', { date: { year: 2026, month: 11, day: 18 }, time: { hour: 9, minute: 5, second: undefined }, zone: undefined }),
			'2026-11-18 at 09:05',
		);
	});

	test('12-hour clocks write noon and midnight as 12', () => {
		const at = (hour: number): string | undefined => formatTimestamp('h:mm A', { date: undefined, time: { hour, minute: 5, second: undefined }, zone: undefined });
		assert.equal(at(0), '12:05 AM');
		assert.equal(at(12), '12:05 PM');
		assert.equal(at(23), '11:05 PM');
	});

	test('names, ordinals, weekdays and two-digit years', () => {
		const value = { date: { year: 2026, month: 11, day: 22 }, time: { hour: 8, minute: 0, second: undefined }, zone: 'UTC' };
		assert.equal(formatTimestamp('dddd, Do MMMM YYYY HH:mm Z', value), 'Sunday, 22nd November 2026 08:00 UTC');
		assert.equal(formatTimestamp('ddd D MMM YY', value), 'Sun 22 Nov 26');
		assert.equal(formatTimestamp('Do', { ...value, date: { year: 2026, month: 11, day: 13 } }), '13th');
		assert.equal(formatTimestamp('Do', { ...value, date: { year: 2026, month: 11, day: 1 } }), '1st');
	});

	test('a format with a date needs a date; a year needs a year', () => {
		const time = { hour: 8, minute: 0, second: undefined };
		assert.equal(formatTimestamp('YYYY-MM-DD HH:mm', { date: undefined, time, zone: undefined }), undefined);
		assert.equal(formatTimestamp('YYYY-MM-DD HH:mm', { date: { year: undefined, month: 3, day: 4 }, time, zone: undefined }), undefined);
		assert.equal(formatTimestamp('Do MMM HH:mm', { date: { year: undefined, month: 3, day: 4 }, time, zone: undefined }), '4th Mar 08:00');
		assert.ok(hasDate('MMM D, h:mm A'));
		assert.ok(!hasDate('HH:mm Z'));
		assert.ok(isTwelveHour('hh:mma'));
		assert.ok(!isTwelveHour('HH:mm'));
	});

	test('adding minutes rolls over midnight and the end of a month', () => {
		const moved = addMinutes({ year: 2026, month: 11, day: 30 }, { hour: 23, minute: 58, second: 40 }, 5);
		assert.deepEqual(moved, { date: { year: 2026, month: 12, day: 1 }, time: { hour: 0, minute: 3, second: 0 } });
		const back = addMinutes(undefined, { hour: 0, minute: 2, second: undefined }, -5);
		assert.deepEqual(back, { date: undefined, time: { hour: 23, minute: 57, second: undefined } });
	});
});

suite('timeline/format withClockOf', () => {
	test('rewrites only the clock: 12/24-hour, padding, AM/PM and its space', () => {
		assert.equal(withClockOf('h:mmA', 'HH:mm'), 'HH:mm');
		assert.equal(withClockOf('h:mm A Z dddd MMM Do', 'HH:mm'), 'HH:mm Z dddd MMM Do');
		assert.equal(withClockOf('HH:mm', 'h:mm A'), 'h:mm A');
		assert.equal(withClockOf('YYYY-MM-DD HH:mm Z', 'hh:mma'), 'YYYY-MM-DD hh:mma Z');
		assert.equal(withClockOf('HH:mm-HH:mm', 'h:mm A'), undefined);
		assert.equal(withClockOf('YYYY-MM-DD', 'HH:mm'), undefined);
	});
});
