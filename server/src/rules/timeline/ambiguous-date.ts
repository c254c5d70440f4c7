import type { PostmortemDocument, TimelineEntry } from '../../model/types';
import { formatTimestamp } from '../../timeline/format';
import { writtenTimestamp } from '../../timeline/entries';
import type { Fix, Rule, RuleContext, SpanEdit } from '../rule';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const ambiguousDate: Rule = {
	id: 'timeline/ambiguous-date',
	category: 'timeline',
	description: 'Numeric dates in the timeline can be read only one way (04-03-2026 could be 4 March or 3 April).',
	defaultSeverity: 'warning',
	check(context: RuleContext): void {
		const { doc } = context;
		if (doc.dateOrder !== 'ambiguous') {
			return;
		}
		const numeric = doc.timeline.filter((entry) => entry.timestamp.dayMonthOrder !== undefined && entry.timestamp.dayMonthOrder !== 'ymd' && entry.timestamp.date !== undefined);
		const first = numeric.find((entry) => entry.timestamp.dayMonthOrder === 'ambiguous') ?? numeric[0];
		if (first?.timestamp.date === undefined) {
			return;
		}
		const { day, month } = first.timestamp.date;
		const conflicting = numeric.some((entry) => entry.timestamp.dayMonthOrder === 'dmy') && numeric.some((entry) => entry.timestamp.dayMonthOrder === 'mdy');
		const message = conflicting
			? `The numeric dates in this timeline disagree on day/month order (some can only be day-first, others only month-first): write dates as YYYY-MM-DD.`
			: `"${writtenTimestamp(doc, first)}" could be ${day} ${MONTHS[month - 1]} or ${month} ${MONTHS[day - 1]}, and nothing in the timeline settles it: write dates as YYYY-MM-DD.`;
		context.report({ span: first.timestamp.span, message, fixes: conflicting ? [] : isoFixes(doc, numeric) });
	},
};

/** One fix per reading, rewriting every numeric date as YYYY-MM-DD; none when any date cannot be rewritten exactly. */
function isoFixes(doc: PostmortemDocument, entries: readonly TimelineEntry[]): Fix[] {
	const readAsWritten = isoEdits(doc, entries, false);
	const swapped = isoEdits(doc, entries, true);
	const first = entries[0].timestamp;
	const dayFirst = first.format.indexOf('D') < first.format.indexOf('M');
	if (readAsWritten === undefined || swapped === undefined) {
		return [];
	}
	const [dayMonth, monthDay] = dayFirst ? [readAsWritten, swapped] : [swapped, readAsWritten];
	return [
		{ title: 'Dates are day-month: write them as YYYY-MM-DD', edits: dayMonth },
		{ title: 'Dates are month-day: write them as YYYY-MM-DD', edits: monthDay },
	];
}

function isoEdits(doc: PostmortemDocument, entries: readonly TimelineEntry[], swap: boolean): SpanEdit[] | undefined {
	const edits: SpanEdit[] = [];
	for (const entry of entries) {
		const { timestamp } = entry;
		const date = timestamp.date;
		if (date === undefined || timestamp.approximate) {
			return undefined;
		}
		const value = { date, time: timestamp.time ?? { hour: 0, minute: 0, second: undefined }, zone: timestamp.zone?.name };
		// Only rewrite what writes back exactly, so no other part of the timestamp changes.
		if (formatTimestamp(timestamp.format, value) !== writtenTimestamp(doc, entry)) {
			return undefined;
		}
		const isoFormat = timestamp.format.replace(/^D{1,2}([-/.])M{1,2}\1Y{2,4}|^M{1,2}([-/.])D{1,2}\2Y{2,4}/, 'YYYY-MM-DD');
		const target = swap ? { year: date.year, month: date.day, day: date.month } : date;
		const newText = target.month <= 12 ? formatTimestamp(isoFormat, { ...value, date: target }) : undefined;
		if (newText === undefined || isoFormat === timestamp.format) {
			return undefined;
		}
		edits.push({ span: timestamp.span, newText });
	}
	return edits;
}
