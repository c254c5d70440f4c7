import { hasOwner } from '../../model/action-item-groups';
import type { Rule, RuleContext } from '../rule';
import { fieldFix } from './field-fix';
import { isOpen, itemLabelSpan } from './item-text';

export const missingOwner: Rule = {
	id: 'action-item/missing-owner',
	category: 'action-item',
	description: 'Every open action item names an owner: a team or role (an individual is acceptable, a team survives reorganisations).',
	defaultSeverity: 'warning',
	// Field labels are read in English (Owner:, Due:): on other languages the rule would misfire.
	englishOnly: true,
	check(context: RuleContext): void {
		const { doc } = context;
		for (const item of doc.actionItems) {
			if (!isOpen(item) || hasOwner(item)) {
				continue;
			}
			const { fix, missingColumn } = fieldFix(doc, item, 'owner', { plain: '@', snippet: '@$1' });
			const where = missingColumn ? ' This table has no Owner column: add one, or name the owner in the row.' : '';
			context.report({
				span: itemLabelSpan(doc, item),
				message: `No owner: who will see this through? Name a team or role (Owner: @team).${where}`,
				fixes: [fix],
			});
		}
	},
};
