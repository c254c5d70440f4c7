/**
 * Writes a timestamp in the shape a document already uses (`ParsedTimestamp.format`), so completions,
 * quick fixes and the "insert entry (now)" command produce `14:53`, `2026-11-18 16:45 UTC` or
 * `Jan 14, 10:18 AM` to match the entries around them. Pure.
 *
 * Format tokens are the model's: YYYY YY (year), MMMM MMM (month name), MM M (month number), Do (ordinal
 * day), DD D (day), dddd ddd (weekday), HH H (24-hour), hh h (12-hour), mm, ss, S… (fraction), A a
 * (AM/PM, am/pm), Z (zone as written). Everything else is copied as written (`T`, `-`, `, `, ` at `).
 */
import type { CalendarDate, ClockTime } from '../model/types';

export interface TimestampValue {
	/** Needed when the format has date tokens. */
	readonly date: CalendarDate | undefined;
	readonly time: ClockTime;
	/** Written for the `Z` token (`UTC`, `Z`, `+01:00`). */
	readonly zone: string | undefined;
}

type TokenKind = 'date' | 'clock' | 'meridiem' | 'zone' | 'literal';

interface Token {
	readonly text: string;
	readonly kind: TokenKind;
}

/** Longest first, so `MMMM` wins over `MM` and `dddd` over `ddd`. */
const DATE_TOKENS = ['YYYY', 'YY', 'MMMM', 'MMM', 'MM', 'M', 'Do', 'DD', 'D', 'dddd', 'ddd'];
const CLOCK_TOKENS = ['HH', 'H', 'hh', 'h', 'mm', 'ss'];
const HOUR_TOKENS = new Set(['HH', 'H', 'hh', 'h']);

/** A document uses a handful of formats, read on every lint: remember them (bounded). */
const tokenized = new Map<string, readonly Token[]>();
const MAX_REMEMBERED = 500;

export function tokenizeFormat(format: string): readonly Token[] {
	let tokens = tokenized.get(format);
	if (tokens === undefined) {
		tokens = readTokens(format);
		if (tokenized.size >= MAX_REMEMBERED) {
			tokenized.clear();
		}
		tokenized.set(format, tokens);
	}
	return tokens;
}

function readTokens(format: string): Token[] {
	const tokens: Token[] = [];
	let literal = '';
	const flush = (): void => {
		if (literal !== '') {
			tokens.push({ text: literal, kind: 'literal' });
			literal = '';
		}
	};
	for (let pos = 0; pos < format.length; ) {
		const token = tokenAt(format, pos, tokens, literal);
		if (token === undefined) {
			literal += format[pos];
			pos++;
			continue;
		}
		flush();
		tokens.push(token);
		pos += token.text.length;
	}
	flush();
	return tokens;
}

function tokenAt(format: string, pos: number, before: readonly Token[], pendingLiteral: string): Token | undefined {
	if (format[pos] === 'S') {
		let end = pos;
		while (format[end] === 'S') {
			end++;
		}
		return { text: format.slice(pos, end), kind: 'clock' };
	}
	if (format[pos] === 'A' || format[pos] === 'a') {
		// `a` is also a letter of ` at `: it is AM/PM only right after the clock (`h:mma`, `h:mm A`).
		const previous = before.at(-1);
		const afterClock = previous?.kind === 'clock' && !HOUR_TOKENS.has(previous.text) && (pendingLiteral === '' || pendingLiteral === ' ');
		const wordFollows = /[a-z]/i.test(format[pos + 1] ?? '');
		return afterClock && !wordFollows ? { text: format[pos], kind: 'meridiem' } : undefined;
	}
	if (format[pos] === 'Z') {
		return { text: 'Z', kind: 'zone' };
	}
	const date = DATE_TOKENS.find((candidate) => format.startsWith(candidate, pos));
	if (date !== undefined) {
		return { text: date, kind: 'date' };
	}
	const clock = CLOCK_TOKENS.find((candidate) => format.startsWith(candidate, pos));
	return clock === undefined ? undefined : { text: clock, kind: 'clock' };
}

/** Whether the format writes a date (then `formatTimestamp` needs `value.date`). */
export function hasDate(format: string): boolean {
	return tokenizeFormat(format).some((token) => token.kind === 'date');
}

export function hasZone(format: string): boolean {
	return tokenizeFormat(format).some((token) => token.kind === 'zone');
}

/** Uses a 12-hour clock (`h:mm A`). */
export function isTwelveHour(format: string): boolean {
	return tokenizeFormat(format).some((token) => token.text === 'h' || token.text === 'hh' || token.kind === 'meridiem');
}

/**
 * The format of one point in time: a range (`HH:mm-HH:mm Z`, `h:mm-h:mm A`, `HH:mm-??`) loses its end,
 * keeping what applies to both ends (the zone, AM/PM).
 */
export function singleTimeFormat(format: string): string {
	const tokens = tokenizeFormat(format);
	const firstHour = tokens.findIndex((token) => HOUR_TOKENS.has(token.text));
	if (firstHour < 0) {
		return format;
	}
	const clockEnd = endOfClock(tokens, firstHour);
	const separator = tokens[clockEnd];
	if (separator?.kind !== 'literal') {
		return format;
	}
	const openEnd = /^\s*(?:[-\u2013\u2014]|to)\s*\?\?/.exec(separator.text);
	if (openEnd !== null) {
		const rest = separator.text.slice(openEnd[0].length);
		return join([...tokens.slice(0, clockEnd), ...(rest === '' ? [] : [{ text: rest, kind: 'literal' as const }]), ...tokens.slice(clockEnd + 1)]);
	}
	const isRangeSeparator = /^\s*(?:[-\u2013\u2014]|to)\s*$/.test(separator.text);
	if (!isRangeSeparator || !HOUR_TOKENS.has(tokens[clockEnd + 1]?.text ?? '')) {
		return format;
	}
	const secondEnd = endOfClock(tokens, clockEnd + 1);
	return join([...tokens.slice(0, clockEnd), ...tokens.slice(secondEnd)]);
}

/** Index just past the clock starting at `hourIndex`: hour, `:`/`.`, minutes, optional seconds and fraction. */
function endOfClock(tokens: readonly Token[], hourIndex: number): number {
	let index = hourIndex + 1;
	while (index + 1 < tokens.length && tokens[index].kind === 'literal' && tokens[index].text.length === 1 && ':.'.includes(tokens[index].text) && tokens[index + 1].kind === 'clock') {
		index += 2;
	}
	return index;
}

function join(tokens: readonly Token[]): string {
	return tokens.map((token) => token.text).join('');
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

function ordinal(day: number): string {
	const lastTwo = day % 100;
	if (lastTwo >= 11 && lastTwo <= 13) {
		return `${day}th`;
	}
	return `${day}${['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'}`;
}

/**
 * The timestamp written in `format`; undefined when the format needs a date (or a year) that `value`
 * does not have. Ranges are written as their start: pass `singleTimeFormat(format)` to be explicit.
 */
export function formatTimestamp(format: string, value: TimestampValue): string | undefined {
	let out = '';
	for (const token of tokenizeFormat(singleTimeFormat(format))) {
		const written = writeToken(token, value);
		if (written === undefined) {
			return undefined;
		}
		out += written;
	}
	return out.trimEnd();
}

function writeToken(token: Token, value: TimestampValue): string | undefined {
	switch (token.kind) {
		case 'literal':
			return token.text;
		case 'zone':
			return value.zone ?? '';
		case 'meridiem': {
			const pm = value.time.hour >= 12;
			return token.text === 'A' ? (pm ? 'PM' : 'AM') : pm ? 'pm' : 'am';
		}
		case 'clock':
			return writeClock(token.text, value.time);
		case 'date':
			return value.date === undefined ? undefined : writeDate(token.text, value.date);
	}
}

function writeClock(token: string, time: ClockTime): string {
	const twelve = time.hour % 12 === 0 ? 12 : time.hour % 12;
	switch (token) {
		case 'HH':
			return pad(time.hour);
		case 'H':
			return String(time.hour);
		case 'hh':
			return pad(twelve);
		case 'h':
			return String(twelve);
		case 'mm':
			return pad(time.minute);
		case 'ss':
			return pad(time.second ?? 0);
		default:
			// Fractions of a second are not kept by the model: zeros keep the shape.
			return '0'.repeat(token.length);
	}
}

function writeDate(token: string, date: CalendarDate): string | undefined {
	const needsYear = token === 'YYYY' || token === 'YY' || token === 'dddd' || token === 'ddd';
	if (needsYear && date.year === undefined) {
		return undefined;
	}
	const year = date.year ?? 0;
	switch (token) {
		case 'YYYY':
			return String(year);
		case 'YY':
			return pad(year % 100);
		case 'MMMM':
			return MONTH_NAMES[date.month - 1];
		case 'MMM':
			return MONTH_NAMES[date.month - 1].slice(0, 3);
		case 'MM':
			return pad(date.month);
		case 'M':
			return String(date.month);
		case 'Do':
			return ordinal(date.day);
		case 'DD':
			return pad(date.day);
		case 'D':
			return String(date.day);
		default: {
			const weekday = WEEKDAY_NAMES[new Date(Date.UTC(year, date.month - 1, date.day)).getUTCDay()];
			return token === 'dddd' ? weekday : weekday.slice(0, 3);
		}
	}
}

/**
 * A date and time moved by `minutes` (negative moves back), rolling the date over midnight. Seconds, when
 * the time has them, become 0: `14:53:40` + 1 min is written `14:54:00`.
 */
export function addMinutes(date: CalendarDate | undefined, time: ClockTime, minutes: number): { date: CalendarDate | undefined; time: ClockTime } {
	const total = time.hour * 60 + time.minute + minutes;
	const dayShift = Math.floor(total / 1440);
	const inDay = total - dayShift * 1440;
	const shiftedTime: ClockTime = { hour: Math.floor(inDay / 60), minute: inDay % 60, second: time.second === undefined ? undefined : 0 };
	if (date === undefined || dayShift === 0) {
		return { date, time: shiftedTime };
	}
	const moved = new Date(Date.UTC(date.year ?? 2000, date.month - 1, date.day + dayShift));
	const shifted: CalendarDate = { year: date.year === undefined ? undefined : moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
	return { date: shifted, time: shiftedTime };
}

/**
 * `format` with its clock written the way `style` writes clocks: 12- or 24-hour, padded or not, AM/PM and
 * the space before it. Dates, zones and everything else stay as they were. Used to offer "write it like
 * the rest of the timeline" fixes. Undefined for ranges or formats without a clock.
 */
export function withClockOf(format: string, style: string): string | undefined {
	const source = tokenizeFormat(format);
	const target = tokenizeFormat(singleTimeFormat(style));
	const hour = source.findIndex((token) => HOUR_TOKENS.has(token.text));
	const targetHour = target.findIndex((token) => HOUR_TOKENS.has(token.text));
	if (hour < 0 || targetHour < 0 || singleTimeFormat(format) !== format) {
		return undefined;
	}
	const clockEnd = endOfClock(source, hour);
	let after = clockEnd;
	if (source[after]?.kind === 'meridiem') {
		after++;
	} else if (source[after]?.text === ' ' && source[after + 1]?.kind === 'meridiem') {
		after += 2;
	}
	const targetEnd = endOfClock(target, targetHour);
	const targetMeridiem = target[targetEnd]?.kind === 'meridiem' ? [target[targetEnd]] : target[targetEnd]?.text === ' ' && target[targetEnd + 1]?.kind === 'meridiem' ? [target[targetEnd], target[targetEnd + 1]] : [];
	return join([...source.slice(0, hour), target[targetHour], ...source.slice(hour + 1, clockEnd), ...targetMeridiem, ...source.slice(after)]);
}
