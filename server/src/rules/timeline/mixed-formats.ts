import type { PostmortemDocument, TimelineEntry } from '../../model/types';
import { isGroupHeading, timelines, writtenTimestamp } from '../../timeline/entries';
import { formatTimestamp, isTwelveHour, singleTimeFormat, tokenizeFormat, withClockOf } from '../../timeline/format';
import type { Fix, Rule, RuleContext } from '../rule';

/** Past this many odd entries the timeline is simply mixed: one finding says so instead of one each. */
const MAX_SEPARATE_FINDINGS = 3;

type Family = string;

interface Aspect {
	/** What a reader would call the two styles, e.g. "12-hour" / "24-hour". */
	readonly describe: (family: Family) => string;
	readonly familyOf: (entry: TimelineEntry) => Family | undefined;
	readonly fix?: (doc: PostmortemDocument, entry: TimelineEntry, majority: readonly TimelineEntry[]) => Fix | undefined;
}

/** `14:47` and `2:47 PM` in one timeline: a reader has to convert, and `2:47` alone is unclear. */
const clock: Aspect = {
	describe: (family) => family,
	familyOf: (entry) => (entry.timestamp.time === undefined ? undefined : isTwelveHour(singleTimeFormat(entry.timestamp.format)) ? '12-hour' : '24-hour'),
	fix: clockFix,
};

/** `2023-01-04` and `04/01/2023`: numeric dates in two orders cannot be read safely. Month names never clash. */
const numericDate: Aspect = {
	describe: (family) => (family === 'ymd' ? 'YYYY-MM-DD' : family === 'dmy' ? 'day-month-year' : 'month-day-year'),
	familyOf: (entry) => numericDateFamily(entry),
};

export const mixedFormats: Rule = {
	id: 'timeline/mixed-formats',
	category: 'timeline',
	description: 'One timeline writes its times one way: not 12-hour and 24-hour times, or numeric dates in two orders.',
	defaultSeverity: 'warning',
	check(context: RuleContext): void {
		const { doc } = context;
		for (const group of timelines(doc)) {
			const events = group.entries.filter((index) => !isGroupHeading(doc, index)).map((index) => doc.timeline[index]);
			for (const aspect of [clock, numericDate]) {
				checkAspect(context, doc, events, aspect);
			}
		}
	},
};

function numericDateFamily(entry: TimelineEntry): Family | undefined {
	const dateTokens = tokenizeFormat(entry.timestamp.format).filter((token) => token.kind === 'date').map((token) => token.text);
	const numeric = dateTokens.filter((token) => /^(?:Y+|M{1,2}|D{1,2})$/.test(token));
	if (numeric.length < 3) {
		return undefined;
	}
	const order = numeric.map((token) => token[0]).join('');
	return order === 'YMD' ? 'ymd' : order === 'DMY' ? 'dmy' : order === 'MDY' ? 'mdy' : undefined;
}

function checkAspect(context: RuleContext, doc: PostmortemDocument, events: readonly TimelineEntry[], aspect: Aspect): void {
	const byFamily = new Map<Family, TimelineEntry[]>();
	for (const entry of events) {
		const family = aspect.familyOf(entry);
		if (family !== undefined && entry.timestamp.invalid === undefined && !entry.timestamp.placeholder) {
			// Push, not spread: copying the list per entry was quadratic (20,000 entries took 2.5 s).
			const entries = byFamily.get(family);
			if (entries === undefined) {
				byFamily.set(family, [entry]);
			} else {
				entries.push(entry);
			}
		}
	}
	if (byFamily.size < 2) {
		return;
	}
	// The style most entries use is the timeline's; on a tie, the one it starts with.
	const ranked = [...byFamily].sort((a, b) => b[1].length - a[1].length || a[1][0].span.start - b[1][0].span.start);
	const [majorityFamily, majority] = ranked[0];
	const odd = ranked.slice(1).flatMap(([, entries]) => entries).sort((a, b) => a.span.start - b.span.start);
	const example = writtenTimestamp(doc, majority[0]);
	if (odd.length > MAX_SEPARATE_FINDINGS) {
		const first = odd[0];
		context.report({
			span: first.timestamp.span,
			message: `This timeline mixes ${aspect.describe(aspect.familyOf(first) ?? '')} times like "${writtenTimestamp(doc, first)}" (${odd.length} entries) with ${aspect.describe(majorityFamily)} ones like "${example}": write every time the same way.`,
		});
		return;
	}
	for (const entry of odd) {
		const fix = aspect.fix?.(doc, entry, majority);
		context.report({
			span: entry.timestamp.span,
			message: `"${writtenTimestamp(doc, entry)}" is written ${aspect.describe(aspect.familyOf(entry) ?? '')} in a timeline of ${aspect.describe(majorityFamily)} times ("${example}", line ${majority[0].line + 1}): write every time the same way.`,
			fixes: fix === undefined ? [] : [fix],
		});
	}
}

/** Rewrites the clock like the majority writes it (`11:39AM` → `11:39`), keeping the date and zone. */
function clockFix(doc: PostmortemDocument, entry: TimelineEntry, majority: readonly TimelineEntry[]): Fix | undefined {
	const { timestamp } = entry;
	const format = withClockOf(timestamp.format, majority[0].timestamp.format);
	if (format === undefined || timestamp.time === undefined || timestamp.approximate) {
		return undefined;
	}
	const value = { date: timestamp.date, time: timestamp.time, zone: timestamp.zone?.name };
	if (formatTimestamp(timestamp.format, value) !== writtenTimestamp(doc, entry)) {
		return undefined;
	}
	const newText = formatTimestamp(format, value);
	return newText === undefined ? undefined : { title: `Write ${newText}`, edits: [{ span: timestamp.span, newText }] };
}
