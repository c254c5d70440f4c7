/**
 * Hover on an Action items heading: the summary line, then which items lack an owner, a date or a ticket,
 * by line, so the author can go and fill them in.
 */
import type { Hover } from 'vscode-languageserver';
import { hasDueDate, hasOwner, isTracked } from '../model/action-item-groups';
import type { ActionItem } from '../model/types';
import { formatSummary, summarizeItems } from '../rules/action-item/summary';
import { hasVagueDueDate } from '../rules/action-item/vague-due-date';
import { actionSections } from './action-item-code-lens';
import { spanToRange } from './positions';
import type { HoverProvider } from './providers';

/** At most this many line numbers per list, so a huge table does not make a huge hover. */
const maxLines = 12;

export const actionItemHover: HoverProvider = (context, offset) => {
	const found = actionSections(context.analysis.doc).find(({ section }) => section.headingSpan.start <= offset && offset <= section.headingSpan.end);
	if (found === undefined || found.items.length === 0) {
		return undefined;
	}
	const { section, items } = found;
	const open = items.filter((item) => item.status !== 'done');
	const lines = [`**${formatSummary(summarizeItems(items))}**`, '', `${items.length - open.length} done, ${open.length} open or not marked.`];
	const gaps: [string, (item: ActionItem) => boolean][] = [
		['No owner', (item) => !hasOwner(item)],
		['No due date', (item) => !hasDueDate(item) || hasVagueDueDate(item)],
		['Not tracked', (item) => !isTracked(item)],
	];
	for (const [label, lacks] of gaps) {
		const missing = open.filter(lacks).map((item) => item.line + 1);
		if (missing.length > 0) {
			const shown = missing.slice(0, maxLines).join(', ');
			lines.push(`- ${label}: line${missing.length === 1 ? '' : 's'} ${shown}${missing.length > maxLines ? ', …' : ''}`);
		}
	}
	return { contents: { kind: 'markdown', value: lines.join('\n') }, range: spanToRange(context.document, section.headingSpan) } satisfies Hover;
};
