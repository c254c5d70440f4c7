import type { ActionItem, CalendarDate, PostmortemDocument } from '../../model/types';
import type { Fix, Rule, RuleContext } from '../rule';
import { daysSince, formatDate } from './dates';
import { isOpen, itemLabelSpan, listItemOf } from './item-text';

const closedStatus = /\b(?:closed|complete|completed|done|resolved|final|published|finished)\b/iu;
const stillOpenStatus = /\b(?:in[ -]progress|open|draft|pending|ongoing|in review|wip|todo|outstanding|remaining)\b/iu;

/** The postmortem's own status says it is finished ("Status: Closed"), not "Complete – action items in progress". */
export function isClosedPostmortem(doc: PostmortemDocument): boolean {
	const status = doc.metadata.status ?? '';
	return closedStatus.test(status) && !stillOpenStatus.test(status);
}

/** A due date's year, taken from the incident date when the item leaves it out ("due Dec 15"). */
function withYear(date: CalendarDate, doc: PostmortemDocument): (CalendarDate & { readonly year: number }) | undefined {
	if (date.year !== undefined) {
		return { ...date, year: date.year };
	}
	const incident = doc.metadata.date;
	if (incident?.year === undefined) {
		return undefined;
	}
	const later = date.month > incident.month || (date.month === incident.month && date.day >= incident.day);
	return { ...date, year: later ? incident.year : incident.year + 1 };
}

function markDoneFix(doc: PostmortemDocument, item: ActionItem): Fix[] {
	const listItem = listItemOf(doc, item)?.listItem;
	if (item.form !== 'task' || listItem === undefined) {
		return [];
	}
	const box = listItem.task?.span ?? { start: listItem.contentSpan.start - 3, end: listItem.contentSpan.start };
	const written = doc.text.slice(box.start, box.end);
	const start = box.start + written.indexOf('[');
	return written.includes('[') ? [{ title: 'Mark this item done', edits: [{ span: { start, end: start + (written.includes('[ ]') ? 3 : 2) }, newText: '[x]' }] }] : [];
}

export const pastDue: Rule = {
	id: 'action-item/past-due',
	category: 'action-item',
	description: 'Open action items are not past their due date, and a postmortem marked closed has no open items left.',
	defaultSeverity: 'warning',
	check(context: RuleContext): void {
		const { doc } = context;
		const closed = isClosedPostmortem(doc);
		for (const item of doc.actionItems) {
			if (!isOpen(item)) {
				continue;
			}
			const due = item.due?.date === undefined ? undefined : withYear(item.due.date, doc);
			const late = due === undefined ? 0 : daysSince(due, context.today);
			if (item.due !== undefined && due !== undefined && late > 0) {
				context.report({
					span: item.due.span,
					message: `Due ${formatDate(due, 'YYYY-MM-DD')} passed ${late === 1 ? 'yesterday' : `${late} days ago`} and this item is not marked done: finish it, mark it done, or agree a new date.`,
					fixes: markDoneFix(doc, item),
				});
			} else if (closed && item.status === 'open') {
				context.report({
					span: itemLabelSpan(doc, item),
					message: `This postmortem is marked "${doc.metadata.status ?? 'closed'}" but this item is still open: finish it, or keep the postmortem open until it is.`,
					fixes: markDoneFix(doc, item),
				});
			}
		}
	},
};
