import type { Rule, RuleContext } from '../rule';
import phrases from './data/vague.json';
import { ItemMemo, moved } from './item-memo';
import { isOpenForJudgement, itemLabelSpan } from './item-text';
import { judgeVague, type VagueJudgement, type VagueKind } from './item-vague';
import { readItem } from './item-people-fix';
import { peopleFixLists } from './people-fix';

const advice: Readonly<Record<VagueKind, string>> = {
	'non-committal': "doesn't commit to a change: say what will exist when this is done, or what decision closes it (and where it is recorded).",
	investigative: 'has no concrete object: name the component, the question to answer, and what happens with the answer.',
	improvement: 'names no target: say what changes and how you will know it is done (a threshold, a test, a config value).',
	'catch-all': 'describes a hope, not a change: name the change that stops this failure.',
	comparative: 'says "more" or "better" without a measure: what exactly, and how much?',
	'generic-object': 'names no concrete object: which one, for what, and how will you know it is done?',
};

/** Verdicts by item text, spans relative to the item's start (see item-memo.ts). */
const remembered = new ItemMemo<VagueJudgement>();

function relativeTo(judgement: VagueJudgement | undefined, base: number): VagueJudgement | undefined {
	return judgement?.span === undefined ? judgement : { ...judgement, span: moved(judgement.span, base, 0) };
}

export const vague: Rule = {
	id: 'action-item/vague',
	category: 'action-item',
	description: 'Action items say what will change when they are done: no "improve monitoring", "investigate", "consider…" or "add more tests" without a concrete object or measurable outcome.',
	defaultSeverity: 'warning',
	englishOnly: true,
	phraseLists: {
		'non-committal': phrases['non-committal'],
		'catch-all': phrases['catch-all'],
		'investigative-noun': phrases['investigative-noun'],
		...peopleFixLists,
	},
	check(context: RuleContext): void {
		const { doc } = context;
		for (const item of doc.actionItems) {
			if (!isOpenForJudgement(doc, item)) {
				continue;
			}
			const base = item.span.start;
			const judgement = remembered.get(doc, item, context.phraseHits, () => relativeTo(judgeVague(readItem(doc, item), context.phraseHits), base));
			if (judgement !== undefined) {
				const reported = judgement.span === undefined ? itemLabelSpan(doc, item) : moved(judgement.span, 0, base);
				const quoted = doc.text.slice(reported.start, Math.min(reported.end, reported.start + 60)).trim();
				context.report({ span: reported, message: `"${quoted}" ${advice[judgement.kind]}` });
			}
		}
	},
};
