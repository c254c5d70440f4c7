import type { ActionItem } from '../../model/types';
import type { Rule, RuleContext } from '../rule';
import wordLists from './data/action-item-words.json';
import { addDays, formatDueDate } from './dates';
import { isOpen } from './item-text';

const vagueDates = new Set(wordLists['vague-due-dates']);

/** "ASAP", "soon", "TBD": a due field that names no date. */
export function hasVagueDueDate(item: ActionItem): boolean {
	if (item.due === undefined || item.due.date !== undefined) {
		return false;
	}
	const text = trimEndMarks(item.due.text.toLowerCase()).trim();
	return vagueDates.has(text) || /^(?:asap|tbd|tba|soon)\b/u.test(text);
}

function trimEndMarks(text: string): string {
	let end = text.length;
	while (end > 0 && '*_.!'.includes(text[end - 1])) {
		end--;
	}
	return text.slice(0, end);
}

export const vagueDueDate: Rule = {
	id: 'action-item/vague-due-date',
	category: 'action-item',
	description: 'A due date is a date: "ASAP", "soon" and "TBD" give nobody a day to check against.',
	defaultSeverity: 'warning',
	// Field labels are read in English (Owner:, Due:): on other languages the rule would misfire.
	englishOnly: true,
	check(context: RuleContext): void {
		const { doc } = context;
		const proposed = formatDueDate(doc, addDays(context.today, 14));
		for (const item of doc.actionItems) {
			if (!isOpen(item) || item.due === undefined || !hasVagueDueDate(item)) {
				continue;
			}
			context.report({
				span: item.due.span,
				message: `"${item.due.text}" is not a date: nobody can tell when this is late. Pick a day (${proposed}).`,
				fixes: [{ title: `Replace with ${proposed}`, edits: [{ span: item.due.span, newText: proposed, snippet: `\${1:${proposed}}` }] }],
			});
		}
	},
};
