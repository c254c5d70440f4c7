import type { Span } from '../../model/types';
import type { Rule, RuleContext } from '../rule';
import phrases from './data/people-fix.json';
import { ItemMemo, moved } from './item-memo';
import { judgePeopleFix, readItem } from './item-people-fix';
import { isOpenForJudgement } from './item-text';

export const peopleFixLists = { people: phrases.people };

/** Verdicts by item text, spans relative to the item's start (see item-memo.ts). */
const remembered = new ItemMemo<Span>();

export const peopleFix: Rule = {
	id: 'action-item/people-fix',
	category: 'action-item',
	description: 'Action items change the system, not how hard people try: no "be more careful", "communicate better" or "train the team" without a mechanism.',
	defaultSeverity: 'warning',
	englishOnly: true,
	phraseLists: peopleFixLists,
	check(context: RuleContext): void {
		for (const item of context.doc.actionItems) {
			if (!isOpenForJudgement(context.doc, item)) {
				continue;
			}
			const base = item.span.start;
			const found = remembered.get(context.doc, item, context.phraseHits, () => {
				const judged = judgePeopleFix(readItem(context.doc, item), context.phraseHits);
				return judged === undefined ? undefined : moved(judged, base, 0);
			});
			const span = found === undefined ? undefined : moved(found, 0, base);
			if (span !== undefined) {
				const written = context.doc.text.slice(span.start, span.end);
				context.report({
					span,
					message: `"${written}" relies on people's care, memory or knowledge, not on the system. What check, tool or automation would catch this next time, whoever is on call?`,
				});
			}
		}
	},
};
