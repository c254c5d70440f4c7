import { hasDueDate } from '../../model/action-item-groups';
import type { Rule, RuleContext } from '../rule';
import { addDays, formatDueDate } from './dates';
import { fieldFix } from './field-fix';
import { isOpen, itemLabelSpan } from './item-text';

/** The fix proposes a date this far out, as a placeholder the author overwrites. */
const proposedDays = 14;

export const missingDueDate: Rule = {
	id: 'action-item/missing-due-date',
	category: 'action-item',
	description: 'Every open action item has a due date, so it is time-bounded and can be followed up.',
	defaultSeverity: 'information',
	// Field labels are read in English (Owner:, Due:): on other languages the rule would misfire.
	englishOnly: true,
	check(context: RuleContext): void {
		const { doc } = context;
		const items = doc.actionItems.filter((item) => isOpen(item) && !hasDueDate(item));
		if (items.length === 0) {
			return;
		}
		const proposed = formatDueDate(doc, addDays(context.today, proposedDays));
		for (const item of items) {
			const { fix, missingColumn } = fieldFix(doc, item, 'due', { plain: proposed, snippet: `\${1:${proposed}}` });
			const where = missingColumn ? ' This table has no Due column: add one, or write the date in the row.' : '';
			context.report({
				span: itemLabelSpan(doc, item),
				message: `No due date: without one this item waits behind everything else. Add one (Due: ${proposed}).${where}`,
				fixes: [fix],
			});
		}
	},
};
