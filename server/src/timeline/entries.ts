/**
 * Small readings of the model's timeline shared by the timeline rules, the figures and the editor
 * features. Pure.
 */
import type { PostmortemDocument, Section, TimelineEntry } from '../model/types';

/**
 * A heading entry whose body holds other entries (`### 22:04-23:00 UTC` over a list of `22:04 …` items)
 * groups them: it is a range over its children, not an event of its own.
 */
export function isGroupHeading(doc: PostmortemDocument, index: number): boolean {
	const entry = doc.timeline[index];
	const next = doc.timeline[index + 1];
	return entry.form === 'heading' && next !== undefined && next.span.start < entry.span.end;
}

/** Entries that are events: group headings left out. Indexes stay those of `doc.timeline`. */
export function eventIndexes(doc: PostmortemDocument): number[] {
	const indexes: number[] = [];
	for (let index = 0; index < doc.timeline.length; index++) {
		if (!isGroupHeading(doc, index)) {
			indexes.push(index);
		}
	}
	return indexes;
}

/** The section whose heading names the timeline ("## Timeline"), walking up from day sub-headings. */
export function timelineHeadingSection(doc: PostmortemDocument, sectionIndex: number): { section: Section; index: number } | undefined {
	let index: number | undefined = sectionIndex;
	let found: { section: Section; index: number } | undefined;
	while (index !== undefined) {
		// An entry before any heading carries index 0 even when the document has no sections at all.
		const section: Section | undefined = doc.sections[index];
		if (section === undefined) {
			break;
		}
		if (section.kind === 'timeline') {
			found = { section, index };
		}
		if (section.effectiveKind !== 'timeline') {
			break;
		}
		index = section.parentIndex;
	}
	return found;
}

/** Entries grouped by the timeline section they belong to (a document may have more than one). */
export function timelines(doc: PostmortemDocument): { headingIndex: number | undefined; entries: number[] }[] {
	const groups = new Map<number | undefined, number[]>();
	doc.timeline.forEach((entry: TimelineEntry, index) => {
		const heading = timelineHeadingSection(doc, entry.sectionIndex)?.index;
		const list = groups.get(heading) ?? [];
		list.push(index);
		groups.set(heading, list);
	});
	return [...groups].map(([headingIndex, entries]) => ({ headingIndex, entries }));
}

/** The timestamp as written in the text. */
export function writtenTimestamp(doc: PostmortemDocument, entry: TimelineEntry): string {
	return doc.text.slice(entry.timestamp.span.start, entry.timestamp.span.end);
}

/** A duration for people: `8 min`, `1 h 05 min`, `2 d 3 h`. */
export function formatDuration(minutes: number): string {
	const rounded = Math.round(Math.abs(minutes));
	const sign = minutes < 0 ? '−' : '';
	if (rounded < 60) {
		return `${sign}${rounded} min`;
	}
	const days = Math.floor(rounded / 1440);
	const hours = Math.floor((rounded % 1440) / 60);
	const mins = rounded % 60;
	if (days > 0) {
		return `${sign}${days} d${hours > 0 ? ` ${hours} h` : ''}`;
	}
	return `${sign}${hours} h${mins > 0 ? ` ${String(mins).padStart(2, '0')} min` : ''}`;
}
