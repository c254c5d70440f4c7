/**
 * Sections from headings, plus bold-label lines that templates use as headings (`**Root causes:**` alone on
 * a line). Each text block is assigned to the innermost section that contains it.
 */
import type { HeadingInfo, RawBlock, RawListItem } from './blocks';
import { classifyHeading } from './section-kinds';
import { lastAtOrBefore } from './text';
import type { Section, SectionKind, Span } from './types';

interface SectionStart {
	readonly level: number;
	readonly line: number;
	readonly headingSpan: Span;
	readonly titleSpan: Span;
	readonly title: string;
	/** Where the section ends when that is not "at the next heading": a list item's end. */
	readonly end: number | undefined;
}

/** A level for label lines below every real heading, so they end at the next heading of any level. */
const labelLevel = 7;
/** Below label lines: a list item that opens with a bold section name holds that section in its body. */
const listLabelLevel = 8;

export function buildSections(
	text: string,
	headings: readonly HeadingInfo[],
	blocks: readonly RawBlock[],
	listItems: readonly RawListItem[],
	isTimelineContinuation: (title: string) => boolean,
): Section[] {
	const starts = [
		...headings.map((heading) => headingStart(text, heading)),
		...labelStarts(text, blocks),
		...listLabelStarts(text, blocks, listItems),
	];
	starts.sort((a, b) => a.headingSpan.start - b.headingSpan.start);
	const sections: Section[] = [];
	const open: number[] = [];
	for (let index = 0; index < starts.length; index++) {
		sections.push(makeSection(text, starts, index, { sections, open }, isTimelineContinuation));
		open.push(index);
	}
	return sections;
}

function headingStart(text: string, heading: HeadingInfo): SectionStart {
	const title = plainTitle(text.slice(heading.titleSpan.start, heading.titleSpan.end));
	return { level: heading.level, line: heading.line, headingSpan: heading.headingSpan, titleSpan: heading.titleSpan, title, end: undefined };
}

/** Paragraphs that are only a bold label naming a known section. */
function labelStarts(text: string, blocks: readonly RawBlock[]): SectionStart[] {
	const starts: SectionStart[] = [];
	for (const block of blocks) {
		if (block.kind !== 'paragraph' || block.listItemIndex !== undefined || block.endLine !== block.line) {
			continue;
		}
		const source = text.slice(block.span.start, block.span.end).trim();
		const label = /^(\*\*|__)([^*_]{1,60})\1:?$/.exec(source) ?? /^([^*_]{1,60}?)(:?)$/.exec(source);
		const title = label === null ? undefined : (label[2] ?? '').trim() || label[1];
		if (title === undefined || title === '' || classifyHeading(title) === 'other') {
			continue;
		}
		const isBold = source.startsWith('**') || source.startsWith('__');
		if (!isBold && !isBareSectionName(title)) {
			continue;
		}
		starts.push({ level: labelLevel, line: block.line, headingSpan: block.span, titleSpan: block.span, title, end: undefined });
	}
	return starts;
}

/**
 * Top-level list items written as `- **Impact**: …` or `- **Review actions**:` with sub-bullets: some teams
 * write the whole postmortem as one list of labelled items.
 */
function listLabelStarts(text: string, blocks: readonly RawBlock[], listItems: readonly RawListItem[]): SectionStart[] {
	const starts: SectionStart[] = [];
	for (const item of listItems) {
		if (item.depth !== 0 || item.quoted || item.firstBlockIndex === undefined) {
			continue;
		}
		const block = blocks[item.firstBlockIndex];
		const label = /^(?:\*\*|__)([^*_\r\n]{1,60})(?:\*\*|__)/.exec(text.slice(block.span.start, block.span.end));
		const title = label?.[1].replace(/:\s*$/, '').trim();
		if (label === null || title === undefined || classifyHeading(title) === 'other') {
			continue;
		}
		const titleSpan = { start: block.span.start + 2, end: block.span.start + 2 + label[1].length };
		starts.push({ level: listLabelLevel, line: item.line, headingSpan: titleSpan, titleSpan, title, end: item.span.end });
	}
	return starts;
}

/** A plain line like "Action Items" (a heading that lost its `#`) counts only when it is short. */
function isBareSectionName(title: string): boolean {
	return title.split(/\s+/).length <= 3 && /^[A-Z]/.test(title);
}

/** The sections made so far, and the indexes of those whose span has not ended yet (in order). */
interface Built {
	readonly sections: readonly Section[];
	readonly open: number[];
}

function makeSection(
	text: string,
	starts: readonly SectionStart[],
	index: number,
	built: Built,
	isTimelineContinuation: (title: string) => boolean,
): Section {
	const previous = built.sections;
	const start = starts[index];
	let end = start.end ?? text.length;
	for (let next = index + 1; next < starts.length && start.end === undefined; next++) {
		if (starts[next].level <= start.level) {
			end = starts[next].headingSpan.start;
			break;
		}
	}
	const parentIndex = findParent(built, start);
	const kind = classifyHeading(start.title);
	let effectiveKind: SectionKind = kind !== 'other' ? kind : parentIndex !== undefined ? previous[parentIndex].effectiveKind : 'other';
	// Day headings ("## May 12") written at the same level as "## Timeline" continue the timeline, and so
	// does a heading that starts with a time whatever it names ("### 23:00 UTC: Root cause identified").
	const before = previous.at(-1);
	if (before?.effectiveKind === 'timeline' && isTimelineContinuation(start.title)) {
		effectiveKind = 'timeline';
	}
	return {
		kind,
		effectiveKind,
		title: start.title,
		level: start.level,
		headingSpan: start.headingSpan,
		titleSpan: start.titleSpan,
		span: { start: start.headingSpan.start, end },
		line: start.line,
		parentIndex,
	};
}

/**
 * The latest section of a lower level whose span holds this heading. Headings come in text order, so a
 * section that ended before this one can hold no later one either: it leaves `open` for good. Scanning
 * every earlier section instead was quadratic (10,000 `##` headings took 2.8 s to parse).
 */
function findParent(built: Built, start: SectionStart): number | undefined {
	const { sections, open } = built;
	let kept = 0;
	for (const index of open) {
		if (sections[index].span.end > start.headingSpan.start) {
			open[kept++] = index;
		}
	}
	open.length = kept;
	for (let k = open.length - 1; k >= 0; k--) {
		if (sections[open[k]].level < start.level) {
			return open[k];
		}
	}
	return undefined;
}

/** Heading text without emphasis, code ticks, links or a trailing colon. */
export function plainTitle(source: string): string {
	return source
		.replace(/[*_`~]/g, '')
		.replace(/\]\([^)]{0,500}\)/g, '')
		.replace(/\[/g, '')
		.replace(/:\s*$/, '')
		.trim();
}

/**
 * Index of the innermost section containing `offset`, or undefined before the first heading. Sections
 * nest (each ends at the next heading of its level or higher), so the last section starting at or before
 * the offset, or one of its parents, is the answer.
 */
export function sectionIndexAt(sections: readonly Section[], offset: number): number | undefined {
	const candidate = lastAtOrBefore(sections, (section) => section.span.start, offset);
	let index: number | undefined = candidate === -1 ? undefined : candidate;
	while (index !== undefined && sections[index].span.end <= offset) {
		index = sections[index].parentIndex;
	}
	return index;
}
