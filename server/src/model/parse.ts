/**
 * One pure parse of a postmortem: markdown-it block tokens plus the original text → PostmortemDocument.
 * Never throws on any input; what cannot be read is simply absent from the model.
 */
import { readActionItems } from './action-items';
import { readBlocks, type RawBlock, type RawListItem, type RawTable } from './blocks';
import { readControlComments } from './control-comments';
import { readFactors } from './factors';
import { readFrontMatter, type FrontMatterBlock } from './front-matter';
import { findQuotedSpans, splitSentences } from './prose';
import { buildSections, sectionIndexAt } from './sections';
import { computeLineStarts, lineContentEnd } from './text';
import { readTimeline } from './timeline';
import { readDateLabel, readLeadingTimestamp } from './timestamps';
import { readMetadata } from './metadata';
import { LazyWords } from './words';
import type { ListItem, PostmortemDocument, Section, SectionKind, Sentence, Span, Table, TextBlock } from './types';

export function parsePostmortem(text: string): PostmortemDocument {
	const lineStarts = computeLineStarts(text);
	const frontMatter = readFrontMatter(text, lineStarts);
	const structure = readBlocks(text, markdownSource(text, lineStarts, frontMatter), lineStarts);
	const sections = buildSections(text, structure.headings, structure.blocks, structure.listItems, isTimelineContinuation);
	const blockSections = structure.blocks.map((block) => sectionIndexAt(sections, block.span.start));
	const blocks = structure.blocks.map((block, index) => toTextBlock(block, blockSections[index]));
	const metadata = readMetadata(text, frontMatter, sections, structure.blocks);
	const common = { text, lineStarts, sections, blocks: structure.blocks, blockSections, listItems: structure.listItems, tables: structure.tables };
	const timeline = readTimeline({ ...common, documentDate: metadata.date, frontMatterZone: frontMatterZone(frontMatter, metadata.timeZone) });
	return {
		text,
		lineStarts,
		frontMatter,
		metadata,
		sections,
		blocks,
		sentences: readSentences(blocks, sections),
		listItems: structure.listItems.map((item) => toListItem(item, sectionIndexAt(sections, item.span.start))),
		tables: structure.tables.map((table) => toTable(table, sectionIndexAt(sections, table.span.start))),
		timeline: timeline.entries,
		declaredTimeZone: timeline.declaredZone,
		dateOrder: timeline.dateOrder,
		factors: readFactors(common),
		actionItems: readActionItems({ ...common, dateOrder: timeline.dateOrder }),
		controlComments: readControlComments(text, lineStarts, structure.codeSpans),
		codeSpans: structure.codeSpans,
	};
}

/**
 * The model's list item, field by field: rest-and-spread copies (`{ ...rest, sectionIndex }`) made objects
 * of another shape for every item, and were the largest allocation of a parse in long timelines.
 */
function toListItem(item: RawListItem, sectionIndex: number | undefined): ListItem {
	return {
		span: item.span,
		line: item.line,
		endLine: item.endLine,
		depth: item.depth,
		ordered: item.ordered,
		markerSpan: item.markerSpan,
		task: item.task,
		contentSpan: item.contentSpan,
		parentIndex: item.parentIndex,
		sectionIndex,
		quoted: item.quoted,
	};
}

function toTable(table: RawTable, sectionIndex: number | undefined): Table {
	return { span: table.span, line: table.line, columns: table.columns, rows: table.rows, sectionIndex, quoted: table.quoted };
}

/**
 * What markdown-it sees: front matter lines blanked (it would read `---` as a rule and the keys as a
 * heading) and a leading BOM turned into a space. Line numbers stay the same as in the original: the
 * blanked characters become spaces, because deleting them joined a line's `\r` to the next line's `\n`
 * into one CRLF, and every line after front matter with CR endings was read one line off.
 */
function markdownSource(text: string, lineStarts: readonly number[], frontMatter: FrontMatterBlock | undefined): string {
	let source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
	if (frontMatter !== undefined) {
		const end = lineContentEnd(text, lineStarts, frontMatter.lastLine);
		source = source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
	}
	return source;
}

function frontMatterZone(frontMatter: FrontMatterBlock | undefined, zone: string | undefined): { name: string; span: { start: number; end: number } } | undefined {
	return frontMatter === undefined || zone === undefined ? undefined : { name: zone, span: frontMatter.span };
}

function isTimelineContinuation(title: string): boolean {
	return readDateLabel(title, 0) !== undefined || readLeadingTimestamp(title, 0) !== undefined;
}

function toTextBlock(block: RawBlock, sectionIndex: number | undefined): TextBlock {
	return {
		kind: block.kind,
		span: block.span,
		line: block.line,
		prose: block.prose,
		sectionIndex,
		quoted: block.quoted,
		listItemIndex: block.listItemIndex,
	};
}

function readSentences(blocks: readonly TextBlock[], sections: readonly Section[]): Sentence[] {
	const sentences: Sentence[] = [];
	for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
		const block = blocks[blockIndex];
		const section = block.sectionIndex === undefined ? 'other' : sections[block.sectionIndex].effectiveKind;
		for (const relative of splitSentences(block.prose)) {
			const span = { start: block.span.start + relative.start, end: block.span.start + relative.end };
			sentences.push(new ParsedSentence(span, block.prose.slice(relative.start, relative.end), blockIndex, block.sectionIndex, section, block.quoted));
		}
	}
	return sentences;
}

/**
 * A sentence whose words are split the first time they are read. The engine's phrase test reads word
 * hashes instead, and rules read the words of the sentences a phrase was found in, so most sentences never
 * need theirs: splitting every sentence up front made a sixth of a lint's allocations, all kept alive.
 */
class ParsedSentence extends LazyWords implements Sentence {
	readonly quotedSpans: readonly Span[];

	constructor(
		readonly span: Span,
		text: string,
		readonly blockIndex: number,
		readonly sectionIndex: number | undefined,
		readonly section: SectionKind,
		readonly quoted: boolean,
	) {
		super(text, span.start);
		this.quotedSpans = quotedSpansIn(text, span.start);
	}
}

/** Most sentences quote nothing; they share one empty list instead of making two each. */
const noQuotedSpans: readonly Span[] = Object.freeze([]);

function quotedSpansIn(text: string, offset: number): readonly Span[] {
	const quoted = findQuotedSpans(text);
	return quoted.length === 0 ? noQuotedSpans : quoted.map((span) => ({ start: offset + span.start, end: offset + span.end }));
}
