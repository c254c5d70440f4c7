import { isTracked } from '../../model/action-item-groups';
import type { Rule, RuleContext } from '../rule';
import { isOpen, itemLabelSpan } from './item-text';

export const untracked: Rule = {
	id: 'action-item/untracked',
	category: 'action-item',
	description: 'Open action items link an issue (ABC-123, #123, a URL) so their progress can be checked after the review.',
	defaultSeverity: 'information',
	check(context: RuleContext): void {
		const { doc } = context;
		for (const item of doc.actionItems) {
			if (isOpen(item) && !isTracked(item)) {
				const where = item.table !== undefined && item.table.trackingColumn === undefined ? ' (this table has no Ticket column)' : '';
				context.report({
					span: itemLabelSpan(doc, item),
					message: `Not tracked${where}: file an issue and put its key or link here, so someone can check this got done.`,
				});
			}
		}
	},
};
