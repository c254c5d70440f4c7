import { copulas, determiners } from './lexicon';
import data from './data/human-error.json';
import { norm, sentenceHas, type SentenceView } from './clauses';
import { asserted, blameHits, isHeading, withoutOverlaps, type BlameHit } from './common';
import { replaceWordsEdit } from './fixes';
import { isPeoplePossessive, mentionsPeople, nounPhraseAfter } from './subjects';
import type { Fix, Problem, Rule } from '../rule';

const causalWords: ReadonlySet<string> = new Set(data.causalWords);
const designFraming: ReadonlySet<string> = new Set(data.designFraming);

const causeMessage = '“Human error” ends the inquiry at the last person who touched the system — which gap in process or tooling let it through?';
const pinnedMessage = 'Pins the mistake on a person — what made it easy to make and hard to catch?';

/** Given as the cause: a causal word in the sentence, or identified by a copula ("it was human error"). */
function givenAsCause(view: SentenceView, first: number): boolean {
	if (sentenceHas(view, causalWords)) {
		return true;
	}
	for (let k = Math.max(0, first - 6); k < first; k++) {
		if (copulas.has(norm(view, k))) {
			return true;
		}
	}
	return copulas.has(norm(view, first + 1)) || copulas.has(norm(view, first + 2));
}

/** The sentence treats human error as something a system should expect or prevent ("made human error likely"). */
function framedAsDesign(view: SentenceView): boolean {
	return sentenceHas(view, designFraming);
}

function checkHumanError(blame: BlameHit): Problem | undefined {
	const { view, first, last } = blame;
	if (!asserted(blame) || framedAsDesign(view) || !givenAsCause(view, first)) {
		return undefined;
	}
	return { span: blame.hit.span, message: causeMessage, fixes: [gapFix(view, first, last)] };
}

/** "human error" → "a gap in ${1:process or tooling}" (taking "a"/"an" before it along). */
function gapFix(view: SentenceView, first: number, last: number): Fix {
	const plural = norm(view, last).endsWith('s');
	const previous = norm(view, first - 1);
	const start = previous === 'a' || previous === 'an' ? first - 1 : first;
	const article = plural || (start === first && determiners.has(previous)) ? '' : 'a ';
	const noun = plural ? 'gaps in' : 'gap in';
	const edit = replaceWordsEdit(view, start, last, `${article}${noun} process or tooling`, `${article}${noun} \${1:process or tooling}`);
	return { title: `Replace with “${article}${noun} …”`, edits: [edit], preferred: true };
}

/** "a mistake by the operator", "a typo made by the admin", "Sam's typo", "an error on Sam's part". */
function checkPinnedMistake(blame: BlameHit): Problem | undefined {
	const { view, first, last, roster } = blame;
	if (!asserted(blame) || framedAsDesign(view)) {
		return undefined;
	}
	let next = last + 1;
	if (norm(view, next) === 'made') {
		next++;
	}
	const agent = norm(view, next) === 'by' || norm(view, next) === 'from' ? nounPhraseAfter(view, next + 1) : undefined;
	const byPeople = agent !== undefined && mentionsPeople(view, agent.first, agent.last, roster);
	const onTheirPart = norm(view, next) === 'on' && isPeoplePossessive(view, next + 1, roster) && norm(view, next + 2) === 'part';
	// "Sam's typo", "his silly mistake"; "their" is left out: it as often means systems ("the pods and their errors").
	let possessed = false;
	for (let k = Math.max(0, first - 2); k < first; k++) {
		possessed ||= norm(view, k) !== 'their' && isPeoplePossessive(view, k, roster);
	}
	return byPeople || onTheirPart || possessed ? { span: blame.hit.span, message: pinnedMessage } : undefined;
}

export const humanError: Rule = {
	id: 'blame/human-error',
	category: 'blame',
	description: '"Human error", "operator error" or a mistake pinned on a person, given as the cause.',
	defaultSeverity: 'warning',
	englishOnly: true,
	// The first list is the one a team's `phrases` extend (see docs/rules/blame/human-error.md).
	phraseLists: { 'human-error': data['human-error'], mistakes: data.mistakes },
	check(context) {
		const problems: Problem[] = [];
		for (const blame of blameHits(context.doc, context.phraseHits)) {
			if (isHeading(context.doc, blame.hit.sentence)) {
				continue;
			}
			const problem = blame.hit.list === 'mistakes' ? checkPinnedMistake(blame) : checkHumanError(blame);
			if (problem !== undefined) {
				problems.push(problem);
			}
		}
		withoutOverlaps(problems).forEach((problem) => context.report(problem));
	},
};
