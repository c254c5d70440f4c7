/**
 * Every span the document model holds, labelled, with the line the model says it starts on where it says
 * one, so the positions suite can hold them all to the same rules as the findings.
 */
import type { PostmortemDocument, Span } from '../../../server/src/model/types';

export interface LabelledSpan {
	readonly label: string;
	readonly span: Span;
	/** The model's own line number for the span's start, when it records one. */
	readonly line?: number;
	/** The span's text as the model holds it (prose views), which must be exactly as long as the span. */
	readonly sameLength?: string;
}

type Add = (label: string, span: Span | undefined, extra?: { line?: number; sameLength?: string }) => void;

export function modelSpans(doc: PostmortemDocument): LabelledSpan[] {
	const out: LabelledSpan[] = [];
	const add: Add = (label, span, extra = {}) => {
		if (span !== undefined) {
			out.push({ label, span, ...extra });
		}
	};
	add('frontMatter', doc.frontMatter?.span);
	add('declaredTimeZone', doc.declaredTimeZone?.span);
	doc.sections.forEach((section, index) => {
		add(`sections[${index}].headingSpan`, section.headingSpan, { line: section.line });
		add(`sections[${index}].titleSpan`, section.titleSpan);
		add(`sections[${index}].span`, section.span);
	});
	doc.blocks.forEach((block, index) => add(`blocks[${index}]`, block.span, { line: block.line, sameLength: block.prose }));
	doc.sentences.forEach((sentence, index) => {
		add(`sentences[${index}]`, sentence.span, { sameLength: sentence.text });
		sentence.quotedSpans.forEach((quoted, inner) => add(`sentences[${index}].quotedSpans[${inner}]`, quoted));
	});
	addStructure(doc, add);
	addTimeline(doc, add);
	addFactorsAndActions(doc, add);
	doc.controlComments.forEach((comment, index) => add(`controlComments[${index}]`, comment.span, { line: comment.line }));
	doc.codeSpans.forEach((span, index) => add(`codeSpans[${index}]`, span));
	return out;
}

function addStructure(doc: PostmortemDocument, add: Add): void {
	doc.listItems.forEach((item, index) => {
		add(`listItems[${index}]`, item.span, { line: item.line });
		add(`listItems[${index}].markerSpan`, item.markerSpan);
		add(`listItems[${index}].contentSpan`, item.contentSpan);
		add(`listItems[${index}].task`, item.task?.span);
	});
	doc.tables.forEach((table, index) => {
		add(`tables[${index}]`, table.span, { line: table.line });
		table.rows.forEach((row, rowIndex) => {
			add(`tables[${index}].rows[${rowIndex}]`, row.span, { line: row.line });
			row.cells.forEach((cell, cellIndex) => add(`tables[${index}].rows[${rowIndex}].cells[${cellIndex}]`, cell));
		});
	});
}

function addTimeline(doc: PostmortemDocument, add: Add): void {
	doc.timeline.forEach((entry, index) => {
		add(`timeline[${index}]`, entry.span, { line: entry.line });
		add(`timeline[${index}].textSpan`, entry.textSpan);
		add(`timeline[${index}].timestamp`, entry.timestamp.span);
		add(`timeline[${index}].timestamp.zone`, entry.timestamp.zone?.span);
		add(`timeline[${index}].effectiveZone`, entry.effectiveZone?.span);
		add(`timeline[${index}].marker`, entry.marker?.span);
	});
}

function addFactorsAndActions(doc: PostmortemDocument, add: Add): void {
	doc.factors.forEach((factor, index) => {
		add(`factors[${index}]`, factor.span, { line: factor.line });
		add(`factors[${index}].textSpan`, factor.textSpan);
		add(`factors[${index}].layerSpan`, factor.layerSpan);
	});
	doc.actionItems.forEach((item, index) => {
		add(`actionItems[${index}]`, item.span, { line: item.line });
		add(`actionItems[${index}].textSpan`, item.textSpan);
		add(`actionItems[${index}].owner`, item.owner?.span);
		add(`actionItems[${index}].due`, item.due?.span);
		item.tracking.forEach((field, inner) => add(`actionItems[${index}].tracking[${inner}]`, field.span));
		item.table?.cells.forEach((cell, inner) => add(`actionItems[${index}].table.cells[${inner}]`, cell));
	});
}
