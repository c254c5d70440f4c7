import type { PostmortemDocument, Section, Span } from '../../model/types';
import { lastAtOrBefore, lineAt } from '../../model/text';
import type { PhraseHit, Rule, RuleContext } from '../rule';
import phrases from './data/vague-times.json';

/** How far into a timeline line a vague phrase may stand and still be the entry's time. */
const LEAD_WORDS_IN_ITEMS = 4;
const LEAD_WORDS_IN_PROSE = 1;
/** A timeline with at least this many untimed lines and no time or date at all gets one finding. */
const UNTIMED_LINES = 3;

export const vagueTime: Rule = {
	id: 'timeline/vague-time',
	category: 'timeline',
	description: 'Timeline entries say when they happened: no "later", "shortly after", "that evening" or "around 3pm".',
	defaultSeverity: 'warning',
	englishOnly: true,
	phraseLists: { 'vague-times': phrases['vague-times'] },
	check(context: RuleContext): void {
		const { doc } = context;
		const reported = new Set<number>();
		const timed = timedEntrySpans(doc);
		for (const hit of firstPerLine(doc, context.phraseHits.filter((candidate) => isVagueEntryTime(doc, timed, candidate)))) {
			reported.add(lineAt(doc.lineStarts, hit.span.start));
			const written = doc.text.slice(hit.span.start, hit.span.end);
			context.report({ span: hit.span, message: `"${written}" gives no time: write the time (19:40, or ~19:40 if estimated) so the gap before this event is visible.` });
		}
		reportHourOnlyTimes(context, timed, reported);
		reportUntimedTimelines(context);
	},
};

/** One finding per line: the first phrase, and of phrases starting there the longest ("Later that evening"). */
function firstPerLine(doc: PostmortemDocument, hits: readonly PhraseHit[]): PhraseHit[] {
	const byLine = new Map<number, PhraseHit>();
	for (const hit of hits) {
		const line = lineAt(doc.lineStarts, hit.span.start);
		const kept = byLine.get(line);
		if (kept === undefined || hit.span.start < kept.span.start || (hit.span.start === kept.span.start && hit.span.end > kept.span.end)) {
			byLine.set(line, hit);
		}
	}
	return [...byLine.values()];
}

function inTimeline(doc: PostmortemDocument, sectionIndex: number | undefined): boolean {
	return sectionIndex !== undefined && doc.sections[sectionIndex].effectiveKind === 'timeline';
}

/**
 * The text covered by entries that have their own precise timestamp (their text, or details nested under
 * them), as sorted disjoint spans. Asking every entry about every block was quadratic: 6,000 timeline rows
 * spent 60 ms here.
 */
function timedEntrySpans(doc: PostmortemDocument): Span[] {
	const spans = doc.timeline
		.filter((entry) => entry.timestamp.time !== undefined)
		.map((entry) => entry.span)
		.sort((a, b) => a.start - b.start);
	const merged: Span[] = [];
	for (const span of spans) {
		const last = merged.at(-1);
		if (last !== undefined && span.start <= last.end) {
			merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
		} else {
			merged.push(span);
		}
	}
	return merged;
}

/** Inside one of the sorted disjoint `spans`: the last one starting at or before `offset` holds it, or none does. */
function inTimedEntry(spans: readonly Span[], offset: number): boolean {
	const span = spans[lastAtOrBefore(spans, (candidate) => candidate.start, offset)];
	return span !== undefined && offset < span.end;
}

function isVagueEntryTime(doc: PostmortemDocument, timed: readonly Span[], hit: PhraseHit): boolean {
	if (!inTimeline(doc, hit.sentence.sectionIndex) || inTimedEntry(timed, hit.span.start)) {
		return false;
	}
	const block = doc.blocks[hit.sentence.blockIndex];
	const itemLike = block.kind === 'table-cell' || block.listItemIndex !== undefined;
	return wordsBefore(doc, hit.span.start) <= (itemLike ? LEAD_WORDS_IN_ITEMS : LEAD_WORDS_IN_PROSE);
}

/** Words between the start of the line (after list, table, heading and emphasis markers) and `offset`. */
function wordsBefore(doc: PostmortemDocument, offset: number): number {
	const lineStart = doc.lineStarts[lineAt(doc.lineStarts, offset)];
	const lead = doc.text.slice(lineStart, offset).replace(/^[\s>]*(?:[\-*+|]|\d{1,9}[.)]|#{1,6})?\s*(?:\[[ x]\]\s*)?/i, '');
	return lead.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => word.length > 0).length;
}

/**
 * `around 3pm`, `~3 PM`, `between ~8-9 PM`, `3pm`: an hour is not a time. Read in timeline lines that have
 * no precise time of their own (untimed lines, and entries that give only a date).
 */
const hourOnly = /(?:(?:around|about|approximately|approx\.?|roughly|circa|between|at)\s)?~?\d{1,2}(?:\s?[-–]\s?~?\d{1,2})?\s?[ap]\.?m\b\.?/i;
/** How much of a line is read for an hour-only time. */
const HOUR_WINDOW = 120;

function reportHourOnlyTimes(context: RuleContext, timed: readonly Span[], reported: Set<number>): void {
	const { doc } = context;
	for (const block of doc.blocks) {
		if (!inTimeline(doc, block.sectionIndex) || block.quoted || reported.has(block.line) || inTimedEntry(timed, block.span.start)) {
			continue;
		}
		const match = hourOnly.exec(block.prose.slice(0, HOUR_WINDOW));
		if (match === null || /\d/.test(block.prose[match.index - 1] ?? '') || block.prose[match.index - 1] === ':') {
			continue;
		}
		const start = block.span.start + match.index;
		const span: Span = { start, end: start + match[0].length };
		reported.add(block.line);
		context.report({ span, message: `"${match[0]}" gives only the hour: write the minute too (15:05, or ~15:05 if estimated) so the gaps around this event are visible.` });
	}
}

/** A timeline section with several lines and no time or date in any of them. */
function reportUntimedTimelines(context: RuleContext): void {
	const { doc } = context;
	doc.sections.forEach((section: Section, index) => {
		if (section.kind !== 'timeline' || doc.timeline.some((entry) => entry.sectionIndex === index || withinSection(section, entry.span))) {
			return;
		}
		const lines = doc.blocks.filter((block) => block.sectionIndex !== undefined && withinSection(section, block.span) && block.kind !== 'heading' && !block.quoted);
		const body = doc.text.slice(section.headingSpan.end, section.span.end);
		if (lines.length >= UNTIMED_LINES && !/\d:\d\d|\d{4}-\d\d-\d\d|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/.test(body)) {
			context.report({
				span: section.titleSpan,
				message: `None of the ${lines.length} lines in this timeline says when it happened: add times (14:02) so readers can see where time went.`,
			});
		}
	});
}

function withinSection(section: Section, span: Span): boolean {
	return section.span.start <= span.start && span.start < section.span.end;
}
