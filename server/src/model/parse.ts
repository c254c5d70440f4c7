/**
 * One pure parse of a postmortem: markdown-it block tokens plus the original text → PostmortemDocument.
 * Never throws on any input; what cannot be read is simply absent from the model.
 */
import { readActionItems } from './action-items';
import { readBlocks, type RawBlock } from './blocks';
import { readControlComments } from './control-comments';
import { readFactors } from './factors';
import { readFrontMatter, type FrontMatterBlock } from './front-matter';
import { findQuotedSpans, splitSentences } from './prose';
import { buildSections, sectionIndexAt } from './sections';
import { computeLineStarts, lineContentEnd } from './text';
import { readTimeline } from './timeline';
import { readDateLabel, readLeadingTimestamp } from './timestamps';
import { readMetadata } from './metadata';
import { splitWords } from './words';
import type { PostmortemDocument, Section, Sentence, TextBlock } from './types';

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
		listItems: structure.listItems.map((item) => ({
			...withoutRawFields(item),
			sectionIndex: sectionIndexAt(sections, item.span.start),
		})),
		tables: structure.tables.map(({ cellBlockIndexes: _unused, ...table }) => ({
			...table,
			sectionIndex: sectionIndexAt(sections, table.span.start),
		})),
		timeline: timeline.entries,
		declaredTimeZone: timeline.declaredZone,
		dateOrder: timeline.dateOrder,
		factors: readFactors(common),
		actionItems: readActionItems({ ...common, dateOrder: timeline.dateOrder }),
		controlComments: readControlComments(text, lineStarts, structure.codeSpans),
		codeSpans: structure.codeSpans,
	};
}

function withoutRawFields<T extends { firstBlockIndex: number | undefined }>(item: T): Omit<T, 'firstBlockIndex'> {
	const { firstBlockIndex: _unused, ...rest } = item;
	return rest;
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
			const sentenceText = block.prose.slice(relative.start, relative.end);
			const start = block.span.start + relative.start;
			sentences.push({
				span: { start, end: block.span.start + relative.end },
				text: sentenceText,
				blockIndex,
				sectionIndex: block.sectionIndex,
				section,
				quoted: block.quoted,
				quotedSpans: findQuotedSpans(sentenceText).map((quoted) => ({ start: start + quoted.start, end: start + quoted.end })),
				words: splitWords(sentenceText, start),
			});
		}
	}
	return sentences;
}
