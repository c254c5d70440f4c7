/**
 * Timestamps, date labels and time zones as people write them in postmortem timelines.
 *
 * Pure: no I/O, no editor types. Everything is read with index loops and fixed-length field readers
 * rather than regexes, so every function is linear in its input (it runs on every list item, table cell
 * and heading of every document version).
 *
 * Reading conventions (also documented on the exports):
 * - `ParsedTimestamp.time` is the real 24-hour clock time: AM/PM is applied while reading.
 * - A field holding template letters (`HH`, `mm`, `YYYY`) makes the timestamp a placeholder; a field
 *   holding unknown digits (`??`, `2X`, `XX`) makes it invalid. Placeholder wins (`20xx-MM-DD HH:mm`).
 * - `--:--` is a placeholder: the author left the time blank on purpose, like a template.
 * - An open range end (`12:26-12:??`) is not invalid: the start is known; `endTime` is undefined.
 */
import type { CalendarDate, ClockTime, ParsedTimestamp, Span, TimeZoneRef } from './types';

type DayMonthOrder = ParsedTimestamp['dayMonthOrder'];
export type DateOrder = 'dmy' | 'mdy' | 'ambiguous' | undefined;

/** The text being read and the document offset of its first character. */
interface Source {
	readonly text: string;
	readonly base: number;
}

// ---------------------------------------------------------------------------------------------------
// Characters

function isDigit(ch: string | undefined): boolean {
	return ch !== undefined && ch >= '0' && ch <= '9';
}

function isLetter(ch: string | undefined): boolean {
	return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

function isSpace(ch: string | undefined): boolean {
	return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

function skipSpaces(text: string, pos: number): number {
	while (isSpace(text[pos])) {
		pos++;
	}
	return pos;
}

/** Longer runs of letters are never a month, weekday or zone name: stop reading them early. */
const MAX_NAME_LENGTH = 32;

/** End of the run of ASCII letters starting at `pos` (at most MAX_NAME_LENGTH + 1 letters are read). */
function wordEnd(text: string, pos: number): number {
	const limit = pos + MAX_NAME_LENGTH + 1;
	while (pos < limit && isLetter(text[pos])) {
		pos++;
	}
	return pos;
}

/** Whitespace runs are one space in a format: column padding in tables is not a different format. */
function gapFormat(text: string, start: number, end: number): string {
	let out = '';
	for (let i = start; i < end; i++) {
		const ch = text[i];
		if (isSpace(ch)) {
			if (!out.endsWith(' ')) {
				out += ' ';
			}
		} else {
			out += ch;
		}
	}
	return out;
}

// ---------------------------------------------------------------------------------------------------
// Fields: a number, a template (`HH`), or partly unknown (`2X`, `??`)

interface Field {
	readonly kind: 'number' | 'template' | 'unknown';
	/** The numeric value; NaN unless kind is 'number'. */
	readonly value: number;
	readonly text: string;
	readonly end: number;
}

const UNKNOWN_DIGIT = 'Xx?';

/**
 * Reads at most `maxLength` characters of one date/time field. A digit right after a full field means
 * the number is longer than the field can hold (`10:000`, `404`), so it is not this field at all.
 */
function readField(text: string, pos: number, maxLength: number, templateLetters: string): Field | undefined {
	let end = pos;
	let digits = 0;
	let templates = 0;
	while (end - pos < maxLength && end < text.length) {
		const ch = text[end];
		if (isDigit(ch)) {
			digits++;
		} else if (templateLetters.includes(ch)) {
			templates++;
		} else if (!UNKNOWN_DIGIT.includes(ch)) {
			break;
		}
		end++;
	}
	if (end === pos || isDigit(text[end]) || text[end] === '?') {
		return undefined;
	}
	const fieldText = text.slice(pos, end);
	const length = end - pos;
	const kind = digits === length ? 'number' : templates > 0 ? 'template' : 'unknown';
	return { kind, value: kind === 'number' ? Number(fieldText) : NaN, text: fieldText, end };
}

/** `MM` for a two-character field, `M` for one. */
function fieldToken(field: Field, token: string): string {
	return field.text.length >= 2 ? token + token : token;
}

// ---------------------------------------------------------------------------------------------------
// Calendar arithmetic

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(month: number, year: number | undefined): number {
	if (month === 2) {
		// Without a year, 29 February may be real: do not call it invalid.
		return year === undefined || isLeapYear(year) ? 29 : 28;
	}
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate(year: number | undefined, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

function epochDays(date: CalendarDate, year: number): number {
	return Date.UTC(year, date.month - 1, date.day) / 86_400_000;
}

function addDays(date: CalendarDate, days: number, fallbackYear: number): CalendarDate {
	const moved = new Date(Date.UTC(date.year ?? fallbackYear, date.month - 1, date.day + days));
	return { year: date.year === undefined ? undefined : moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

// ---------------------------------------------------------------------------------------------------
// Time zones

/** Minutes east of UTC. Summer-time names carry their summer offset; `PT`/`ET`… their standard one. */
const ZONE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
	['UTC', 0], ['GMT', 0], ['UT', 0], ['Z', 0], ['WET', 0], ['WEST', 60],
	['CET', 60], ['CEST', 120], ['MET', 60], ['MEST', 120], ['EET', 120], ['EEST', 180], ['BST', 60],
	['MSK', 180], ['IST', 330], ['GST', 240], ['PKT', 300], ['ICT', 420], ['WIB', 420],
	['SGT', 480], ['HKT', 480], ['PHT', 480], ['AWST', 480], ['JST', 540], ['KST', 540],
	['ACST', 570], ['ACDT', 630], ['AEST', 600], ['AEDT', 660], ['NZST', 720], ['NZDT', 780],
	['PST', -480], ['PDT', -420], ['PT', -480], ['MST', -420], ['MDT', -360], ['MT', -420],
	['CST', -360], ['CDT', -300], ['CT', -360], ['EST', -300], ['EDT', -240], ['ET', -300],
	['AKST', -540], ['AKDT', -480], ['HST', -600], ['AST', -240], ['ADT', -180],
	['NST', -210], ['NDT', -150], ['BRT', -180], ['ART', -180], ['SAST', 120],
]);

const ZONE_LONG_NAMES: ReadonlyMap<string, number> = new Map([
	['coordinated universal time', 0], ['universal time', 0], ['greenwich mean time', 0],
	['pacific time', -480], ['pacific standard time', -480], ['pacific daylight time', -420],
	['mountain time', -420], ['mountain standard time', -420], ['mountain daylight time', -360],
	['central time', -360], ['central standard time', -360], ['central daylight time', -300],
	['eastern time', -300], ['eastern standard time', -300], ['eastern daylight time', -240],
	['central european time', 60], ['central european summer time', 120],
	['eastern european time', 120], ['eastern european summer time', 180],
	['western european time', 0], ['british summer time', 60],
	['india standard time', 330], ['indian standard time', 330], ['japan standard time', 540],
	['gulf standard time', 240], ['australian eastern standard time', 600],
]);

const LONG_NAME_MAX_WORDS = 4;
/** First words of ZONE_LONG_NAMES: only these start the (slower) multi-word lookup. */
const LONG_NAME_FIRST_WORDS: ReadonlySet<string> = new Set([...ZONE_LONG_NAMES.keys()].map((name) => name.split(' ')[0]));

interface ZoneRead {
	readonly name: string;
	readonly offset: number | undefined;
	readonly start: number;
	readonly end: number;
}

function zoneRef(s: Source, zone: ZoneRead): TimeZoneRef {
	return { name: zone.name, offsetMinutes: zone.offset, span: { start: s.base + zone.start, end: s.base + zone.end } };
}

/** `+02:00`, `+0200`, `+2`, `-07:00`, `−7` (U+2212). */
function readOffset(text: string, pos: number): { minutes: number; end: number } | undefined {
	const sign = text[pos] === '+' ? 1 : text[pos] === '-' || text[pos] === '\u2212' ? -1 : 0;
	if (sign === 0 || !isDigit(text[pos + 1])) {
		return undefined;
	}
	let end = pos + 1;
	while (isDigit(text[end]) && end - pos <= 4) {
		end++;
	}
	const digits = text.slice(pos + 1, end);
	if (isDigit(text[end]) || digits.length === 3) {
		return undefined;
	}
	let hours = Number(digits.length === 4 ? digits.slice(0, 2) : digits);
	let minutes = digits.length === 4 ? Number(digits.slice(2)) : 0;
	if (digits.length <= 2 && text[end] === ':' && isDigit(text[end + 1]) && isDigit(text[end + 2]) && !isDigit(text[end + 3])) {
		minutes = Number(text.slice(end + 1, end + 3));
		end += 3;
	}
	if (hours > 14 || minutes > 59) {
		return undefined;
	}
	hours = hours * 60 + minutes;
	return { minutes: sign * hours, end };
}

/** `UTC`, `UTC+1`, `GMT-07:00`, `CET`, `Pacific Time` at `pos`; abbreviations must be upper case. */
function readZoneName(text: string, pos: number): ZoneRead | undefined {
	const end = wordEnd(text, pos);
	if (end === pos || isDigit(text[end])) {
		return undefined;
	}
	const word = text.slice(pos, end);
	const upper = word.toUpperCase();
	if (upper === 'UTC' || upper === 'GMT' || upper === 'UT') {
		const offset = readOffset(text, end);
		return offset
			? { name: text.slice(pos, offset.end), offset: offset.minutes, start: pos, end: offset.end }
			: { name: word, offset: 0, start: pos, end };
	}
	const abbreviation = word === upper && word !== 'Z' ? ZONE_ABBREVIATIONS.get(word) : undefined;
	if (abbreviation !== undefined) {
		return { name: word, offset: abbreviation, start: pos, end };
	}
	if (text[end] === '/' && IANA_AREAS.has(word)) {
		return readIanaZone(text, pos, end);
	}
	return LONG_NAME_FIRST_WORDS.has(word.toLowerCase()) ? readLongZoneName(text, pos) : undefined;
}

/** First parts of IANA zone names (`US/Pacific`, `Europe/Berlin`, `America/Los_Angeles`). */
const IANA_AREAS: ReadonlySet<string> = new Set(['Africa', 'America', 'Antarctica', 'Asia', 'Atlantic', 'Australia', 'Brazil', 'Canada', 'Chile', 'Etc', 'Europe', 'Indian', 'Mexico', 'Pacific', 'US']);
const ianaOffsets = new Map<string, number | undefined | null>();

/**
 * `US/Pacific`: a name the runtime's time-zone database knows (no I/O: the data is built in). Its offset is
 * the one in mid-January, like the standard-time offsets of the abbreviations. Unknown names (`UC/Pacific`)
 * are not zones.
 */
function readIanaZone(text: string, pos: number, slash: number): ZoneRead | undefined {
	let end = slash + 1;
	while (end - pos < 40 && (isLetter(text[end]) || text[end] === '_' || (text[end] === '/' && isLetter(text[end + 1])))) {
		end++;
	}
	const name = text.slice(pos, end);
	if (!ianaOffsets.has(name)) {
		ianaOffsets.set(name, januaryOffset(name));
	}
	const offset = ianaOffsets.get(name);
	return offset === null || end === slash + 1 ? undefined : { name, offset, start: pos, end };
}

function januaryOffset(name: string): number | undefined | null {
	try {
		const parts = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' }).formatToParts(Date.UTC(2021, 0, 15));
		const written = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
		if (written === 'GMT') {
			return 0;
		}
		const offset = readOffset(written.replace('GMT', ''), 0);
		return offset?.minutes;
	} catch {
		return null;
	}
}

/** The longest known multi-word zone name (`Central European Summer Time`) starting at `pos`. */
function readLongZoneName(text: string, pos: number): ZoneRead | undefined {
	const wordEnds: number[] = [];
	let end = pos;
	while (wordEnds.length < LONG_NAME_MAX_WORDS) {
		end = wordEnd(text, end);
		wordEnds.push(end);
		if (text[end] !== ' ' || !isLetter(text[end + 1])) {
			break;
		}
		end++;
	}
	for (let count = wordEnds.length; count >= 2; count--) {
		const name = text.slice(pos, wordEnds[count - 1]);
		const offset = ZONE_LONG_NAMES.get(name.toLowerCase());
		if (offset !== undefined) {
			return { name, offset, start: pos, end: wordEnds[count - 1] };
		}
	}
	return undefined;
}

/** A zone name or a bare offset (`+01:00`). */
function readZone(text: string, pos: number): ZoneRead | undefined {
	const offset = readOffset(text, pos);
	if (offset) {
		return { name: text.slice(pos, offset.end), offset: offset.minutes, start: pos, end: offset.end };
	}
	return readZoneName(text, pos);
}

export function zoneOffsetMinutes(name: string): number | undefined {
	const trimmed = name.trim();
	const zone = readZone(trimmed, 0) ?? readZone(trimmed.toUpperCase(), 0);
	if (zone && zone.end === trimmed.length) {
		return zone.offset;
	}
	const collapsed = trimmed.toLowerCase().split(/\s+/).join(' ');
	return ZONE_ABBREVIATIONS.get(trimmed.toUpperCase()) ?? ZONE_LONG_NAMES.get(collapsed);
}

// ---------------------------------------------------------------------------------------------------
// Clock times: `14:47`, `9:05`, `14:47:23.120`, `2:47 PM`, `12.39`, `HH:mm`, `12:??`, `--:--`

interface Meridiem {
	readonly pm: boolean;
	readonly upper: boolean;
	readonly start: number;
	readonly end: number;
}

interface ClockRead {
	readonly hour: Field;
	readonly minute: Field;
	readonly second: Field | undefined;
	readonly fractionDigits: number;
	readonly separator: string;
	readonly meridiem: Meridiem | undefined;
	/** Where the clock (with its AM/PM) ends. */
	readonly end: number;
	/** Where the digits end, before any AM/PM. */
	readonly digitsEnd: number;
}

/** `am`, `PM`, `p.m.` right after a time, attached or after one space. */
function readMeridiem(text: string, pos: number): Meridiem | undefined {
	const start = isSpace(text[pos]) ? pos + 1 : pos;
	const letter = text[start]?.toLowerCase();
	if (letter !== 'a' && letter !== 'p') {
		return undefined;
	}
	let end = -1;
	if (text[start + 1]?.toLowerCase() === 'm') {
		end = start + 2;
	} else if (text[start + 1] === '.' && text[start + 2]?.toLowerCase() === 'm' && text[start + 3] === '.') {
		end = start + 4;
	}
	if (end < 0 || isLetter(text[end]) || isDigit(text[end])) {
		return undefined;
	}
	return { pm: letter === 'p', upper: text[start] === text[start].toUpperCase(), start, end };
}

const HOUR_TEMPLATE = 'Hh';
const MINUTE_TEMPLATE = 'Mm';
const SECOND_TEMPLATE = 'Ss';
const BLANK_TIME = '--:--';

function readClock(text: string, pos: number): ClockRead | undefined {
	if (text.startsWith(BLANK_TIME, pos)) {
		return blankClock(pos);
	}
	const hour = readField(text, pos, 2, HOUR_TEMPLATE);
	const separator = hour ? text[hour.end] : undefined;
	if (!hour || (separator !== ':' && !(separator === '.' && hour.kind === 'number'))) {
		return undefined;
	}
	// Minutes are always two characters: `5:1` is a ratio, not a time.
	const minute = readField(text, hour.end + 1, 2, MINUTE_TEMPLATE);
	if (!minute || minute.text.length !== 2 || (separator === '.' && minute.kind !== 'number')) {
		return undefined;
	}
	const second = separator === ':' && text[minute.end] === ':' ? readField(text, minute.end + 1, 2, SECOND_TEMPLATE) : undefined;
	const withSeconds = second && second.text.length === 2 ? second : undefined;
	let digitsEnd = withSeconds ? withSeconds.end : minute.end;
	let fractionDigits = 0;
	if (withSeconds && text[digitsEnd] === '.' && isDigit(text[digitsEnd + 1])) {
		const fractionStart = ++digitsEnd;
		while (isDigit(text[digitsEnd])) {
			digitsEnd++;
		}
		fractionDigits = digitsEnd - fractionStart;
	}
	const meridiem = readMeridiem(text, digitsEnd);
	return { hour, minute, second: withSeconds, fractionDigits, separator, meridiem, end: meridiem?.end ?? digitsEnd, digitsEnd };
}

function blankClock(pos: number): ClockRead {
	const blank = (text: string, end: number): Field => ({ kind: 'template', value: NaN, text, end });
	return {
		hour: blank('--', pos + 2), minute: blank('--', pos + 5), second: undefined, fractionDigits: 0,
		separator: ':', meridiem: undefined, end: pos + 5, digitsEnd: pos + 5,
	};
}

interface ClockValue {
	readonly time: ClockTime | undefined;
	readonly invalid: string | undefined;
	readonly placeholder: boolean;
	readonly unknown: boolean;
}

function clockFields(clock: ClockRead): Field[] {
	return clock.second ? [clock.hour, clock.minute, clock.second] : [clock.hour, clock.minute];
}

/** The 24-hour value of a clock; `meridiem` may be borrowed from the other end of a range. */
function clockValue(clock: ClockRead, meridiem: Meridiem | undefined, role: 'start' | 'end'): ClockValue {
	const fields = clockFields(clock);
	if (fields.some((field) => field.kind === 'template')) {
		return { time: undefined, invalid: undefined, placeholder: true, unknown: false };
	}
	if (fields.some((field) => field.kind === 'unknown')) {
		return { time: undefined, invalid: 'the time is not fully known', placeholder: false, unknown: true };
	}
	const invalid = clockProblem(clock, meridiem, role);
	if (invalid) {
		return { time: undefined, invalid, placeholder: false, unknown: false };
	}
	const hour = meridiem ? (clock.hour.value % 12) + (meridiem.pm ? 12 : 0) : clock.hour.value;
	return { time: { hour, minute: clock.minute.value, second: clock.second?.value }, invalid: undefined, placeholder: false, unknown: false };
}

function clockProblem(clock: ClockRead, meridiem: Meridiem | undefined, role: 'start' | 'end'): string | undefined {
	const hour = clock.hour.value;
	if (clock.minute.value > 59 || (clock.second?.value ?? 0) > 59) {
		return 'minutes and seconds go up to 59';
	}
	if (meridiem) {
		// `00:30 AM` is common and unambiguous; `13:55 PM` mixes two clocks and `0:30 PM` is not a time.
		return hour > 12 || (hour === 0 && meridiem.pm) ? 'a 24-hour time cannot have AM/PM' : undefined;
	}
	if (hour === 24 && clock.minute.value === 0 && !clock.second?.value) {
		// 24:00 is the end of a day: fine to end a range, but an event happens at 00:00 of the next day.
		return role === 'end' ? undefined : '24:00 is the end of the day: write 00:00 of the next day';
	}
	return hour > 23 ? 'hours go up to 23' : undefined;
}

function clockFormat(text: string, clock: ClockRead, twelveHour: boolean): string {
	const padded = clock.hour.text.length === 2 && clock.hour.text[0] === '0';
	const hourToken = twelveHour ? (padded ? 'hh' : 'h') : fieldToken(clock.hour, 'H');
	let format = hourToken + clock.separator + 'mm';
	if (clock.second) {
		format += ':ss';
	}
	if (clock.fractionDigits > 0) {
		format += '.' + 'S'.repeat(clock.fractionDigits);
	}
	const meridiem = clock.meridiem;
	if (meridiem) {
		format += gapFormat(text, clock.digitsEnd, meridiem.start) + (meridiem.upper ? 'A' : 'a');
	}
	return format;
}

// ---------------------------------------------------------------------------------------------------
// Time expressions: a clock, an optional range end, an optional zone, `(approx)`

interface TimePart {
	readonly end: number;
	readonly time: ClockTime | undefined;
	readonly endTime: ClockTime | undefined;
	readonly zone: TimeZoneRef | undefined;
	readonly approximate: boolean;
	readonly format: string;
	readonly invalid: string | undefined;
	readonly placeholder: boolean;
}

const RANGE_DASHES = '-\u2013\u2014';

interface RangeRead {
	readonly clock: ClockRead;
	/** The separator as a format (`-`, ` – `, ` to `). */
	readonly format: string;
}

/** `-14:20`, ` – 14:20`, ` to 14:20` after a start time. */
function readRangeEnd(text: string, pos: number): RangeRead | undefined {
	const dashAt = skipSpaces(text, pos);
	let afterDash = -1;
	if (RANGE_DASHES.includes(text[dashAt] ?? '\u0000')) {
		afterDash = dashAt + 1;
	} else if (dashAt > pos && text.startsWith('to ', dashAt)) {
		afterDash = dashAt + 2;
	}
	if (afterDash < 0) {
		return undefined;
	}
	const clockAt = skipSpaces(text, afterDash);
	const clock = readClock(text, clockAt);
	return clock ? { clock, format: gapFormat(text, pos, clockAt) } : undefined;
}

/** A zone after a time: `Z`, `UTC`, ` CET`, `+01:00`, ` (UTC)`. A `-` offset only where a range cannot be. */
function readTimeZone(text: string, pos: number, allowMinus: boolean): { zone: ZoneRead; end: number; format: string } | undefined {
	if (text[pos] === 'Z' && !isLetter(text[pos + 1])) {
		return { zone: { name: 'Z', offset: 0, start: pos, end: pos + 1 }, end: pos + 1, format: 'Z' };
	}
	const at = isSpace(text[pos]) ? pos + 1 : pos;
	const minusAllowed = allowMinus || (isDigit(text[at + 4]) && !isDigit(text[at + 5]) && text[at + 3] !== ':');
	if (text[at] !== '-' || minusAllowed) {
		const zone = readZone(text, at);
		if (zone) {
			return { zone, end: zone.end, format: gapFormat(text, pos, at) + 'Z' };
		}
	}
	if (text[at] === '(') {
		const zone = readZone(text, at + 1);
		if (zone && text[zone.end] === ')') {
			return { zone, end: zone.end + 1, format: gapFormat(text, pos, at) + '(Z)' };
		}
	}
	return undefined;
}

const APPROX_SUFFIXES = ['(approx)', '(approx.)', '(approximately)', '(approximate)', '(est.)', '(estimated)'];

function readApproxSuffix(text: string, pos: number): number | undefined {
	const at = skipSpaces(text, pos);
	if (text[at] !== '(') {
		return undefined;
	}
	for (const suffix of APPROX_SUFFIXES) {
		if (text.slice(at, at + suffix.length).toLowerCase() === suffix) {
			return at + suffix.length;
		}
	}
	return undefined;
}

function readTimeExpression(s: Source, pos: number, afterIsoT: boolean): TimePart | undefined {
	const text = s.text;
	const start = readClock(text, pos);
	if (!start) {
		return undefined;
	}
	// After an ISO `T` a `-07:00` is an offset; elsewhere `14:00-14:20` is a range.
	let zone = afterIsoT ? readTimeZone(text, start.end, true) : undefined;
	const range = zone ? undefined : readRangeEnd(text, start.end);
	zone ??= readTimeZone(text, range?.clock.end ?? start.end, false);
	const end = zone?.end ?? range?.clock.end ?? start.end;
	const part = timeValues(text, start, range);
	const plainDotted = start.separator === '.' && !start.meridiem && !range?.clock.meridiem && !zone;
	if (plainDotted && (part.invalid !== undefined || !isPlainDottedTime(text, start))) {
		return undefined;
	}
	const approxEnd = readApproxSuffix(text, end);
	// Fields listed, not spread: spreading `part` was a third of the cost of reading a timestamp.
	return {
		end: approxEnd ?? end,
		time: part.time,
		endTime: part.endTime,
		zone: zone && zoneRef(s, zone.zone),
		approximate: approxEnd !== undefined,
		format: part.format + (zone?.format ?? ''),
		invalid: part.invalid,
		placeholder: part.placeholder,
	};
}

const DURATION_WORDS = new Set(['h', 'hr', 'hrs', 'hour', 'hours', 'm', 'min', 'mins', 'minute', 'minutes', 's', 'sec', 'secs', 'seconds', 'x', 'ms', 'days', 'release', 'version']);

/** `12.39` alone is a time only when it cannot be a decimal or version: two-digit hour, nothing numeric after. */
function isPlainDottedTime(text: string, clock: ClockRead): boolean {
	const next = text[clock.digitsEnd];
	if (clock.hour.text.length !== 2 || isLetter(next) || next === '%' || (next === '.' && isDigit(text[clock.digitsEnd + 1]))) {
		return false;
	}
	const wordStart = skipSpaces(text, clock.digitsEnd);
	return !DURATION_WORDS.has(text.slice(wordStart, wordEnd(text, wordStart)).toLowerCase());
}

/** Applies AM/PM across a range (`1:42-1:59 PM`) and builds the values and format of a time expression. */
function timeValues(text: string, start: ClockRead, range: RangeRead | undefined): Omit<TimePart, 'end' | 'approximate' | 'zone'> {
	const endClock = range?.clock;
	// One AM/PM for the whole range, unless the unmarked end is a 24-hour hour (`13:00-2:00 PM`).
	const startBorrows = !start.meridiem && endClock?.meridiem !== undefined && start.hour.value <= 12;
	const endBorrows = endClock !== undefined && !endClock.meridiem && start.meridiem !== undefined && endClock.hour.value <= 12;
	let startValue = clockValue(start, start.meridiem, 'start');
	let endValue = endClock && clockValue(endClock, endClock.meridiem, 'end');
	if (startBorrows && endClock?.meridiem) {
		startValue = borrowMeridiem(start, endClock.meridiem, endValue?.time, 'start');
	} else if (endBorrows && endClock && start.meridiem) {
		endValue = borrowMeridiem(endClock, start.meridiem, startValue.time, 'end');
	}
	let format = clockFormat(text, start, start.meridiem !== undefined || startBorrows);
	if (range && endClock && endValue) {
		format += range.format + (endValue.unknown ? '??' : clockFormat(text, endClock, endClock.meridiem !== undefined || endBorrows));
	}
	// An unknown range end (`12:26-12:??`) is an open range, not a mistake.
	const endProblem = endValue && !endValue.unknown && endValue.invalid ? `range end: ${endValue.invalid}` : undefined;
	return {
		time: startValue.time,
		endTime: endValue?.time,
		format,
		invalid: startValue.invalid ?? endProblem,
		placeholder: startValue.placeholder || (endValue?.placeholder ?? false),
	};
}

/**
 * A range written with one AM/PM: the other end takes the same half of the day unless that would put
 * the start after the end (`11:50-12:10 PM` starts at 11:50 AM).
 */
function borrowMeridiem(clock: ClockRead, meridiem: Meridiem, other: ClockTime | undefined, role: 'start' | 'end'): ClockValue {
	const same = clockValue(clock, meridiem, role);
	if (!same.time || !other) {
		return same;
	}
	const sameMinutes = same.time.hour * 60 + same.time.minute;
	const otherMinutes = other.hour * 60 + other.minute;
	const outOfOrder = role === 'start' ? sameMinutes > otherMinutes : sameMinutes < otherMinutes;
	return outOfOrder ? clockValue(clock, { ...meridiem, pm: !meridiem.pm }, role) : same;
}

// ---------------------------------------------------------------------------------------------------
// Dates: ISO, numeric D/M/Y or M/D/Y, month names, an optional weekday before

interface DatePart {
	readonly end: number;
	readonly date: CalendarDate | undefined;
	readonly order: DayMonthOrder;
	readonly format: string;
	readonly invalid: string | undefined;
	readonly placeholder: boolean;
	/** The date ended with an ISO `T`-ready shape (only ISO dates may be followed by `T`). */
	readonly iso: boolean;
}

const NO_SUCH_DATE = 'no such date';

type DateBase = Omit<DatePart, 'date' | 'invalid' | 'placeholder'>;

/**
 * Every DatePart is built here with one shape. `{ ...base, … }` spreads made objects of several shapes,
 * and reading timestamps spent most of its time copying them.
 */
function datePart(base: DateBase, date: CalendarDate | undefined, invalid: string | undefined, placeholder: boolean): DatePart {
	return { end: base.end, date, order: base.order, format: base.format, invalid, placeholder, iso: base.iso };
}

function hasTemplate(fields: readonly Field[]): boolean {
	return fields.some((field) => field.kind === 'template');
}

function hasUnknown(fields: readonly Field[]): boolean {
	return fields.some((field) => field.kind === 'unknown');
}

/** `2026-11-18`, `2023/01/04`, `YYYY-MM-DD`, `20202-01-16` (five-digit year: invalid). */
function readIsoDate(text: string, pos: number): DatePart | undefined {
	const year = readField(text, pos, 5, 'Yy');
	const separator = year ? text[year.end] : undefined;
	if (!year || year.text.length < 4 || (separator !== '-' && separator !== '/')) {
		return undefined;
	}
	const month = readField(text, year.end + 1, 2, 'Mm');
	const day = month && text[month.end] === separator ? readField(text, month.end + 1, 2, 'Dd') : undefined;
	if (!month || !day) {
		return undefined;
	}
	const format = 'YYYY' + separator + fieldToken(month, 'M') + separator + fieldToken(day, 'D');
	const base = { end: day.end, order: 'ymd' as const, format, iso: true };
	const fields = [year, month, day];
	if (hasTemplate(fields) || hasUnknown(fields)) {
		return datePart(base, undefined, hasTemplate(fields) ? undefined : 'the date is not fully known', hasTemplate(fields));
	}
	if (year.text.length === 5) {
		return datePart(base, undefined, 'the year has five digits', false);
	}
	return numericDate(base, year.value, month.value, day.value);
}

function numericDate(base: DateBase, year: number, month: number, day: number): DatePart {
	const real = isRealDate(year, month, day);
	return datePart(base, real ? { year, month, day } : undefined, real ? undefined : NO_SUCH_DATE, false);
}

/** `18/11/2026`, `4/21/23`, `07-27-2023`, `19.04.2023`, `DD/MM/YYYY`. */
function readNumericDate(text: string, pos: number): DatePart | undefined {
	const first = readField(text, pos, 2, 'DdMm');
	const separator = first ? text[first.end] : undefined;
	if (!first || (separator !== '/' && separator !== '-' && separator !== '.')) {
		return undefined;
	}
	const second = readField(text, first.end + 1, 2, 'DdMm');
	const year = second && text[second.end] === separator ? readField(text, second.end + 1, 4, 'Yy') : undefined;
	if (!second || !year || (year.text.length !== 2 && year.text.length !== 4)) {
		return undefined;
	}
	// Dotted numbers are versions as often as dates: `1.24.2023` is not read at all.
	if (separator === '.' && (year.kind !== 'number' || (text[year.end] === '.' && isDigit(text[year.end + 1])))) {
		return undefined;
	}
	const order = numericOrder(first, second, separator, year);
	const parts = order === 'mdy' ? [second, first] : [first, second];
	const format = order === 'mdy'
		? fieldToken(first, 'M') + separator + fieldToken(second, 'D')
		: fieldToken(first, 'D') + separator + fieldToken(second, 'M');
	const base = { end: year.end, order: readOrder(first, second), format: format + separator + 'Y'.repeat(year.text.length), iso: false };
	return numericDateValue(base, parts[0], parts[1], year, separator);
}

function numericDateValue(base: Omit<DatePart, 'date' | 'invalid' | 'placeholder'>, day: Field, month: Field, year: Field, separator: string): DatePart | undefined {
	const fields = [day, month, year];
	if (hasTemplate(fields) || hasUnknown(fields)) {
		return datePart({ end: base.end, order: undefined, format: base.format, iso: base.iso }, undefined, hasTemplate(fields) ? undefined : 'the date is not fully known', hasTemplate(fields));
	}
	const fullYear = year.text.length === 2 ? 2000 + year.value : year.value;
	const date = numericDate(base, fullYear, month.value, day.value);
	return separator === '.' && date.invalid ? undefined : date;
}

/** What the numbers alone say: a part over 12 can only be the day. */
function readOrder(first: Field, second: Field): DayMonthOrder {
	if (first.kind !== 'number' || second.kind !== 'number') {
		return undefined;
	}
	if (first.value > 12 && second.value <= 12) {
		return 'dmy';
	}
	if (second.value > 12 && first.value <= 12) {
		return 'mdy';
	}
	return first.value <= 12 ? 'ambiguous' : undefined;
}

/**
 * How to read the date now. Ambiguous dates are read D/M (most of the world) unless clearly US-style:
 * slashes with a two-digit year (`4/5/23`). `decideDateOrder` + `applyDateOrder` correct this per document.
 */
function numericOrder(first: Field, second: Field, separator: string, year: Field): 'dmy' | 'mdy' {
	if (first.kind === 'template') {
		return first.text[0].toUpperCase() === 'M' ? 'mdy' : 'dmy';
	}
	const order = readOrder(first, second);
	if (order === 'dmy' || order === 'mdy') {
		return order;
	}
	return separator === '/' && year.text.length === 2 ? 'mdy' : 'dmy';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_ABBREVIATIONS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

/** Names start with a capital (or are all capitals): lower-case `may` and `march` are ordinary words. */
function isNameCase(word: string): boolean {
	return word.length > 0 && word[0] === word[0].toUpperCase() && (word === word.toUpperCase() || word.slice(1) === word.slice(1).toLowerCase());
}

/** `Sep`, `Sept.`, `September` at `pos`: the month number and the format token. */
function readMonthName(text: string, pos: number): { month: number; end: number; format: string } | undefined {
	const end = wordEnd(text, pos);
	const word = text.slice(pos, end);
	if (word.length < 3 || !isNameCase(word) || isDigit(text[end])) {
		return undefined;
	}
	const lower = word.toLowerCase();
	const full = MONTHS.indexOf(lower);
	const abbreviated = lower === 'sept' ? 8 : MONTHS.findIndex((name) => name.slice(0, 3) === lower);
	const index = full >= 0 ? full : abbreviated;
	if (index < 0) {
		return undefined;
	}
	const token = full >= 0 && lower.length > 3 ? 'MMMM' : 'MMM';
	return text[end] === '.' && full < 0 ? { month: index + 1, end: end + 1, format: token + '.' } : { month: index + 1, end, format: token };
}

/** `7`, `07`, `7th`, `21st`. */
function readDayNumber(text: string, pos: number): { day: number; end: number; format: string } | undefined {
	const field = readField(text, pos, 2, '');
	if (!field || field.kind !== 'number') {
		return undefined;
	}
	const suffix = text.slice(field.end, field.end + 2).toLowerCase();
	if (['st', 'nd', 'rd', 'th'].includes(suffix) && !isLetter(text[field.end + 2])) {
		return { day: field.value, end: field.end + 2, format: 'Do' };
	}
	if (isLetter(text[field.end])) {
		return undefined;
	}
	return { day: field.value, end: field.end, format: field.text[0] === '0' ? 'DD' : 'D' };
}

/** `, 2022` or ` 2017` after a day; not `, 10:18`. */
function readYearAfter(text: string, pos: number): { year: number; end: number; format: string } | undefined {
	const at = skipSpaces(text, text[pos] === ',' ? pos + 1 : pos);
	if (at === pos) {
		return undefined;
	}
	const field = readField(text, at, 4, '');
	if (!field || field.kind !== 'number' || field.text.length !== 4 || isLetter(text[field.end])) {
		return undefined;
	}
	return { year: field.value, end: field.end, format: gapFormat(text, pos, at) + 'YYYY' };
}

/** `Jan 14`, `June 14th, 2022`, `Sep 27 2017`. */
function readMonthFirst(text: string, pos: number): DatePart | undefined {
	const month = readMonthName(text, pos);
	const dayAt = month ? skipSpaces(text, month.end) : pos;
	const day = month && dayAt > month.end ? readDayNumber(text, dayAt) : undefined;
	if (!month || !day) {
		return undefined;
	}
	const year = readYearAfter(text, day.end);
	const format = month.format + ' ' + day.format + (year?.format ?? '');
	return namedDate(year?.end ?? day.end, format, year?.year, month.month, day.day);
}

/** `7th Sept`, `15 May`, `19. April`, `6th of November 2022`. */
function readDayFirst(text: string, pos: number): DatePart | undefined {
	const day = readDayNumber(text, pos);
	if (!day) {
		return undefined;
	}
	const dot = day.format !== 'Do' && text[day.end] === '.' ? 1 : 0;
	let monthAt = skipSpaces(text, day.end + dot);
	let of = '';
	if (text.startsWith('of ', monthAt)) {
		monthAt = skipSpaces(text, monthAt + 3);
		of = ' of';
	}
	const month = monthAt > day.end + dot ? readMonthName(text, monthAt) : undefined;
	if (!month) {
		return undefined;
	}
	const year = readYearAfter(text, month.end);
	const format = day.format + (dot ? '.' : '') + of + ' ' + month.format + (year?.format ?? '');
	return namedDate(year?.end ?? month.end, format, year?.year, month.month, day.day);
}

function namedDate(end: number, format: string, year: number | undefined, month: number, day: number): DatePart | undefined {
	if (day < 1 || day > 31) {
		return undefined;
	}
	const real = isRealDate(year, month, day);
	return { end, format, order: undefined, iso: false, date: real ? { year, month, day } : undefined, invalid: real ? undefined : NO_SUCH_DATE, placeholder: false };
}

function readWeekday(text: string, pos: number): { end: number; format: string } | undefined {
	const end = wordEnd(text, pos);
	const word = text.slice(pos, end);
	const lower = word.toLowerCase();
	if (!isNameCase(word) || (!WEEKDAYS.includes(lower) && !WEEKDAY_ABBREVIATIONS.has(lower))) {
		return undefined;
	}
	return { end: text[end] === '.' && !WEEKDAYS.includes(lower) ? end + 1 : end, format: WEEKDAYS.includes(lower) ? 'dddd' : 'ddd' };
}

function readBareDate(text: string, pos: number): DatePart | undefined {
	return readIsoDate(text, pos) ?? readNumericDate(text, pos) ?? readMonthFirst(text, pos) ?? readDayFirst(text, pos);
}

/** First three letters of every month and weekday name, lower-cased. */
const NAME_PREFIXES: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS].map((name) => name.slice(0, 3)));
/** Letters that may start a template (`YYYY-MM-DD`, `DD/MM`) or an unknown digit (`xx/11`). */
const TEMPLATE_INITIALS = 'YyDdMmXx';

/**
 * Whether a date can start at `pos`: a digit, `?`, a template letter, or a capitalised month or weekday
 * name. Most lines asked about start with an ordinary word, and trying each date shape on it was the
 * larger part of reading a document's timestamps.
 */
function mayStartDate(text: string, pos: number): boolean {
	const ch = text[pos];
	if (ch === undefined) {
		return false;
	}
	if (isDigit(ch) || ch === '?' || TEMPLATE_INITIALS.includes(ch)) {
		return true;
	}
	return ch >= 'A' && ch <= 'Z' && NAME_PREFIXES.has(text.slice(pos, pos + 3).toLowerCase());
}

/** A date, optionally after a weekday (`Saturday Oct 30th`, `Tue, 14 May`). */
function readDate(text: string, pos: number): DatePart | undefined {
	if (!mayStartDate(text, pos)) {
		return undefined;
	}
	const weekday = readWeekday(text, pos);
	if (!weekday) {
		return readBareDate(text, pos);
	}
	const comma = text[weekday.end] === ',' ? 1 : 0;
	const dateAt = skipSpaces(text, weekday.end + comma);
	const date = dateAt > weekday.end ? readBareDate(text, dateAt) : undefined;
	return date && datePart({ end: date.end, order: date.order, format: weekday.format + gapFormat(text, weekday.end, dateAt) + date.format, iso: date.iso }, date.date, date.invalid, date.placeholder);
}

// ---------------------------------------------------------------------------------------------------
// Whole timestamps

const APPROX_WORDS = ['around', 'approximately', 'approx.', 'approx', 'about', 'circa', 'ca.'];

/** Skips leading markup; returns where the timestamp may start and where an `~`/`around` began. */
function skipLead(text: string): { pos: number; approxStart: number | undefined } {
	let pos = 0;
	let approxStart: number | undefined;
	let bracketSeen = false;
	for (;;) {
		const ch = text[pos];
		if (isSpace(ch) || ch === '*' || ch === '_' || ch === '\t') {
			pos++;
		} else if ((ch === '[' || ch === '(') && !bracketSeen) {
			bracketSeen = true;
			pos++;
		} else if (ch === '~') {
			approxStart ??= pos;
			pos++;
		} else {
			break;
		}
	}
	// Every approximation word starts with a or c: most lines need no comparison at all.
	const initial = text.charCodeAt(pos) | 0x20;
	const word = initial !== 0x61 && initial !== 0x63 ? undefined : APPROX_WORDS.find((candidate) => text.slice(pos, pos + candidate.length).toLowerCase() === candidate && !isLetter(text[pos + candidate.length]));
	if (word && isSpace(text[pos + word.length])) {
		approxStart ??= pos;
		pos = skipSpaces(text, pos + word.length);
	}
	return { pos, approxStart };
}

/** No time of day, ending at `end`: a date alone, or a template word. */
function noTime(end: number): TimePart {
	return { end, time: undefined, endTime: undefined, zone: undefined, approximate: false, format: '', invalid: undefined, placeholder: false };
}

/**
 * What may join a date and a time: `T`, spaces, `/`, `, `, ` at `, ` @ `, ` - ` (`24-10-2024 - 08:15`), and
 * a `~` marking the time approximate (`04-03-2026 ~14:18`; the caller sees the `~` at the candidate).
 */
function readDateTimeGap(text: string, pos: number, iso: boolean): number[] {
	if (iso && (text[pos] === 'T' || text[pos] === '/')) {
		return [pos + 1];
	}
	const afterComma = text[pos] === ',' ? pos + 1 : pos;
	const at = skipSpaces(text, afterComma);
	if (at === afterComma && afterComma === pos) {
		return [];
	}
	const candidates = [at];
	for (const word of ['at ', '@ ', '- ', '\u2013 ', '\u2014 ']) {
		if (text.startsWith(word, at)) {
			candidates.push(skipSpaces(text, at + word.length));
		}
	}
	return candidates;
}

/** A timestamp's date and time parts, its whole format and where it ends. */
interface Core {
	readonly date: DatePart | undefined;
	readonly time: TimePart;
	readonly format: string;
	readonly end: number;
}

function readDateFirst(s: Source, pos: number): Core | undefined {
	const date = readDate(s.text, pos);
	if (!date) {
		return undefined;
	}
	for (const timeAt of readDateTimeGap(s.text, date.end, date.iso)) {
		// `~14:18` after a date: an approximate time. The `~` is a mark, not part of the format.
		const tilde = s.text[timeAt] === '~' ? 1 : 0;
		const time = readTimeExpression(s, timeAt + tilde, date.iso && s.text[timeAt - 1] === 'T');
		if (time) {
			const approximate = time.approximate || tilde === 1;
			return { date, time: approximate === time.approximate ? time : { end: time.end, time: time.time, endTime: time.endTime, zone: time.zone, approximate, format: time.format, invalid: time.invalid, placeholder: time.placeholder }, format: date.format + gapFormat(s.text, date.end, timeAt) + time.format, end: time.end };
		}
	}
	return { date, time: noTime(date.end), format: date.format, end: date.end };
}

/** `11:10 6th Nov 2023`, `12:45 PM PST Saturday Oct 30th`: a date may follow the time. */
function readTimeFirst(s: Source, pos: number): Core | undefined {
	const time = readTimeExpression(s, pos, false);
	if (!time) {
		return undefined;
	}
	let dateAt = skipSpaces(s.text, s.text[time.end] === ',' ? time.end + 1 : time.end);
	if (s.text.startsWith('on ', dateAt)) {
		dateAt = skipSpaces(s.text, dateAt + 3);
	}
	const date = dateAt > time.end ? readDate(s.text, dateAt) : undefined;
	if (!date) {
		return { date: undefined, time, format: time.format, end: time.end };
	}
	return { date, time, format: time.format + gapFormat(s.text, time.end, dateAt) + date.format, end: date.end };
}

function readCore(s: Source, pos: number): Core | undefined {
	return readDateFirst(s, pos) ?? readTimeFirst(s, pos);
}

function assemble(s: Source, spanStart: number, core: Core, options: { end: number; approximate: boolean; placeholder?: boolean }): ParsedTimestamp {
	const { date, time } = core;
	const placeholder = options.placeholder === true || (date?.placeholder ?? false) || time.placeholder;
	return {
		span: { start: s.base + spanStart, end: s.base + options.end },
		date: date?.date,
		time: time.time,
		endTime: time.endTime,
		approximate: options.approximate || time.approximate,
		zone: time.zone,
		invalid: placeholder ? undefined : (date?.invalid ?? time.invalid),
		placeholder,
		format: core.format,
		dayMonthOrder: date?.order,
	};
}

/** `{{ yyyy-mm-dd hh:mm }}`, `{{date}}`: template variables left in the text. */
function readTemplateVariable(s: Source, pos: number): ParsedTimestamp | undefined {
	const inner = skipSpaces(s.text, pos + 2);
	const core = readCore(s, inner);
	const wordStop = wordEnd(s.text, inner);
	const isWord = ['date', 'time', 'timestamp', 'datetime'].includes(s.text.slice(inner, wordStop).toLowerCase());
	const innerEnd = core ? core.end : isWord ? wordStop : -1;
	const close = innerEnd < 0 ? -1 : skipSpaces(s.text, innerEnd);
	if (close < 0 || !s.text.startsWith('}}', close)) {
		return undefined;
	}
	const placeholderCore = core ?? { date: undefined, time: noTime(innerEnd), format: '', end: innerEnd };
	return assemble(s, pos, placeholderCore, { end: close + 2, approximate: false, placeholder: true });
}

export function readLeadingTimestamp(text: string, baseOffset: number): ParsedTimestamp | undefined {
	const s: Source = { text, base: baseOffset };
	const lead = skipLead(text);
	if (text.startsWith('{{', lead.pos)) {
		return readTemplateVariable(s, lead.pos);
	}
	const core = readCore(s, lead.pos);
	if (!core) {
		return undefined;
	}
	return assemble(s, lead.approxStart ?? lead.pos, core, { end: core.end, approximate: lead.approxStart !== undefined });
}

// ---------------------------------------------------------------------------------------------------
// Date labels

const LABEL_MARKUP = '*_#`';

/** `**7th Sept:**` → the range of `7th Sept`. */
function trimLabel(text: string): { start: number; end: number } {
	let start = 0;
	let end = text.length;
	const trimmable = (ch: string | undefined): boolean => ch !== undefined && (isSpace(ch) || ch === '\r' || ch === '\n' || LABEL_MARKUP.includes(ch));
	while (start < end && trimmable(text[start])) {
		start++;
	}
	while (end > start && trimmable(text[end - 1])) {
		end--;
	}
	if (text[end - 1] === ':') {
		end--;
		while (end > start && trimmable(text[end - 1])) {
			end--;
		}
	}
	return { start, end };
}

/**
 * `dateOrder` (optional, an addition to the brief) re-reads an ambiguous numeric label (`4/5/23`)
 * once the document's order is known.
 */
export function readDateLabel(text: string, baseOffset: number, dateOrder?: DateOrder): { date: CalendarDate; span: Span } | undefined {
	const { start, end } = trimLabel(text);
	const date = start < end ? readDate(text, start) : undefined;
	if (!date || date.end !== end || !date.date) {
		return undefined;
	}
	const swap = date.order === 'ambiguous' && isReorder(date.format, dateOrder);
	return { date: swap ? swapDayMonth(date.date) : date.date, span: { start: baseOffset + start, end: baseOffset + end } };
}

// ---------------------------------------------------------------------------------------------------
// Zone declarations

const DECLARATION_FILLERS = new Set(['are', 'is', 'in', 'given', 'shown', 'listed', 'expressed', 'reported', 'displayed', 'written', 'all', 'as']);
/** Words after which a zone declares the zone of the whole text. "time" only counts in short texts (headers). */
const PLURAL_TIME_WORDS = new Set(['times', 'timestamps']);
const HEADER_TIME_WORDS = new Set(['time', 'timeline', 'timestamp', 'date', 'timezone', 'zone', 'tz']);
const SHORT_TEXT = 80;

export function findZoneDeclaration(text: string, baseOffset: number): TimeZoneRef | undefined {
	const s: Source = { text, base: baseOffset };
	const zone = findAfterTimeWord(text) ?? findParenthesizedZone(text);
	return zone && zoneRef(s, zone);
}

/**
 * Only the words above, as whole runs of letters: visiting every word of every block that mentions time
 * was most of the cost of finding a document's zone.
 */
const TIME_WORD = /(?<![a-z])(?:times|timestamps|time|timeline|timestamp|date|timezone|zone|tz)(?![a-z])/gi;

function findAfterTimeWord(text: string): ZoneRead | undefined {
	const short = text.trim().length <= SHORT_TEXT;
	const words = TIME_WORD;
	words.lastIndex = 0;
	for (let match = words.exec(text); match; match = words.exec(text)) {
		const word = match[0].toLowerCase();
		if (PLURAL_TIME_WORDS.has(word) || (short && HEADER_TIME_WORDS.has(word))) {
			const zone = readDeclaredZone(text, words.lastIndex);
			if (zone) {
				return zone;
			}
		}
	}
	return undefined;
}

/** After "times": fillers ("are in"), then the zone, bare or in brackets. Stops at any other word. */
function readDeclaredZone(text: string, pos: number): ZoneRead | undefined {
	for (let step = 0; step < 6; step++) {
		// A paragraph may wrap anywhere: "all times are in⏎UTC." is one declaration.
		pos = skipSpacesAndBreaks(text, text[pos] === ':' || text[pos] === ',' ? pos + 1 : pos);
		const opener = text[pos] === '(' || text[pos] === '[' ? 1 : 0;
		const zone = readZone(text, pos + opener);
		if (zone && !isLetter(text[zone.end]) && (!opener || text[zone.end] === ')' || text[zone.end] === ']')) {
			return zone;
		}
		const end = wordEnd(text, pos);
		if (end === pos || !DECLARATION_FILLERS.has(text.slice(pos, end).toLowerCase())) {
			return undefined;
		}
		pos = end;
	}
	return undefined;
}

function skipSpacesAndBreaks(text: string, pos: number): number {
	while (isSpace(text[pos]) || text[pos] === '\n' || text[pos] === '\r') {
		pos++;
	}
	return pos;
}

/** `(UTC)` in a heading or table header, or opening a line (`(PST) 4/21/23-4/25/23`); never after a time. */
function findParenthesizedZone(text: string): ZoneRead | undefined {
	const short = text.trim().length <= SHORT_TEXT;
	const firstContent = trimLabel(text).start;
	for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
		if (open !== firstContent && (!short || followsTime(text, open))) {
			continue;
		}
		const zone = readZone(text, skipSpaces(text, open + 1));
		if (zone && text[skipSpaces(text, zone.end)] === ')') {
			return zone;
		}
	}
	return undefined;
}

function followsTime(text: string, pos: number): boolean {
	let before = pos;
	while (before > 0 && isSpace(text[before - 1])) {
		before--;
	}
	const previous = text.slice(Math.max(0, before - 2), before).toLowerCase();
	return isDigit(text[before - 1]) || previous === 'am' || previous === 'pm';
}

// ---------------------------------------------------------------------------------------------------
// Day/month order across a document

export function decideDateOrder(timestamps: readonly ParsedTimestamp[]): DateOrder {
	let dmy = false;
	let mdy = false;
	let ambiguous = false;
	for (const timestamp of timestamps) {
		dmy ||= timestamp.dayMonthOrder === 'dmy';
		mdy ||= timestamp.dayMonthOrder === 'mdy';
		ambiguous ||= timestamp.dayMonthOrder === 'ambiguous';
	}
	if (dmy !== mdy) {
		return dmy ? 'dmy' : 'mdy';
	}
	return dmy || ambiguous ? 'ambiguous' : undefined;
}

/** Whether a date read as the format says must be swapped to follow `order`. */
function isReorder(format: string, order: DateOrder): boolean {
	if (order !== 'dmy' && order !== 'mdy') {
		return false;
	}
	const readAs = format.indexOf('M') < format.indexOf('D') ? 'mdy' : 'dmy';
	return readAs !== order;
}

function swapDayMonth(date: CalendarDate): CalendarDate {
	return { year: date.year, month: date.day, day: date.month };
}

/**
 * Re-reads an ambiguous numeric date (`04-03-2026`) in the document's order. Its format follows, so
 * format comparisons see one shape per document. Other timestamps are returned unchanged.
 */
export function applyDateOrder(timestamp: ParsedTimestamp, order: DateOrder): ParsedTimestamp {
	if (timestamp.dayMonthOrder !== 'ambiguous' || !timestamp.date || !isReorder(timestamp.format, order)) {
		return timestamp;
	}
	// Only numeric date tokens use upper-case D and M in a format that holds an ambiguous date.
	const format = timestamp.format.replace(/[DM]/g, (token) => (token === 'D' ? 'M' : 'D'));
	return { ...timestamp, date: swapDayMonth(timestamp.date), format };
}

// ---------------------------------------------------------------------------------------------------
// Effective dates, zones and minutes of timeline entries

export interface EntryTimeInput {
	readonly timestamp: ParsedTimestamp;
	/** A date label (date heading / date line) seen since the previous entry, if any. */
	readonly dateLabel: CalendarDate | undefined;
}

export interface EntryTimeResult {
	readonly effectiveDate: CalendarDate | undefined;
	readonly effectiveZone: TimeZoneRef | undefined;
	readonly minutes: number | undefined;
}

interface ResolveContext {
	readonly declaredZone: TimeZoneRef | undefined;
	readonly documentDate: CalendarDate | undefined;
	readonly dateOrder: DateOrder;
}

/** Minutes after which a bare time that looks earlier has crossed midnight. */
const HALF_DAY = 12 * 60;
const DAY = 24 * 60;
/** Arithmetic year for dates nobody gave a year to; a leap year, so 29 February works. */
const NOTIONAL_YEAR = 2000;
/** The day on which a timeline with no dates at all is laid out (only differences are meaningful). */
const NOTIONAL_DATE: CalendarDate = { year: 1970, month: 1, day: 1 };

/**
 * Dates go: written on the entry > latest date label > previous entry's date > `documentDate`. A timeline
 * with no date anywhere is laid on a notional day, so its entries still get comparable `minutes` (while
 * `effectiveDate` stays undefined). Entries before the first date of a dated timeline get no minutes.
 * `minutes` include seconds as a fraction, so events within one minute still order.
 */
export function resolveEntryTimes(entries: readonly EntryTimeInput[], context: ResolveContext): EntryTimeResult[] {
	const fallbackYear = firstYear(entries, context.documentDate) ?? NOTIONAL_YEAR;
	const notional = !context.documentDate && entries.every((entry) => !entry.timestamp.date && !entry.dateLabel);
	let carried: CalendarDate | undefined = notional ? NOTIONAL_DATE : context.documentDate;
	let previousMinutes: number | undefined;
	const twelveHour = entries.some((entry) => TWELVE_HOUR_FORMAT.test(entry.timestamp.format));
	return entries.map((entry) => {
		// With a 'dmy'/'mdy' order an ambiguous date is re-read that way. With 'ambiguous' or no order it
		// keeps the reading it was parsed with: D/M, unless clearly US (M/D/YY with slashes). D/M is not
		// safe in general; rules should warn about ambiguous documents rather than trust these dates.
		const timestamp = applyDateOrder(entry.timestamp, context.dateOrder);
		const newDate = timestamp.date ?? entry.dateLabel;
		const zone = timestamp.zone ?? context.declaredZone;
		let date = newDate ? withYear(newDate, carried, fallbackYear) : carried;
		let minutes = date && usable(timestamp) ? entryMinutes(date, timestamp.time, zone, fallbackYear) : undefined;
		if (!newDate && date && minutes !== undefined && previousMinutes !== undefined && minutes < previousMinutes - HALF_DAY) {
			// A bare time far earlier than the last one is the next day (23:50, then 00:10).
			date = addDays(date, 1, fallbackYear);
			minutes += DAY;
		} else if (!newDate && date && minutes !== undefined && previousMinutes !== undefined && minutes < previousMinutes && twelveHour && isBareTwelveHourReading(timestamp)) {
			// In a timeline that writes 12-hour times, a bare `1:17` after `11:57` is 1:17 PM, not a jump back.
			minutes += HALF_DAY;
			if (timestamp.time.hour + 12 >= 24) {
				date = addDays(date, 1, fallbackYear);
			}
		}
		carried = date;
		previousMinutes = newDate ? minutes : (minutes ?? previousMinutes);
		return { effectiveDate: notional ? undefined : date, effectiveZone: zone, minutes };
	});
}

/** A format with a 12-hour clock (`h:mm A`, `hh:mma`): the hour token is lower-case `h`. */
const TWELVE_HOUR_FORMAT = /(?:^|[^a-z])hh?[:.]/;

/** A time written without AM/PM that a 12-hour reader could take either way (`1:17`, `11:05`). */
function isBareTwelveHourReading(timestamp: ParsedTimestamp): timestamp is ParsedTimestamp & { time: ClockTime } {
	return timestamp.time !== undefined && timestamp.time.hour >= 1 && timestamp.time.hour <= 12 && /(?:^|[^a-z])HH?[:.]/.test(timestamp.format) && !TWELVE_HOUR_FORMAT.test(timestamp.format);
}

function usable(timestamp: ParsedTimestamp): timestamp is ParsedTimestamp & { time: ClockTime } {
	return timestamp.time !== undefined && timestamp.invalid === undefined && !timestamp.placeholder;
}

function entryMinutes(date: CalendarDate, time: ClockTime, zone: TimeZoneRef | undefined, fallbackYear: number): number {
	const local = epochDays(date, date.year ?? fallbackYear) * DAY + time.hour * 60 + time.minute + (time.second ?? 0) / 60;
	return local - (zone?.offsetMinutes ?? 0);
}

/** A date without a year takes the year of the date before it, rolling over from December to January. */
function withYear(date: CalendarDate, previous: CalendarDate | undefined, fallbackYear: number): CalendarDate {
	if (date.year !== undefined) {
		return date;
	}
	const year = previous?.year ?? (fallbackYear === NOTIONAL_YEAR ? undefined : fallbackYear);
	if (year === undefined || !previous) {
		return { ...date, year };
	}
	const monthsBack = previous.month - date.month;
	return { ...date, year: monthsBack > 6 ? year + 1 : year };
}

function firstYear(entries: readonly EntryTimeInput[], documentDate: CalendarDate | undefined): number | undefined {
	if (documentDate?.year !== undefined) {
		return documentDate.year;
	}
	for (const entry of entries) {
		const year = entry.timestamp.date?.year ?? entry.dateLabel?.year;
		if (year !== undefined) {
			return year;
		}
	}
	return undefined;
}
