import type { PostmortemDocument, TimelineEntry } from '../../model/types';
import { formatDuration, isGroupHeading, timelines, writtenTimestamp } from '../../timeline/entries';
import { computeMetrics } from '../../timeline/metrics';
import type { Rule, RuleContext } from '../rule';

/** A gap must be at least this long, this many times the timeline's usual step, and this share of the incident. */
const MIN_GAP_MINUTES = 30;
const MEDIAN_FACTOR = 5;
const MIN_SHARE = 0.1;
/** Only the longest gaps per timeline: the point is to see where time went, not to list every pause. */
const MAX_GAPS = 2;
/**
 * Incidents that run over more than a day pause for good reasons (people sleep, a release is awaited):
 * there, gaps are not lost response time and are not shown.
 */
const MAX_INCIDENT_MINUTES = 24 * 60;
/** A range end (`14:00-14:40`) further than this from its start is not trusted as the end of the event. */
const MAX_RANGE_MINUTES = 12 * 60;

type Timed = TimelineEntry & { readonly minutes: number };

export const largeGap: Rule = {
	id: 'timeline/large-gap',
	category: 'timeline',
	description: 'Shows long stretches of an incident with no timeline entry, where time may have been lost.',
	defaultSeverity: 'information',
	check(context: RuleContext): void {
		const { doc } = context;
		const window = incidentWindow(doc);
		for (const group of timelines(doc)) {
			const events = inOrder(doc, group.entries).filter((entry) => entry.minutes >= window.start && entry.minutes <= window.end);
			for (const [before, after] of longGaps(events)) {
				const minutes = after.minutes - endMinutes(before);
				context.report({
					span: after.timestamp.span,
					message: `No entry for ${formatDuration(minutes)} (${writtenTimestamp(doc, before)} → ${writtenTimestamp(doc, after)}): what happened in between? Long gaps show where time was lost.`,
				});
			}
		}
	},
};

/**
 * From detection (else the impact start) to resolution (else mitigation), when the timeline says so:
 * the build-up before an incident and the follow-up work after it are not lost response time.
 */
function incidentWindow(doc: PostmortemDocument): { start: number; end: number } {
	const metrics = computeMetrics(doc);
	const start = (metrics.detected ?? metrics.impactStart)?.minutes ?? Number.NEGATIVE_INFINITY;
	const end = (metrics.resolved ?? metrics.mitigated)?.minutes ?? Number.POSITIVE_INFINITY;
	return end > start ? { start, end } : { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY };
}

/** Timed events that move forward; an entry that jumps back is out of order, not the end of a gap. */
function inOrder(doc: PostmortemDocument, indexes: readonly number[]): Timed[] {
	const events: Timed[] = [];
	for (const index of indexes) {
		const entry = doc.timeline[index];
		const last = events.at(-1);
		if (entry.minutes !== undefined && !isGroupHeading(doc, index) && (last === undefined || entry.minutes >= last.minutes)) {
			events.push(entry as Timed);
		}
	}
	return events;
}

/** When an entry is a range (`14:00-14:40 Investigation`), the gap after it starts at its end. */
function endMinutes(entry: Timed): number {
	const { time, endTime } = entry.timestamp;
	if (time === undefined || endTime === undefined) {
		return entry.minutes;
	}
	const length = (endTime.hour * 60 + endTime.minute - (time.hour * 60 + time.minute) + 1440) % 1440;
	return length <= MAX_RANGE_MINUTES ? entry.minutes + length : entry.minutes;
}

function longGaps(events: readonly Timed[]): [Timed, Timed][] {
	const span = events.length === 0 ? 0 : events[events.length - 1].minutes - events[0].minutes;
	if (events.length < 3 || span > MAX_INCIDENT_MINUTES) {
		return [];
	}
	const gap = ([a, b]: readonly [Timed, Timed]): number => b.minutes - endMinutes(a);
	const pairs = events.slice(1).map((entry, index): [Timed, Timed] => [events[index], entry]);
	const steps = pairs.map(gap).filter((step) => step > 0).sort((a, b) => a - b);
	const median = steps[Math.floor((steps.length - 1) / 2)] ?? 0;
	const threshold = Math.max(MIN_GAP_MINUTES, MEDIAN_FACTOR * median, MIN_SHARE * span);
	return pairs
		.filter((pair) => gap(pair) >= threshold)
		.sort((first, second) => gap(second) - gap(first))
		.slice(0, MAX_GAPS)
		.sort(([a1], [a2]) => a1.span.start - a2.span.start);
}
