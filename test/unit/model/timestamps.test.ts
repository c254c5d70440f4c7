import * as assert from 'node:assert/strict';
import type { CalendarDate, ClockTime, ParsedTimestamp, TimeZoneRef } from '../../../server/src/model/types';
import {
	applyDateOrder,
	decideDateOrder,
	findZoneDeclaration,
	readDateLabel,
	readLeadingTimestamp,
	resolveEntryTimes,
	zoneOffsetMinutes,
	type EntryTimeInput,
} from '../../../server/src/model/timestamps';

const BASE = 100;

function date(year: number | undefined, month: number, day: number): CalendarDate {
	return { year, month, day };
}

function time(hour: number, minute: number, second?: number): ClockTime {
	return { hour, minute, second };
}

function read(text: string): ParsedTimestamp {
	const timestamp = readLeadingTimestamp(text, BASE);
	assert.ok(timestamp, `expected a timestamp in ${JSON.stringify(text)}`);
	return timestamp;
}

/** The written part of the input that the span should cover. */
function spanText(text: string, timestamp: ParsedTimestamp): string {
	return text.slice(timestamp.span.start - BASE, timestamp.span.end - BASE);
}

interface ValidCase {
	readonly text: string;
	readonly span: string;
	readonly format: string;
	readonly date?: CalendarDate;
	readonly time?: ClockTime;
	readonly endTime?: ClockTime;
	readonly zone?: string;
	readonly offset?: number;
	readonly approximate?: boolean;
	readonly order?: ParsedTimestamp['dayMonthOrder'];
}

const VALID: readonly ValidCase[] = [
	// Bare times
	{ text: '14:47 deploy started', span: '14:47', format: 'HH:mm', time: time(14, 47) },
	{ text: '14:47:23 alert fired', span: '14:47:23', format: 'HH:mm:ss', time: time(14, 47, 23) },
	{ text: '9:05 paged', span: '9:05', format: 'H:mm', time: time(9, 5) },
	{ text: '2:47 PM paged', span: '2:47 PM', format: 'h:mm A', time: time(14, 47) },
	{ text: '2:47PM paged', span: '2:47PM', format: 'h:mmA', time: time(14, 47) },
	{ text: '2:14 pm paged', span: '2:14 pm', format: 'h:mm a', time: time(14, 14) },
	{ text: '07:30am paged', span: '07:30am', format: 'hh:mma', time: time(7, 30) },
	{ text: '11:39AM paged', span: '11:39AM', format: 'h:mmA', time: time(11, 39) },
	{ text: '12:05 AM midnight', span: '12:05 AM', format: 'h:mm A', time: time(0, 5) },
	{ text: '12:05 PM noon', span: '12:05 PM', format: 'h:mm A', time: time(12, 5) },
	{ text: '~13:30 roughly', span: '~13:30', format: 'HH:mm', time: time(13, 30), approximate: true },
	{ text: '~9:43 AM roughly', span: '~9:43 AM', format: 'h:mm A', time: time(9, 43), approximate: true },
	{ text: 'around 13:30 we', span: 'around 13:30', format: 'HH:mm', time: time(13, 30), approximate: true },
	{ text: '13:30 (approx) we', span: '13:30 (approx)', format: 'HH:mm', time: time(13, 30), approximate: true },
	{ text: '12.39UTC paged', span: '12.39UTC', format: 'HH.mmZ', time: time(12, 39), zone: 'UTC', offset: 0 },
	{ text: '16:58 UTC paged', span: '16:58 UTC', format: 'HH:mm Z', time: time(16, 58), zone: 'UTC', offset: 0 },
	{ text: '09:15:04 UTC paged', span: '09:15:04 UTC', format: 'HH:mm:ss Z', time: time(9, 15, 4), zone: 'UTC', offset: 0 },
	{ text: '14:00 CET failover', span: '14:00 CET', format: 'HH:mm Z', time: time(14, 0), zone: 'CET', offset: 60 },
	{ text: '14:00 (UTC) failover', span: '14:00 (UTC)', format: 'HH:mm (Z)', time: time(14, 0), zone: 'UTC', offset: 0 },
	{ text: '10:00 Pacific Time call', span: '10:00 Pacific Time', format: 'HH:mm Z', time: time(10, 0), zone: 'Pacific Time', offset: -480 },
	{ text: '14:47:23.120Z', span: '14:47:23.120Z', format: 'HH:mm:ss.SSSZ', time: time(14, 47, 23), zone: 'Z', offset: 0 },
	// Ranges
	{ text: '14:00–14:20 outage', span: '14:00–14:20', format: 'HH:mm–HH:mm', time: time(14, 0), endTime: time(14, 20) },
	{ text: '14:00-14:20 outage', span: '14:00-14:20', format: 'HH:mm-HH:mm', time: time(14, 0), endTime: time(14, 20) },
	{ text: '10:44-10:57 outage', span: '10:44-10:57', format: 'HH:mm-HH:mm', time: time(10, 44), endTime: time(10, 57) },
	{ text: '8:20 - 8:24 outage', span: '8:20 - 8:24', format: 'H:mm - H:mm', time: time(8, 20), endTime: time(8, 24) },
	{ text: '14:00 to 14:20 outage', span: '14:00 to 14:20', format: 'HH:mm to HH:mm', time: time(14, 0), endTime: time(14, 20) },
	{ text: '1:42-1:59 PM outage', span: '1:42-1:59 PM', format: 'h:mm-h:mm A', time: time(13, 42), endTime: time(13, 59) },
	{ text: '11:50-12:10 PM outage', span: '11:50-12:10 PM', format: 'h:mm-h:mm A', time: time(11, 50), endTime: time(12, 10) },
	{ text: '13:00-2:00 PM outage', span: '13:00-2:00 PM', format: 'HH:mm-h:mm A', time: time(13, 0), endTime: time(14, 0) },
	{ text: '~13:30-13:45 outage', span: '~13:30-13:45', format: 'HH:mm-HH:mm', time: time(13, 30), endTime: time(13, 45), approximate: true },
	{ text: '18:00-24:00 UTC window', span: '18:00-24:00 UTC', format: 'HH:mm-HH:mm Z', time: time(18, 0), endTime: time(24, 0), zone: 'UTC', offset: 0 },
	{ text: '12:26-12:?? degraded', span: '12:26-12:??', format: 'HH:mm-??', time: time(12, 26) },
	// ISO and numeric dates
	{ text: '2026-11-18 14:47 UTC deploy', span: '2026-11-18 14:47 UTC', format: 'YYYY-MM-DD HH:mm Z', date: date(2026, 11, 18), time: time(14, 47), zone: 'UTC', offset: 0, order: 'ymd' },
	{ text: '2026-11-18T14:47:23Z deploy', span: '2026-11-18T14:47:23Z', format: 'YYYY-MM-DDTHH:mm:ssZ', date: date(2026, 11, 18), time: time(14, 47, 23), zone: 'Z', offset: 0, order: 'ymd' },
	{ text: '2026-03-04T09:22:00+01:00 x', span: '2026-03-04T09:22:00+01:00', format: 'YYYY-MM-DDTHH:mm:ssZ', date: date(2026, 3, 4), time: time(9, 22, 0), zone: '+01:00', offset: 60, order: 'ymd' },
	{ text: '2026-03-04T09:22:00-07:00 x', span: '2026-03-04T09:22:00-07:00', format: 'YYYY-MM-DDTHH:mm:ssZ', date: date(2026, 3, 4), time: time(9, 22, 0), zone: '-07:00', offset: -420, order: 'ymd' },
	{ text: '2019-10-20 00:55 x', span: '2019-10-20 00:55', format: 'YYYY-MM-DD HH:mm', date: date(2019, 10, 20), time: time(0, 55), order: 'ymd' },
	{ text: '2021-12-10   15:40 x', span: '2021-12-10   15:40', format: 'YYYY-MM-DD HH:mm', date: date(2021, 12, 10), time: time(15, 40), order: 'ymd' },
	{ text: '2021-12-10 - cut over', span: '2021-12-10', format: 'YYYY-MM-DD', date: date(2021, 12, 10), order: 'ymd' },
	{ text: '2018-01-18 4:19 x', span: '2018-01-18 4:19', format: 'YYYY-MM-DD H:mm', date: date(2018, 1, 18), time: time(4, 19), order: 'ymd' },
	{ text: '2023-01-04/11:34 x', span: '2023-01-04/11:34', format: 'YYYY-MM-DD/HH:mm', date: date(2023, 1, 4), time: time(11, 34), order: 'ymd' },
	{ text: '2018-08-22, 03:26pm x', span: '2018-08-22, 03:26pm', format: 'YYYY-MM-DD, hh:mma', date: date(2018, 8, 22), time: time(15, 26), order: 'ymd' },
	{ text: '18/11/2026 x', span: '18/11/2026', format: 'DD/MM/YYYY', date: date(2026, 11, 18), order: 'dmy' },
	{ text: '18/11/2026 14:47 x', span: '18/11/2026 14:47', format: 'DD/MM/YYYY HH:mm', date: date(2026, 11, 18), time: time(14, 47), order: 'dmy' },
	{ text: '4/21/23 x', span: '4/21/23', format: 'M/DD/YY', date: date(2023, 4, 21), order: 'mdy' },
	{ text: '07-27-2023 2:14 pm x', span: '07-27-2023 2:14 pm', format: 'MM-DD-YYYY h:mm a', date: date(2023, 7, 27), time: time(14, 14), order: 'mdy' },
	{ text: '24-10-2024 02:00-04:30 x', span: '24-10-2024 02:00-04:30', format: 'DD-MM-YYYY HH:mm-HH:mm', date: date(2024, 10, 24), time: time(2, 0), endTime: time(4, 30), order: 'dmy' },
	{ text: '27-05-2025 13:44 x', span: '27-05-2025 13:44', format: 'DD-MM-YYYY HH:mm', date: date(2025, 5, 27), time: time(13, 44), order: 'dmy' },
	// Ambiguous: read D/M unless US-style slashes with a two-digit year.
	{ text: '04-03-2026 15:48 UTC x', span: '04-03-2026 15:48 UTC', format: 'DD-MM-YYYY HH:mm Z', date: date(2026, 3, 4), time: time(15, 48), zone: 'UTC', offset: 0, order: 'ambiguous' },
	{ text: '4/5/23 x', span: '4/5/23', format: 'M/D/YY', date: date(2023, 4, 5), order: 'ambiguous' },
	{ text: '19.04.2023 10:00 x', span: '19.04.2023 10:00', format: 'DD.MM.YYYY HH:mm', date: date(2023, 4, 19), time: time(10, 0), order: 'dmy' },
	// Month names
	{ text: 'Sep 27 2017 13:06 x', span: 'Sep 27 2017 13:06', format: 'MMM D YYYY HH:mm', date: date(2017, 9, 27), time: time(13, 6) },
	{ text: 'Jan 14, 10:18 AM x', span: 'Jan 14, 10:18 AM', format: 'MMM D, h:mm A', date: date(undefined, 1, 14), time: time(10, 18) },
	{ text: 'June 14th, 2022, 10:00 AM x', span: 'June 14th, 2022, 10:00 AM', format: 'MMMM Do, YYYY, h:mm A', date: date(2022, 6, 14), time: time(10, 0) },
	{ text: 'June 14th 2022 10:00 AM x', span: 'June 14th 2022 10:00 AM', format: 'MMMM Do YYYY h:mm A', date: date(2022, 6, 14), time: time(10, 0) },
	{ text: '7th Sept', span: '7th Sept', format: 'Do MMM', date: date(undefined, 9, 7) },
	{ text: '19. April, 11:00 x', span: '19. April, 11:00', format: 'D. MMMM, HH:mm', date: date(undefined, 4, 19), time: time(11, 0) },
	{ text: 'Feb 21, 13:00 x', span: 'Feb 21, 13:00', format: 'MMM D, HH:mm', date: date(undefined, 2, 21), time: time(13, 0) },
	{ text: 'November 11, 4:02 PM UTC x', span: 'November 11, 4:02 PM UTC', format: 'MMMM D, h:mm A Z', date: date(undefined, 11, 11), time: time(16, 2), zone: 'UTC', offset: 0 },
	{ text: 'Tue, 14 May 2024 10:00 x', span: 'Tue, 14 May 2024 10:00', format: 'ddd, D MMM YYYY HH:mm', date: date(2024, 5, 14), time: time(10, 0) },
	// Time before date; the weekday and date after the zone are part of the timestamp.
	{ text: '11:10 6th Nov 2023 x', span: '11:10 6th Nov 2023', format: 'HH:mm Do MMM YYYY', date: date(2023, 11, 6), time: time(11, 10) },
	{ text: '12:45 PM PST Saturday Oct 30th x', span: '12:45 PM PST Saturday Oct 30th', format: 'h:mm A Z dddd MMM Do', date: date(undefined, 10, 30), time: time(12, 45), zone: 'PST', offset: -480 },
	// A second zone in parentheses is left to the text.
	{ text: '12:48 (6:48 PDT) x', span: '12:48', format: 'HH:mm', time: time(12, 48) },
	// Leading markup is skipped and not part of the span.
	{ text: '**~13:30** deploy', span: '~13:30', format: 'HH:mm', time: time(13, 30), approximate: true },
	{ text: '[14:00] x', span: '14:00', format: 'HH:mm', time: time(14, 0) },
	{ text: '  _14:00_ x', span: '14:00', format: 'HH:mm', time: time(14, 0) },
];

suite('timestamps: readLeadingTimestamp, valid formats', () => {
	for (const c of VALID) {
		test(JSON.stringify(c.text), () => {
			const timestamp = read(c.text);
			assert.equal(spanText(c.text, timestamp), c.span);
			assert.equal(timestamp.format, c.format);
			assert.deepEqual(timestamp.date, c.date);
			assert.deepEqual(timestamp.time, c.time);
			assert.deepEqual(timestamp.endTime, c.endTime);
			assert.equal(timestamp.zone?.name, c.zone);
			assert.equal(timestamp.zone?.offsetMinutes, c.offset);
			assert.equal(timestamp.approximate, c.approximate ?? false);
			assert.equal(timestamp.dayMonthOrder, c.order);
			assert.equal(timestamp.invalid, undefined);
			assert.equal(timestamp.placeholder, false);
		});
	}

	test('the zone span points at the zone in the document', () => {
		const timestamp = read('  16:58 UTC paged');
		assert.deepEqual(timestamp.zone?.span, { start: BASE + 8, end: BASE + 11 });
		assert.deepEqual(timestamp.span, { start: BASE + 2, end: BASE + 11 });
	});

	test('the same written shape gives the same format', () => {
		assert.equal(read('14:47 a').format, read('09:05 b').format);
		assert.equal(read('2026-11-18 14:47 UTC').format, read('2025-01-02 00:00 CET').format);
		assert.notEqual(read('2:47 PM').format, read('2:47 pm').format);
		assert.notEqual(read('14:47 UTC').format, read('14:47').format);
	});
});

const INVALID: readonly { text: string; span: string }[] = [
	{ text: '24:00 midnight', span: '24:00' },
	{ text: '25:10 x', span: '25:10' },
	{ text: '13:55 PM x', span: '13:55 PM' },
	{ text: '23:00 AM x', span: '23:00 AM' },
	{ text: '12:?? x', span: '12:??' },
	{ text: '2X:XX x', span: '2X:XX' },
	{ text: '14:61 x', span: '14:61' },
	{ text: '14:00-25:00 x', span: '14:00-25:00' },
	{ text: '2024-02-30 10:00 x', span: '2024-02-30 10:00' },
	{ text: '2024-02-30', span: '2024-02-30' },
	{ text: '20202-01-16 x', span: '20202-01-16' },
	{ text: '13/13/2024 x', span: '13/13/2024' },
];

suite('timestamps: readLeadingTimestamp, invalid', () => {
	for (const c of INVALID) {
		test(JSON.stringify(c.text), () => {
			const timestamp = read(c.text);
			assert.equal(spanText(c.text, timestamp), c.span);
			assert.equal(typeof timestamp.invalid, 'string');
			assert.equal(timestamp.placeholder, false);
		});
	}

	test('an invalid part is left undefined, valid parts are kept', () => {
		const timestamp = read('2024-02-30 10:00');
		assert.equal(timestamp.date, undefined);
		assert.deepEqual(timestamp.time, time(10, 0));
		assert.equal(read('13:55 PM').time, undefined);
	});

	test('24:00 is valid as the end of a range only', () => {
		assert.equal(read('18:00-24:00').invalid, undefined);
		assert.match(read('24:00').invalid ?? '', /24:00/);
	});

	test('29 February is real in a leap year and without a year', () => {
		assert.deepEqual(read('2024-02-29').date, date(2024, 2, 29));
		assert.equal(typeof read('2023-02-29').invalid, 'string');
		assert.deepEqual(read('Feb 29').date, date(undefined, 2, 29));
	});
});

const PLACEHOLDERS: readonly { text: string; span: string; format: string; date?: CalendarDate }[] = [
	{ text: 'HH:MM event', span: 'HH:MM', format: 'HH:mm' },
	{ text: 'HH:mm event', span: 'HH:mm', format: 'HH:mm' },
	{ text: 'hh:mm event', span: 'hh:mm', format: 'HH:mm' },
	{ text: '20xx-MM-DD HH:mm event', span: '20xx-MM-DD HH:mm', format: 'YYYY-MM-DD HH:mm' },
	{ text: '2024-03-13 HH:mm event', span: '2024-03-13 HH:mm', format: 'YYYY-MM-DD HH:mm', date: date(2024, 3, 13) },
	{ text: 'YYYY-MM-DD event', span: 'YYYY-MM-DD', format: 'YYYY-MM-DD' },
	{ text: '{{ yyyy-mm-dd hh:mm }} event', span: '{{ yyyy-mm-dd hh:mm }}', format: 'YYYY-MM-DD HH:mm' },
	{ text: '{{date}} event', span: '{{date}}', format: '' },
	{ text: 'DD/MM/YYYY event', span: 'DD/MM/YYYY', format: 'DD/MM/YYYY' },
	// A blank time is a placeholder: the author left it to fill in; the date is still known.
	{ text: '2019-12-03 --:-- event', span: '2019-12-03 --:--', format: 'YYYY-MM-DD HH:mm', date: date(2019, 12, 3) },
	{ text: '--:-- event', span: '--:--', format: 'HH:mm' },
];

suite('timestamps: readLeadingTimestamp, placeholders', () => {
	for (const c of PLACEHOLDERS) {
		test(JSON.stringify(c.text), () => {
			const timestamp = read(c.text);
			assert.equal(spanText(c.text, timestamp), c.span);
			assert.equal(timestamp.placeholder, true);
			assert.equal(timestamp.invalid, undefined);
			assert.equal(timestamp.time, undefined);
			assert.equal(timestamp.format, c.format);
			assert.deepEqual(timestamp.date, c.date);
		});
	}
});

const NOT_TIMESTAMPS = [
	'1.24.0 release', '3 pods restarted', '10 minutes later', '404 errors', '2x faster', 'v9.1.1', '#2127',
	'1. First step', '100%', '5:1 ratio', '2023', '2023 was a hard year', '12.39.1', '3.5 hours', '12.39 hours',
	'99.99 uptime', '1.24 release', 'Monday we deployed', 'May we suggest', 'about 3 pods', '', '   ', 'Deploy at 14:00',
	'10:000', '1/2 of the fleet', 'March madness',
];

suite('timestamps: readLeadingTimestamp, not timestamps', () => {
	for (const text of NOT_TIMESTAMPS) {
		test(JSON.stringify(text), () => {
			assert.equal(readLeadingTimestamp(text, BASE), undefined);
		});
	}
});

suite('timestamps: linear time', () => {
	const inputs = [
		'10:' + '0'.repeat(50_000),
		'2024-01-01T' + '0'.repeat(50_000),
		'2024-01-01T00:00:00.' + '0'.repeat(50_000),
		' '.repeat(50_000) + '14:00',
		'14:00 ' + 'A'.repeat(50_000),
		'14:00' + ' -'.repeat(25_000),
		'~'.repeat(50_000),
		'7th ' + ' '.repeat(50_000) + 'x',
		'1'.repeat(50_000),
	];
	for (const input of inputs) {
		test(`${JSON.stringify(input.slice(0, 24))}… (${input.length} chars) without a super-linear blow-up (hang guard; speed figures are in npm run bench)`, () => {
			const started = performance.now();
			readLeadingTimestamp(input, 0);
			readDateLabel(input, 0);
			findZoneDeclaration(input, 0);
			zoneOffsetMinutes(input);
			assert.ok(performance.now() - started < 1000, 'too slow: super-linear?');
		});
	}

	test('zone declarations stay linear on many brackets and time words', () => {
		const inputs2 = ['('.repeat(50_000), '( UTC '.repeat(10_000), 'times '.repeat(10_000), 'Pacific '.repeat(10_000)];
		for (const input of inputs2) {
			const started = performance.now();
			findZoneDeclaration(input, 0);
			assert.ok(performance.now() - started < 1000, `too slow on ${input.slice(0, 12)}: super-linear?`);
		}
	});
});

suite('timestamps: findZoneDeclaration', () => {
	const declarations: readonly { text: string; name: string; offset: number | undefined }[] = [
		{ text: 'All times UTC', name: 'UTC', offset: 0 },
		{ text: 'All times in PST', name: 'PST', offset: -480 },
		{ text: '(all times in Pacific Time)', name: 'Pacific Time', offset: -480 },
		{ text: 'Timeline (UTC)', name: 'UTC', offset: 0 },
		{ text: 'Date and Time in CET', name: 'CET', offset: 60 },
		{ text: 'Time (UTC)', name: 'UTC', offset: 0 },
		{ text: 'times are in UTC+1', name: 'UTC+1', offset: 60 },
		{ text: 'Timeline (UTC) All Times Approximate', name: 'UTC', offset: 0 },
		{ text: '(PST) 4/21/23-4/25/23', name: 'PST', offset: -480 },
		{ text: 'All times are in UTC unless noted.', name: 'UTC', offset: 0 },
		{ text: 'Time zone: CET', name: 'CET', offset: 60 },
		{ text: 'Timestamps are in IST', name: 'IST', offset: 330 },
	];
	for (const c of declarations) {
		test(`declares: ${JSON.stringify(c.text)}`, () => {
			const zone = findZoneDeclaration(c.text, BASE);
			assert.ok(zone);
			assert.equal(zone.name, c.name);
			assert.equal(zone.offsetMinutes, c.offset);
			assert.equal(c.text.slice(zone.span.start - BASE, zone.span.end - BASE), c.name);
		});
	}

	const sentences = [
		'at 14:00 UTC the alert fired',
		'The alert fired at 14:00 (UTC) and paged the on-call engineer.',
		'We moved the cron job to UTC midnight.',
		'Response times were high for an hour.',
		'The time was 14:00 UTC when the alert fired.',
		'Timeline',
		'Detection time (TTD)',
		'',
	];
	for (const text of sentences) {
		test(`does not declare: ${JSON.stringify(text)}`, () => {
			assert.equal(findZoneDeclaration(text, BASE), undefined);
		});
	}
});

suite('timestamps: zoneOffsetMinutes', () => {
	const offsets: readonly [string, number | undefined][] = [
		['UTC', 0], ['GMT', 0], ['Z', 0], ['CET', 60], ['CEST', 120], ['EET', 120], ['EEST', 180], ['BST', 60],
		['IST', 330], ['GST', 240], ['PST', -480], ['PDT', -420], ['MST', -420], ['MDT', -360], ['CST', -360],
		['CDT', -300], ['EST', -300], ['EDT', -240], ['JST', 540], ['AEST', 600], ['Pacific Time', -480],
		['pacific  time', -480], ['UTC+1', 60], ['GMT+1', 60], ['UTC-07:00', -420], ['UTC+5:30', 330], ['+02:00', 120],
		['-0700', -420], ['pst', -480], [' UTC ', 0], ['Mars Time', undefined], ['UTC+99', undefined], ['', undefined],
	];
	for (const [name, offset] of offsets) {
		test(`${JSON.stringify(name)} → ${offset}`, () => {
			assert.equal(zoneOffsetMinutes(name), offset);
		});
	}
});

suite('timestamps: readDateLabel', () => {
	const labels: readonly { text: string; date: CalendarDate; span: string }[] = [
		{ text: 'May 12', date: date(undefined, 5, 12), span: 'May 12' },
		{ text: '15 May', date: date(undefined, 5, 15), span: '15 May' },
		{ text: '7th Sept', date: date(undefined, 9, 7), span: '7th Sept' },
		{ text: '**7th Sept:**', date: date(undefined, 9, 7), span: '7th Sept' },
		{ text: '2019-07-25:', date: date(2019, 7, 25), span: '2019-07-25' },
		{ text: '_4/21/23_', date: date(2023, 4, 21), span: '4/21/23' },
		{ text: '19th September 2023:', date: date(2023, 9, 19), span: '19th September 2023' },
		{ text: '6th November 2022:', date: date(2022, 11, 6), span: '6th November 2022' },
		{ text: 'June 14th, 2022', date: date(2022, 6, 14), span: 'June 14th, 2022' },
		{ text: 'Saturday, May 12', date: date(undefined, 5, 12), span: 'Saturday, May 12' },
		{ text: '  Tue 14 May 2024  ', date: date(2024, 5, 14), span: 'Tue 14 May 2024' },
	];
	for (const c of labels) {
		test(`label: ${JSON.stringify(c.text)}`, () => {
			const label = readDateLabel(c.text, BASE);
			assert.ok(label);
			assert.deepEqual(label.date, c.date);
			assert.equal(c.text.slice(label.span.start - BASE, label.span.end - BASE), c.span);
		});
	}

	for (const text of ['Feb 21, 13:00', '2019-07-25 10:00', '14:00', 'May 12 deploy', 'The deploy', 'Day 2', 'Feb 30', '']) {
		test(`not a label: ${JSON.stringify(text)}`, () => {
			assert.equal(readDateLabel(text, BASE), undefined);
		});
	}

	test('an ambiguous numeric label follows the document order when given', () => {
		assert.deepEqual(readDateLabel('04/03/2026', 0)?.date, date(2026, 3, 4));
		assert.deepEqual(readDateLabel('04/03/2026', 0, 'mdy')?.date, date(2026, 4, 3));
	});
});

function ts(text: string): ParsedTimestamp {
	return read(text);
}

suite('timestamps: decideDateOrder and applyDateOrder', () => {
	const cases: readonly { texts: string[]; order: ReturnType<typeof decideDateOrder> }[] = [
		{ texts: ['18/11/2026 10:00', '04/03/2026 11:00'], order: 'dmy' },
		{ texts: ['4/21/23', '04/03/2026 11:00'], order: 'mdy' },
		{ texts: ['18/11/2026', '4/21/23'], order: 'ambiguous' },
		{ texts: ['04/03/2026'], order: 'ambiguous' },
		{ texts: ['2026-11-18 10:00', '14:00', 'May 12'], order: undefined },
		{ texts: [], order: undefined },
	];
	for (const c of cases) {
		test(`${JSON.stringify(c.texts)} → ${c.order}`, () => {
			assert.equal(decideDateOrder(c.texts.map(ts)), c.order);
		});
	}

	test('applyDateOrder re-reads an ambiguous date and its format, and nothing else', () => {
		const ambiguous = ts('04-03-2026 15:48');
		const asMdy = applyDateOrder(ambiguous, 'mdy');
		assert.deepEqual(asMdy.date, date(2026, 4, 3));
		assert.equal(asMdy.format, 'MM-DD-YYYY HH:mm');
		assert.equal(applyDateOrder(ambiguous, 'dmy'), ambiguous);
		assert.equal(applyDateOrder(ambiguous, 'ambiguous'), ambiguous);
		const known = ts('18/11/2026');
		assert.equal(applyDateOrder(known, 'mdy'), known);
	});
});

function entry(text: string, dateLabel?: CalendarDate): EntryTimeInput {
	return { timestamp: ts(text), dateLabel };
}

const NO_CONTEXT = { declaredZone: undefined, documentDate: undefined, dateOrder: undefined } as const;
const UTC: TimeZoneRef = { name: 'UTC', offsetMinutes: 0, span: { start: 0, end: 3 } };

function minutesOf(entries: readonly EntryTimeInput[], context = NO_CONTEXT as Parameters<typeof resolveEntryTimes>[1]): (number | undefined)[] {
	return resolveEntryTimes(entries, context).map((result) => result.minutes);
}

function gaps(values: readonly (number | undefined)[]): (number | undefined)[] {
	return values.slice(1).map((value, index) => {
		const previous = values[index];
		return value === undefined || previous === undefined ? undefined : value - previous;
	});
}

suite('timestamps: resolveEntryTimes', () => {
	test('a date given once carries to the bare times after it', () => {
		const results = resolveEntryTimes([entry('2026-11-18 14:47'), entry('14:52'), entry('15:10')], NO_CONTEXT);
		assert.deepEqual(results.map((result) => result.effectiveDate), [date(2026, 11, 18), date(2026, 11, 18), date(2026, 11, 18)]);
		assert.equal(results[0].minutes, Date.UTC(2026, 10, 18, 14, 47) / 60_000);
		assert.deepEqual(gaps(results.map((result) => result.minutes)), [5, 18]);
	});

	test('a timeline crossing midnight advances the date (23:50 then 00:10 is +20 minutes)', () => {
		const results = resolveEntryTimes([entry('2026-11-18 23:50'), entry('00:10'), entry('00:40')], NO_CONTEXT);
		assert.deepEqual(gaps(results.map((result) => result.minutes)), [20, 30]);
		assert.deepEqual(results[1].effectiveDate, date(2026, 11, 19));
		assert.deepEqual(results[2].effectiveDate, date(2026, 11, 19));
	});

	test('a small step back is not midnight: it stays on the same day', () => {
		assert.deepEqual(gaps(minutesOf([entry('2026-11-18 14:00'), entry('13:00')])), [-60]);
	});

	test('a new date label resets the day: no midnight guess', () => {
		const results = resolveEntryTimes([entry('23:00'), entry('09:00', date(2026, 11, 20))], { ...NO_CONTEXT, documentDate: date(2026, 11, 19) });
		assert.deepEqual(results.map((result) => result.effectiveDate), [date(2026, 11, 19), date(2026, 11, 20)]);
		assert.deepEqual(gaps(results.map((result) => result.minutes)), [10 * 60]);
	});

	test('12-hour times use AM/PM', () => {
		assert.deepEqual(gaps(minutesOf([entry('11:50 AM'), entry('12:10 PM'), entry('1:05 PM')], { ...NO_CONTEXT, documentDate: date(2026, 1, 2) })), [20, 55]);
	});

	test('zones: 14:00 CET is 13:00 UTC', () => {
		const [cet, utc] = minutesOf([entry('2026-11-18 14:00 CET'), entry('2026-11-18 13:00 UTC')]);
		assert.equal(cet, utc);
	});

	test('the declared zone applies unless the entry has its own', () => {
		const results = resolveEntryTimes([entry('13:00'), entry('14:00 CET')], { ...NO_CONTEXT, declaredZone: UTC, documentDate: date(2026, 1, 2) });
		assert.equal(results[0].effectiveZone, UTC);
		assert.equal(results[1].effectiveZone?.name, 'CET');
		assert.equal(results[0].minutes, results[1].minutes);
	});

	test('a date without a year takes the year of the document date, and rolls over into January', () => {
		const results = resolveEntryTimes([entry('Dec 31, 23:00'), entry('Jan 1, 01:00')], { ...NO_CONTEXT, documentDate: date(2025, 12, 31) });
		assert.deepEqual(results.map((result) => result.effectiveDate), [date(2025, 12, 31), date(2026, 1, 1)]);
		assert.deepEqual(gaps(results.map((result) => result.minutes)), [120]);
	});

	test('a date without a year takes the year of the nearest earlier entry', () => {
		const results = resolveEntryTimes([entry('2022-06-13 10:00'), entry('June 14, 10:00')], NO_CONTEXT);
		assert.deepEqual(results[1].effectiveDate, date(2022, 6, 14));
		assert.deepEqual(gaps(results.map((result) => result.minutes)), [24 * 60]);
	});

	test('a timeline with no dates at all still orders (minutes on a notional day, no effective date)', () => {
		const results = resolveEntryTimes([entry('23:50'), entry('00:10')], NO_CONTEXT);
		assert.deepEqual(gaps(results.map((result) => result.minutes)), [20]);
		assert.equal(results[0].effectiveDate, undefined);
	});

	test('bare times before the first date of a dated timeline have no minutes', () => {
		assert.deepEqual(minutesOf([entry('10:00'), entry('2026-11-18 11:00')]).map((value) => value === undefined), [true, false]);
	});

	test('invalid and placeholder entries get no minutes and do not break the chain', () => {
		const values = minutesOf([entry('2026-11-18 10:00'), entry('25:10'), entry('HH:mm'), entry('10:30')]);
		assert.equal(values[1], undefined);
		assert.equal(values[2], undefined);
		assert.equal(values[3]! - values[0]!, 30);
	});

	test('a date-only entry sets the date for the times after it', () => {
		const results = resolveEntryTimes([entry('2026-11-18 23:00'), entry('2026-11-20'), entry('08:00')], NO_CONTEXT);
		assert.equal(results[1].minutes, undefined);
		assert.deepEqual(results[2].effectiveDate, date(2026, 11, 20));
	});

	test('seconds count as a fraction of a minute', () => {
		assert.deepEqual(gaps(minutesOf([entry('2026-11-18 10:00:00'), entry('10:00:30')])), [0.5]);
	});

	test('ambiguous numeric dates follow the document order; with no evidence they are read D/M', () => {
		const entries = [entry('04-03-2026 10:00')];
		const asMdy = resolveEntryTimes(entries, { ...NO_CONTEXT, dateOrder: 'mdy' });
		const asAmbiguous = resolveEntryTimes(entries, { ...NO_CONTEXT, dateOrder: 'ambiguous' });
		assert.deepEqual(asMdy[0].effectiveDate, date(2026, 4, 3));
		assert.deepEqual(asAmbiguous[0].effectiveDate, date(2026, 3, 4));
	});
});
