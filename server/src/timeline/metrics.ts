/**
 * Time to detect, acknowledge, mitigate and resolve, and total impact, from a document's timeline. Pure.
 *
 * Each lifecycle moment comes from the entry its author labelled (`**Detected**` at the start of the entry,
 * read by the model as `entry.marker`), or else from recognisable wording ("alert fired", "rolled back",
 * "incident resolved"; see `data/milestone-wording.json`). Every figure says which entries it was measured
 * between, so the editor and the CLI can show where it came from.
 *
 * Definitions (the common SRE ones):
 * - timeToDetect      impact start → detected
 * - timeToAcknowledge detected → acknowledged
 * - timeToMitigate    impact start → mitigated
 * - timeToResolve     impact start → resolved
 * - totalImpact       impact start → end of customer impact: mitigated when known (mitigation stops the
 *                     impact), else resolved
 */
import type { LifecycleMarker, PostmortemDocument, Span, TimelineEntry } from '../model/types';
import { LazyWords } from '../model/words';
import { PhraseMatcher, type PhraseSource } from '../phrases';
import wording from './data/milestone-wording.json';
import { isGroupHeading, timelineHeadingSection } from './entries';
import { memoByObject } from '../memo';

export interface Milestone {
	readonly kind: LifecycleMarker;
	/** Index into `doc.timeline`. */
	readonly entryIndex: number;
	/** Zero-based line of the entry. */
	readonly line: number;
	/** The entry's `minutes` (only differences between entries mean anything). */
	readonly minutes: number;
	/** A bold label written by the author, or words recognised in the entry. */
	readonly source: 'label' | 'wording';
	/** The label or words that identified it, as written (`**Detected**`, `alert fired`). */
	readonly evidence: string;
	readonly evidenceSpan: Span;
}

export type DurationName = 'timeToDetect' | 'timeToAcknowledge' | 'timeToMitigate' | 'timeToResolve' | 'totalImpact';

/** What people call each figure, in the order they are shown. */
export const FIGURE_NAMES: Readonly<Record<DurationName, string>> = {
	timeToDetect: 'Time to detect',
	timeToAcknowledge: 'Time to acknowledge',
	timeToMitigate: 'Time to mitigate',
	timeToResolve: 'Time to resolve',
	totalImpact: 'Total impact',
};

export interface Duration {
	readonly name: DurationName;
	readonly minutes: number;
	readonly from: Milestone;
	readonly to: Milestone;
}

/** What "T+" counts from: the impact start, or the first timed entry when no impact start is known. */
export interface MetricsOrigin {
	readonly kind: 'impact-start' | 'first-entry';
	readonly entryIndex: number;
	readonly line: number;
	readonly minutes: number;
}

export interface TimelineMetrics {
	readonly impactStart: Milestone | undefined;
	readonly detected: Milestone | undefined;
	readonly acknowledged: Milestone | undefined;
	readonly mitigated: Milestone | undefined;
	readonly resolved: Milestone | undefined;
	readonly timeToDetect: Duration | undefined;
	readonly timeToAcknowledge: Duration | undefined;
	readonly timeToMitigate: Duration | undefined;
	readonly timeToResolve: Duration | undefined;
	readonly totalImpact: Duration | undefined;
	readonly origin: MetricsOrigin | undefined;
}

const LIFECYCLE: readonly LifecycleMarker[] = ['impact-start', 'detected', 'acknowledged', 'mitigated', 'resolved'];

/**
 * The order in which unlabelled moments are looked for. Detection is worded most reliably ("alert fired",
 * "paged", "users reported"), so it anchors the rest: the impact start is the closest wording before it,
 * the later moments the first wording after the moments already found.
 */
const SEARCH_ORDER: readonly LifecycleMarker[] = ['detected', 'impact-start', 'acknowledged', 'mitigated', 'resolved'];

const matcher = new PhraseMatcher(
	LIFECYCLE.flatMap((kind) => (wording[kind] as readonly string[]).map((phrase): PhraseSource => ({ owner: kind, list: kind, phrase }))),
);
const guards: Partial<Record<LifecycleMarker, ReadonlySet<string>>> = Object.fromEntries(
	Object.entries(wording.guards).map(([kind, words]) => [kind, new Set(words)]),
);

/**
 * How much of an entry is read for wording: its first line, up to a quotation (someone else's words), at
 * most this many characters and words. Milestones are worded at the start ("Alert fired", "Dave rolled
 * back"); deep in a sentence the same words tend to refer back ("since the start of the outage").
 */
const WORDING_CHARACTERS = 160;
const WORDING_WORDS = 12;

interface Candidate {
	readonly entryIndex: number;
	readonly minutes: number;
	readonly evidenceSpan: Span;
}

/** One document version is asked for its figures by a rule, the hover and the code lens: compute them once. */
export const computeMetrics: (doc: PostmortemDocument) => TimelineMetrics = memoByObject((doc) => measure(doc));

function measure(doc: PostmortemDocument): TimelineMetrics {
	const timed = timedEvents(doc);
	const found = new Map<LifecycleMarker, Milestone>();
	for (const kind of LIFECYCLE) {
		const labelled = timed.find((index) => doc.timeline[index].marker?.kind === kind);
		if (labelled !== undefined) {
			found.set(kind, labelledMilestone(doc, labelled));
		}
	}
	const wordingByKind = findWording(doc, mainTimeline(doc, timed));
	for (const kind of SEARCH_ORDER) {
		if (!found.has(kind)) {
			const end = kind === 'detected' || kind === 'impact-start' ? Number.POSITIVE_INFINITY : incidentEnd(wordingByKind, found);
			const milestone = pickWording(doc, kind, (wordingByKind.get(kind) ?? []).filter((candidate) => candidate.minutes < end), found);
			if (milestone !== undefined) {
				found.set(kind, milestone);
			}
		}
	}
	return assemble(doc, found, timed);
}

/** Entries with a usable time, group headings left out, in document order. */
function timedEvents(doc: PostmortemDocument): number[] {
	const indexes: number[] = [];
	doc.timeline.forEach((entry, index) => {
		if (entry.minutes !== undefined && !isGroupHeading(doc, index)) {
			indexes.push(index);
		}
	});
	return indexes;
}

function labelledMilestone(doc: PostmortemDocument, index: number): Milestone {
	const entry = doc.timeline[index] as TimelineEntry & { marker: NonNullable<TimelineEntry['marker']>; minutes: number };
	return {
		kind: entry.marker.kind,
		entryIndex: index,
		line: entry.line,
		minutes: entry.minutes,
		source: 'label',
		evidence: doc.text.slice(entry.marker.span.start, entry.marker.span.end),
		evidenceSpan: entry.marker.span,
	};
}

/**
 * Wording is read in the document's first timeline only: a "Follow-up timeline" after the incident has
 * its own acknowledgements and resolutions.
 */
function mainTimeline(doc: PostmortemDocument, timed: readonly number[]): number[] {
	const first = timed[0];
	if (first === undefined) {
		return [];
	}
	const heading = timelineHeadingSection(doc, doc.timeline[first].sectionIndex)?.index;
	return timed.filter((index) => timelineHeadingSection(doc, doc.timeline[index].sectionIndex)?.index === heading);
}

/** The start of an entry's event text: see WORDING_CHARACTERS. */
function wordingWindow(doc: PostmortemDocument, entry: TimelineEntry): { text: string; offset: number } {
	const raw = doc.text.slice(entry.textSpan.start, Math.min(entry.textSpan.end, entry.textSpan.start + WORDING_CHARACTERS));
	const lead = raw.length - raw.trimStart().length;
	const stop = raw.slice(lead).search(/[\r\n"“>]/);
	return { text: stop < 0 ? raw : raw.slice(0, lead + stop), offset: entry.textSpan.start };
}

function findWording(doc: PostmortemDocument, timed: readonly number[]): Map<LifecycleMarker, Candidate[]> {
	const byKind = new Map<LifecycleMarker, Candidate[]>();
	for (const index of timed) {
		const entry = doc.timeline[index];
		const window = wordingWindow(doc, entry);
		// Most entries word no milestone: the hash test spares them their words.
		const source = new LazyWords(window.text, window.offset, WORDING_WORDS);
		const matches = matcher.matchWords(window.text, source);
		if (matches.length === 0) {
			continue;
		}
		const words = source.words;
		const seen = new Set<string>();
		for (const match of matches) {
			const kind = match.source.owner as LifecycleMarker;
			const guard = guards[kind];
			if (seen.has(kind) || (guard !== undefined && words.some((word) => guard.has(word.norm)))) {
				continue;
			}
			seen.add(kind);
			const span = { start: words[match.wordIndex].start, end: words[match.wordIndex + match.wordCount - 1].end };
			const list = byKind.get(kind) ?? [];
			list.push({ entryIndex: index, minutes: entry.minutes as number, evidenceSpan: span });
			byKind.set(kind, list);
		}
	}
	return byKind;
}

/**
 * Where the incident found so far ends, for wording: a new impact start or detection after the first
 * resolution (a document that reports several incidents, or a recurrence) starts another story, whose
 * acknowledgement or rollback must not be measured against this one's detection.
 */
function incidentEnd(byKind: ReadonlyMap<LifecycleMarker, readonly Candidate[]>, found: ReadonlyMap<LifecycleMarker, Milestone>): number {
	const start = found.get('detected')?.minutes ?? found.get('impact-start')?.minutes;
	if (start === undefined) {
		return Number.POSITIVE_INFINITY;
	}
	const resolution = (byKind.get('resolved') ?? []).find((candidate) => candidate.minutes >= start);
	if (resolution === undefined) {
		return Number.POSITIVE_INFINITY;
	}
	const restarts = [...(byKind.get('detected') ?? []), ...(byKind.get('impact-start') ?? [])].filter((candidate) => candidate.minutes > resolution.minutes);
	return Math.min(Number.POSITIVE_INFINITY, ...restarts.map((candidate) => candidate.minutes));
}

/**
 * The wording candidate for `kind` that fits between the moments already known: not before an earlier
 * lifecycle moment, not after a later one. The impact start takes the last fitting candidate (the
 * closest before detection), every other moment the first.
 */
function pickWording(doc: PostmortemDocument, kind: LifecycleMarker, candidates: readonly Candidate[], found: ReadonlyMap<LifecycleMarker, Milestone>): Milestone | undefined {
	const position = LIFECYCLE.indexOf(kind);
	const earlier = LIFECYCLE.slice(0, position).map((k) => found.get(k)?.minutes).filter((m): m is number => m !== undefined);
	const later = LIFECYCLE.slice(position + 1).map((k) => found.get(k)?.minutes).filter((m): m is number => m !== undefined);
	const lower = Math.max(Number.NEGATIVE_INFINITY, ...earlier);
	const upper = Math.min(Number.POSITIVE_INFINITY, ...later);
	const fitting = candidates.filter((candidate) => candidate.minutes >= lower && candidate.minutes <= upper);
	const chosen = kind === 'impact-start' ? fitting.at(-1) : fitting[0];
	if (chosen === undefined) {
		return undefined;
	}
	const entry = doc.timeline[chosen.entryIndex];
	return {
		kind,
		entryIndex: chosen.entryIndex,
		line: entry.line,
		minutes: chosen.minutes,
		source: 'wording',
		evidence: doc.text.slice(chosen.evidenceSpan.start, chosen.evidenceSpan.end),
		evidenceSpan: chosen.evidenceSpan,
	};
}

function duration(name: DurationName, from: Milestone | undefined, to: Milestone | undefined): Duration | undefined {
	if (from === undefined || to === undefined || to.minutes < from.minutes) {
		return undefined;
	}
	return { name, minutes: Math.round((to.minutes - from.minutes) * 100) / 100, from, to };
}

function assemble(doc: PostmortemDocument, found: ReadonlyMap<LifecycleMarker, Milestone>, timed: readonly number[]): TimelineMetrics {
	const impactStart = found.get('impact-start');
	const detected = found.get('detected');
	const acknowledged = found.get('acknowledged');
	const mitigated = found.get('mitigated');
	const resolved = found.get('resolved');
	return {
		impactStart,
		detected,
		acknowledged,
		mitigated,
		resolved,
		timeToDetect: duration('timeToDetect', impactStart, detected),
		timeToAcknowledge: duration('timeToAcknowledge', detected, acknowledged),
		timeToMitigate: duration('timeToMitigate', impactStart, mitigated),
		timeToResolve: duration('timeToResolve', impactStart, resolved),
		totalImpact: duration('totalImpact', impactStart, mitigated ?? resolved),
		origin: origin(doc, impactStart, timed),
	};
}

function origin(doc: PostmortemDocument, impactStart: Milestone | undefined, timed: readonly number[]): MetricsOrigin | undefined {
	if (impactStart !== undefined) {
		return { kind: 'impact-start', entryIndex: impactStart.entryIndex, line: impactStart.line, minutes: impactStart.minutes };
	}
	const first = timed[0];
	if (first === undefined) {
		return undefined;
	}
	const entry = doc.timeline[first];
	return { kind: 'first-entry', entryIndex: first, line: entry.line, minutes: entry.minutes as number };
}
