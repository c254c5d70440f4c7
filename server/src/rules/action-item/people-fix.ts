import type { Word } from '../../model/words';
import type { PhraseHit, Rule, RuleContext } from '../rule';
import phrases from './data/people-fix.json';
import wordLists from './data/action-item-words.json';
import { hitsInItem, isLeadHit, isOpen, readItemWords, type ItemWords } from './item-text';

const mechanisms = new Set(wordLists.mechanisms);

export const peopleFixLists = { people: phrases.people, 'people-rule': phrases['people-rule'], 'people-lead': phrases['people-lead'] };

/**
 * The phrase that makes the item a people-fix, or undefined. An opening "Train…", "Remind…", "Be more
 * careful…" or a rule addressed to people ("engineers must follow…") decides it; elsewhere in the item a
 * people phrase counts only when no mechanism (a check, a script, CI, a scheduled drill) is named beside it.
 */
export function peopleFixHit(words: ItemWords, hits: readonly PhraseHit[]): PhraseHit | undefined {
	const inside = hitsInItem(words, hits).filter((hit) => hit.list in peopleFixLists);
	const decisive = inside.find((hit) => hit.list === 'people-rule' || (hit.list === 'people-lead' && isLeadHit(words, hit)));
	if (decisive !== undefined) {
		return decisive;
	}
	const people = inside.find((hit) => hit.list === 'people');
	return people !== undefined && !namesMechanism(words.words) ? people : undefined;
}

function namesMechanism(words: readonly Word[]): boolean {
	return words.some((word) => mechanisms.has(word.norm));
}

export const peopleFix: Rule = {
	id: 'action-item/people-fix',
	category: 'action-item',
	description: 'Action items change the system, not how hard people try: no "be more careful", "communicate better" or "train the team" without a mechanism.',
	defaultSeverity: 'warning',
	englishOnly: true,
	phraseLists: peopleFixLists,
	check(context: RuleContext): void {
		for (const item of context.doc.actionItems) {
			if (!isOpen(item)) {
				continue;
			}
			const hit = peopleFixHit(readItemWords(context.doc, item), context.phraseHits);
			if (hit !== undefined) {
				const written = context.doc.text.slice(hit.span.start, hit.span.end);
				context.report({
					span: hit.span,
					message: `"${written}" relies on people's care, memory or knowledge, not on the system. What check, tool or automation would catch this next time, whoever is on call?`,
				});
			}
		}
	},
};
