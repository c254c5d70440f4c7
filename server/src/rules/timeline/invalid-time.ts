import type { TimelineEntry } from '../../model/types';
import { addMinutes, formatTimestamp } from '../../timeline/format';
import { writtenTimestamp } from '../../timeline/entries';
import type { Fix, Rule, RuleContext } from '../rule';

const MIXED_CLOCKS = 'a 24-hour time cannot have AM/PM';
const END_OF_DAY = '24:00 is the end of the day';
const NOT_KNOWN = 'not fully known';

/** An AM/PM right after a 24-hour clock (`13:55 PM`, `23:00 AM`): dropping it leaves the meant time. */
const clockWithMeridiem = /^(~?\s?\d{2}[:.]\d{2}(?::\d{2})?)\s?[ap]\.?m\.?/i;

export const invalidTime: Rule = {
	id: 'timeline/invalid-time',
	category: 'timeline',
	description: 'Timeline times and dates are real ones: no 24:00, 13:55 PM, 12:?? or 30 February.',
	defaultSeverity: 'warning',
	check(context: RuleContext): void {
		const { doc } = context;
		for (const entry of doc.timeline) {
			const reason = entry.timestamp.invalid;
			if (reason === undefined || entry.timestamp.placeholder) {
				continue;
			}
			const written = writtenTimestamp(doc, entry);
			context.report({ span: entry.timestamp.span, message: message(written, reason), fixes: fixesFor(entry, written, reason) });
		}
	},
};

function message(written: string, reason: string): string {
	if (reason.includes(NOT_KNOWN)) {
		return `"${written}": ${reason}. Write your best estimate marked approximate (~12:30) so the entry can be placed and measured.`;
	}
	return `"${written}" is not a real time or date: ${reason}. Readers and the timeline figures cannot place this entry.`;
}

function fixesFor(entry: TimelineEntry, written: string, reason: string): Fix[] {
	const span = entry.timestamp.span;
	if (reason.startsWith(MIXED_CLOCKS)) {
		const match = clockWithMeridiem.exec(written);
		if (match !== null && Number(match[1].replace(/\D/g, '').slice(0, 2)) > 12) {
			const newText = match[1] + written.slice(match[0].length);
			return [{ title: `Write ${match[1].trim()} (24-hour, no AM/PM)`, edits: [{ span, newText }] }];
		}
	}
	if (reason.startsWith(END_OF_DAY)) {
		const moved = addMinutes(entry.timestamp.date, { hour: 0, minute: 0, second: undefined }, 1440);
		const newText = formatTimestamp(entry.timestamp.format, { date: moved.date, time: { hour: 0, minute: 0, second: entry.timestamp.time?.second }, zone: entry.timestamp.zone?.name });
		if (newText !== undefined && !entry.timestamp.approximate) {
			return [{ title: `Write ${newText} (00:00 of the next day)`, edits: [{ span, newText }] }];
		}
	}
	return [];
}
