import data from './data/hindsight.json';
import { blameHits, withoutOverlaps } from './common';
import { checkConditional, checkCounterfactual, checkOmission } from './hindsight-checks';
import type { Problem, Rule } from '../rule';

const messages = {
	omissions: 'Frames an omission as a personal failing — what made this step easy to miss at the time?',
	counterfactuals: 'Hindsight about a person — say what they knew then, and what made the risk hard to see.',
	conditionals: 'A counterfactual about a person — what in the system would have made the safer action the easy one?',
} as const;

const checks = { omissions: checkOmission, counterfactuals: checkCounterfactual, conditionals: checkConditional } as const;

export const hindsight: Rule = {
	id: 'blame/hindsight',
	category: 'blame',
	description: 'Hindsight about people: "should have known", "forgot to", "had X double-checked …", with a person as subject.',
	defaultSeverity: 'warning',
	englishOnly: true,
	// The first list is the one a team's `phrases` extend (see docs/rules/blame/hindsight.md).
	phraseLists: { omissions: data.omissions, counterfactuals: data.counterfactuals, conditionals: data.conditionals },
	check(context) {
		const problems: Problem[] = [];
		for (const blame of blameHits(context.doc, context.phraseHits)) {
			const list = blame.hit.list as keyof typeof checks;
			const finding = checks[list](blame);
			if (finding !== undefined) {
				problems.push({ span: finding.span, message: messages[list], fixes: finding.fix === undefined ? [] : [finding.fix] });
			}
		}
		withoutOverlaps(problems).forEach((problem) => context.report(problem));
	},
};
