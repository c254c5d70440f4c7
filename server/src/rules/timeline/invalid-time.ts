import type { PostmortemDocument, TimelineEntry } from '../../model/types';
import { addMinutes, formatTimestamp, isTwelveHour } from '../../timeline/format';
import { writtenTimestamp } from '../../timeline/entries';
import type { Fix, Rule, RuleContext } from '../rule';

const MIXED_CLOCKS = 'a 24-hour time cannot have AM/PM';
const END_OF_DAY = '24:00 is the end of the day';
const NOT_KNOWN = 'not fully known';

/**
 * An AM/PM right after a 24-hour clock (`13:55 PM`, `23:00 AM`): the hour is the part to trust, so the fix
 * writes it the way the timeline writes times (`1:55 PM` among 12-hour times, `13:55` among 24-hour ones).
 */
const clockWithMeridiem = /^(~?\s?)(\d{2})([:.]\d{2}(?::\d{2})?)(\s?)([ap])(\.?)m\.?/i;

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
			context.report({ span: entry.timestamp.span, message: message(written, reason), fixes: fixesFor(doc, entry, written, reason) });
		}
	},
};

/** Most valid times in the document's timeline are written with AM/PM. */
function twelveHourTimeline(doc: PostmortemDocument): boolean {
	const valid = doc.timeline.filter((entry) => entry.timestamp.time !== undefined && entry.timestamp.invalid === undefined);
	return valid.filter((entry) => isTwelveHour(entry.timestamp.format)).length * 2 > valid.length;
}

function message(written: string, reason: string): string {
	if (reason.includes(NOT_KNOWN)) {
		return `"${written}": ${reason}. Write your best estimate marked approximate (~12:30) so the entry can be placed and measured.`;
	}
	return `"${written}" is not a real time or date: ${reason}. Readers and the timeline figures cannot place this entry.`;
}

function fixesFor(doc: PostmortemDocument, entry: TimelineEntry, written: string, reason: string): Fix[] {
	const span = entry.timestamp.span;
	if (reason.startsWith(MIXED_CLOCKS)) {
		const match = clockWithMeridiem.exec(written);
		const hour = Number(match?.[2]);
		if (match !== null && hour > 12) {
			const rest = written.slice(match[0].length);
			const pm = match[5] === match[5].toUpperCase() ? 'PM' : 'pm';
			const clock = twelveHourTimeline(doc) ? `${match[1]}${hour - 12}${match[3]}${match[4]}${pm}` : `${match[1]}${hour}${match[3]}`;
			return [{ title: `Write ${clock.trim()}`, edits: [{ span, newText: clock + rest }] }];
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
