/** Counts for the Action items summary ("6 items · 4 owned · 3 dated · 2 tracked"). Pure. */
import { hasDueDate, hasOwner, isTracked } from '../../model/action-item-groups';
import type { ActionItem, PostmortemDocument } from '../../model/types';
import { hasVagueDueDate } from './vague-due-date';

export interface ActionItemSummary {
	readonly items: number;
	readonly owned: number;
	/** With a due date that is a date (not "ASAP" or "TBD"). */
	readonly dated: number;
	readonly tracked: number;
}

export function summarizeActionItems(doc: PostmortemDocument): ActionItemSummary {
	return summarizeItems(doc.actionItems);
}

export function summarizeItems(items: readonly ActionItem[]): ActionItemSummary {
	return {
		items: items.length,
		owned: items.filter(hasOwner).length,
		dated: items.filter((item) => hasDueDate(item) && !hasVagueDueDate(item)).length,
		tracked: items.filter(isTracked).length,
	};
}

/** "6 items · 4 owned · 3 dated · 2 tracked" */
export function formatSummary(summary: ActionItemSummary): string {
	const items = `${summary.items} ${summary.items === 1 ? 'item' : 'items'}`;
	return `${items} · ${summary.owned} owned · ${summary.dated} dated · ${summary.tracked} tracked`;
}
