import type { PostmortemDocument, TimelineEntry } from '../../model/types';
import { isGroupHeading, timelines, writtenTimestamp } from '../../timeline/entries';
import type { Rule, RuleContext } from '../rule';

type Timed = { readonly entry: TimelineEntry & { readonly minutes: number } };

export const outOfOrder: Rule = {
	id: 'timeline/out-of-order',
	category: 'timeline',
	description: 'Timeline entries are in time order (a date change past midnight is understood).',
	defaultSeverity: 'warning',
	check(context: RuleContext): void {
		const { doc } = context;
		for (const group of timelines(doc)) {
			checkGroup(context, doc, timedEvents(doc, group.entries));
		}
	},
};

/** Entries with a place in time; a heading that groups entries is a range over them, not an event. */
function timedEvents(doc: PostmortemDocument, indexes: readonly number[]): Timed[] {
	return indexes
		.filter((index) => doc.timeline[index].minutes !== undefined && !isGroupHeading(doc, index))
		.map((index) => ({ entry: doc.timeline[index] as Timed['entry'] }));
}

/**
 * Compares each entry with the last one in order. When an entry jumps back, the one to blame is the
 * entry that does not fit its neighbours: the earlier line when it is later than both the entry before it
 * and the one after (`11:01, 11:08, 11:07`), otherwise the later line.
 */
function checkGroup(context: RuleContext, doc: PostmortemDocument, events: readonly Timed[]): void {
	let last: Timed | undefined;
	let beforeLast: Timed | undefined;
	for (const current of events) {
		if (last === undefined || current.entry.minutes >= last.entry.minutes) {
			beforeLast = last;
			last = current;
			continue;
		}
		if (beforeLast !== undefined && beforeLast.entry.minutes <= current.entry.minutes) {
			reportLate(context, doc, last.entry, current.entry);
			last = current;
		} else {
			reportEarly(context, doc, current.entry, last.entry);
		}
	}
}

function reportEarly(context: RuleContext, doc: PostmortemDocument, entry: TimelineEntry, previous: TimelineEntry): void {
	context.report({
		span: entry.timestamp.span,
		message: `${writtenTimestamp(doc, entry)} is earlier than the entry above it (${writtenTimestamp(doc, previous)}, line ${previous.line + 1}): put entries in time order; a jump back is usually a typo or a missing date.`,
	});
}

function reportLate(context: RuleContext, doc: PostmortemDocument, entry: TimelineEntry, next: TimelineEntry): void {
	context.report({
		span: entry.timestamp.span,
		message: `${writtenTimestamp(doc, entry)} is later than the entry below it (${writtenTimestamp(doc, next)}, line ${next.line + 1}): put entries in time order; a jump is usually a typo or a missing date.`,
	});
}
