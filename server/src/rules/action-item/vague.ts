import type { PhraseHit, Rule, RuleContext } from '../rule';
import { hasOnlyGenericObject, isConcrete } from './concreteness';
import phrases from './data/vague.json';
import wordLists from './data/action-item-words.json';
import { hitsInItem, isLeadHit, isOpen, itemLabelSpan, readItemWords, type ItemWords } from './item-text';
import { peopleFixHit, peopleFixLists } from './people-fix';

const decisions = new Set(wordLists.decisions);
const commitments = new Set(wordLists.commitments);
/** Trigger words never count as the concrete part of their own item ("Re-evaluate", "Consider"). */
const triggerWords = new Set(
	[...phrases['non-committal'], ...phrases.investigative, ...phrases.improvement].flatMap((phrase) => phrase.toLowerCase().split(/[\s()|]+/u)).filter((word) => word !== ''),
);

export interface VagueJudgement {
	readonly hit: PhraseHit | undefined;
	readonly kind: 'non-committal' | 'investigative' | 'improvement' | 'catch-all' | 'comparative' | 'generic-object';
}

/**
 * Why the item does not say what will exist when it is done, or undefined. People-fixes are left to
 * `action-item/people-fix`, whose message says more.
 */
export function judgeVague(words: ItemWords, hits: readonly PhraseHit[]): VagueJudgement | undefined {
	if (words.words.length === 0 || peopleFixHit(words, hits) !== undefined) {
		return undefined;
	}
	const inside = hitsInItem(words, hits);
	const lead = inside.find((hit) => (isLeadHit(words, hit) || isCoordinatedLead(words, hit)) && ['non-committal', 'investigative', 'improvement'].includes(hit.list));
	if (lead?.list === 'non-committal') {
		return words.words.some((word) => decisions.has(word.norm)) ? undefined : { hit: lead, kind: 'non-committal' };
	}
	const concrete = isConcrete(words, triggerWords);
	if (lead !== undefined) {
		return concrete || commitsToChange(words, lead) ? undefined : { hit: lead, kind: lead.list as VagueJudgement['kind'] };
	}
	const general = inside.find((hit) => hit.list === 'catch-all' || hit.list === 'comparative' || hit.list === 'investigative-noun');
	if (general !== undefined) {
		const kind = general.list === 'investigative-noun' ? 'investigative' : (general.list as VagueJudgement['kind']);
		return concrete ? undefined : { hit: general, kind };
	}
	return !concrete && hasOnlyGenericObject(words) ? { hit: undefined, kind: 'generic-object' } : undefined;
}

/**
 * "Identified and working on…", "Define and look into…": the second of two coordinated opening verbs
 * leads the action too, unless the first already commits to a change ("Document and think about X"
 * documents X whatever the thinking yields).
 */
function isCoordinatedLead(words: ItemWords, hit: PhraseHit): boolean {
	const list = words.words;
	for (const index of words.leads) {
		if (list[index + 1]?.norm === 'and' && list[index + 2]?.start === hit.span.start && !commitments.has(list[index].norm)) {
			return true;
		}
	}
	return false;
}

/** Words that may stand between "and" and the committed verb without withdrawing it ("and possibly limit"). */
const hedges = new Set(['then', 'also', 'maybe', 'possibly', 'possible', 'potentially', 'perhaps', 'probably', 'if', 'needed', 'necessary']);

/** "Investigate and fix the leak", "Review the thresholds and record changes": the item commits to a change too. */
function commitsToChange(words: ItemWords, lead: PhraseHit): boolean {
	const list = words.words;
	const after = list.findIndex((word) => word.start >= lead.span.end);
	for (let index = Math.max(after, 0); index < list.length - 1; index++) {
		if (list[index].norm === 'and' && committedVerbAfter(list, index + 1)) {
			return true;
		}
	}
	return false;
}

/** A commitment verb at `index`, or after at most two hedges ("and possibly limit", "and if needed fix"). */
function committedVerbAfter(list: ItemWords['words'], index: number): boolean {
	for (let next = index; next < Math.min(index + 3, list.length); next++) {
		if (commitments.has(list[next].norm)) {
			return true;
		}
		if (!hedges.has(list[next].norm)) {
			return false;
		}
	}
	return false;
}

const advice: Readonly<Record<VagueJudgement['kind'], string>> = {
	'non-committal': "doesn't commit to a change: say what will exist when this is done, or what decision closes it (and where it is recorded).",
	investigative: 'has no concrete object: name the component, the question to answer, and what happens with the answer.',
	improvement: 'names no target: say what changes and how you will know it is done (a threshold, a test, a config value).',
	'catch-all': 'describes a hope, not a change: name the change that stops this failure.',
	comparative: 'says "more" or "better" without a measure: what exactly, and how much?',
	'generic-object': 'names no concrete object: which one, for what, and how will you know it is done?',
};

export const vague: Rule = {
	id: 'action-item/vague',
	category: 'action-item',
	description: 'Action items say what will change when they are done: no "improve monitoring", "investigate", "consider…" or "add more tests" without a concrete object or measurable outcome.',
	defaultSeverity: 'warning',
	englishOnly: true,
	phraseLists: {
		'non-committal': phrases['non-committal'],
		investigative: phrases.investigative,
		improvement: phrases.improvement,
		'catch-all': phrases['catch-all'],
		comparative: phrases.comparative,
		'investigative-noun': phrases['investigative-noun'],
		...peopleFixLists,
	},
	check(context: RuleContext): void {
		const { doc } = context;
		for (const item of doc.actionItems) {
			if (!isOpen(item)) {
				continue;
			}
			const judgement = judgeVague(readItemWords(doc, item), context.phraseHits);
			if (judgement !== undefined) {
				const span = judgement.hit?.span ?? itemLabelSpan(doc, item);
				const quoted = doc.text.slice(span.start, Math.min(span.end, span.start + 60)).trim();
				context.report({ span, message: `"${quoted}" ${advice[judgement.kind]}` });
			}
		}
	},
};
