/**
 * Calendar dates for due-date fixes and completions, written the way the document already writes them.
 * Pure: "today" is always passed in.
 */
import { dueDateOrder, parseDueDate } from '../../model/action-items';
import type { CalendarDate, PostmortemDocument } from '../../model/types';

export type DateFormat = 'YYYY-MM-DD' | 'YYYY/MM/DD' | 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'DD.MM.YYYY' | 'DD-MM-YYYY' | 'MMM D, YYYY' | 'D MMM YYYY';

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The format of the document's own due dates, else of its timeline dates, else ISO. */
export function documentDateFormat(doc: PostmortemDocument): DateFormat {
	for (const item of doc.actionItems) {
		const format = item.due === undefined ? undefined : formatOf(item.due.text, dueDateOrder(doc.actionItems, doc.dateOrder));
		if (format !== undefined) {
			return format;
		}
	}
	for (const entry of doc.timeline) {
		const format = timestampFormat(entry.timestamp.format, doc.dateOrder);
		if (format !== undefined) {
			return format;
		}
	}
	return 'YYYY-MM-DD';
}

/** How a written date is laid out, when it is a full date. */
export function formatOf(text: string, order?: 'dmy' | 'mdy' | 'ambiguous'): DateFormat | undefined {
	const value = text.trim();
	const parsed = parseDueDate(value);
	if (parsed === undefined || parsed.year === undefined) {
		return undefined;
	}
	if (/^\d{4}-\d{2}-\d{2}$/u.test(value)) {
		return 'YYYY-MM-DD';
	}
	if (/^\d{4}\/\d{2}\/\d{2}$/u.test(value)) {
		return 'YYYY/MM/DD';
	}
	const numeric = /^(\d{1,2})([/.-])(\d{1,2})[/.-]\d{4}$/u.exec(value);
	if (numeric !== null) {
		return numericFormat(Number(numeric[1]), numeric[2], order);
	}
	if (/^[A-Za-z]{3}/u.test(value)) {
		return 'MMM D, YYYY';
	}
	return /^\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3}/u.test(value) ? 'D MMM YYYY' : undefined;
}

function numericFormat(first: number, separator: string, order: 'dmy' | 'mdy' | 'ambiguous' | undefined): DateFormat {
	if (separator === '.') {
		return 'DD.MM.YYYY';
	}
	const dayFirst = first > 12 || order === 'dmy';
	if (separator === '-') {
		return dayFirst ? 'DD-MM-YYYY' : 'MM/DD/YYYY';
	}
	return dayFirst ? 'DD/MM/YYYY' : 'MM/DD/YYYY';
}

/** The date part of a timestamp format such as 'YYYY-MM-DD HH:mm Z' or 'MMM Do, YYYY h:mm A'. */
function timestampFormat(format: string, order: 'dmy' | 'mdy' | 'ambiguous' | undefined): DateFormat | undefined {
	if (format.includes('YYYY-MM-DD')) {
		return 'YYYY-MM-DD';
	}
	if (format.includes('YYYY/MM/DD')) {
		return 'YYYY/MM/DD';
	}
	if (/DD\.MM\.YYYY/u.test(format)) {
		return 'DD.MM.YYYY';
	}
	if (/(?:DD|MM)[/-](?:DD|MM)[/-]YYYY/u.test(format)) {
		return numericFormat(format.startsWith('DD') ? 13 : 1, format.includes('/') ? '/' : '-', order);
	}
	if (/MMM D/u.test(format) && format.includes('YYYY')) {
		return 'MMM D, YYYY';
	}
	return /(?:^|\s)(?:D|DD|Do) MMM/u.test(format) && format.includes('YYYY') ? 'D MMM YYYY' : undefined;
}

/**
 * `date` in the document's format, provided the model reads it back as the same day (a day-first
 * 07-12-2026 in a document whose other dates do not show the order would read as 12 July); else ISO.
 */
export function formatDueDate(doc: PostmortemDocument, date: CalendarDate & { readonly year: number }, format = documentDateFormat(doc)): string {
	const written = formatDate(date, format);
	const read = parseDueDate(written, dueDateOrder(doc.actionItems, doc.dateOrder));
	const same = read !== undefined && read.year === date.year && read.month === date.month && read.day === date.day;
	return same ? written : formatDate(date, 'YYYY-MM-DD');
}

export function formatDate(date: CalendarDate & { readonly year: number }, format: DateFormat): string {
	const dd = String(date.day).padStart(2, '0');
	const mm = String(date.month).padStart(2, '0');
	const yyyy = String(date.year);
	switch (format) {
		case 'YYYY/MM/DD':
			return `${yyyy}/${mm}/${dd}`;
		case 'DD/MM/YYYY':
			return `${dd}/${mm}/${yyyy}`;
		case 'MM/DD/YYYY':
			return `${mm}/${dd}/${yyyy}`;
		case 'DD.MM.YYYY':
			return `${dd}.${mm}.${yyyy}`;
		case 'DD-MM-YYYY':
			return `${dd}-${mm}-${yyyy}`;
		case 'MMM D, YYYY':
			return `${monthNames[date.month - 1]} ${date.day}, ${yyyy}`;
		case 'D MMM YYYY':
			return `${date.day} ${monthNames[date.month - 1]} ${yyyy}`;
		default:
			return `${yyyy}-${mm}-${dd}`;
	}
}

/** The UTC calendar date `days` after `today`. */
export function addDays(today: Date, days: number): CalendarDate & { readonly year: number } {
	const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days));
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function endOfMonth(today: Date): CalendarDate & { readonly year: number } {
	const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0));
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function endOfQuarter(today: Date): CalendarDate & { readonly year: number } {
	const quarterEndMonth = Math.floor(today.getUTCMonth() / 3) * 3 + 3;
	const date = new Date(Date.UTC(today.getUTCFullYear(), quarterEndMonth, 0));
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Whole days from `date` to `today` (positive when the date has passed). */
export function daysSince(date: CalendarDate & { readonly year: number }, today: Date): number {
	const then = Date.UTC(date.year, date.month - 1, date.day);
	const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
	return Math.round((now - then) / 86_400_000);
}
