/** Code lens on each Action items heading: "6 items · 4 owned · 3 dated · 2 tracked". */
import type { ActionItem, PostmortemDocument, Section } from '../model/types';
import { formatSummary, summarizeItems } from '../rules/action-item/summary';
import { spanToRange } from './positions';
import type { CodeLensProvider } from './providers';

/** Lenses show text only: clicking them does nothing. */
const NO_COMMAND = '';

export const actionItemCodeLens: CodeLensProvider = (context) => {
	const doc = context.analysis.doc;
	return actionSections(doc).flatMap(({ section, items }) =>
		items.length === 0 ? [] : [{ range: spanToRange(context.document, section.headingSpan), command: { title: formatSummary(summarizeItems(items)), command: NO_COMMAND } }],
	);
};

/**
 * The outermost action-items sections ("## Action items", not its "### Process" sub-headings), each with
 * the items inside it.
 */
export function actionSections(doc: PostmortemDocument): { section: Section; items: ActionItem[] }[] {
	const sections = doc.sections.filter((section) => section.kind === 'action-items' && !insideActionSection(doc, section));
	return sections.map((section) => ({
		section,
		items: doc.actionItems.filter((item) => section.span.start <= item.span.start && item.span.start < section.span.end),
	}));
}

function insideActionSection(doc: PostmortemDocument, section: Section): boolean {
	for (let index = section.parentIndex; index !== undefined; index = doc.sections[index].parentIndex) {
		if (doc.sections[index].effectiveKind === 'action-items') {
			return true;
		}
	}
	return false;
}
