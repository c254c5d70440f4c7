import data from './data/minimising.json';
import { breakBefore, clauseEnd, clauseStart, norm, rawWords, reach, type SentenceView } from './clauses';
import { asserted, blameHits, withoutOverlaps, type BlameHit } from './common';
import { deleteWordsFix, isAdverb } from './fixes';
import { actNouns, conductNouns, copulas, mistakeNouns } from './lexicon';
import { agentOfWord, clauseSubject, isPeople, nounPhraseAfter, subjectOf, type Roster } from './subjects';
import type { Fix, Problem, Rule } from '../rule';

const easeWords: ReadonlySet<string> = new Set(data.easeWords);
const easeTargets: ReadonlySet<string> = new Set(data.easeTargets);
const errorSignals: ReadonlySet<string> = new Set(data.errorSignals);
const possessionVerbs: ReadonlySet<string> = new Set(data.possessionVerbs);

function messageFor(word: string): string {
	return `“${word}” makes what someone did sound foolish — it was not obvious at the time; say what made it easy to get wrong.`;
}

/** The first error word after the adverb in its clause (or the next clause, after "Obviously, …"). */
function errorAfter(view: SentenceView, adverb: number): number {
	const from = adverb + 1;
	const to = breakBefore(view, from) && adverb === clauseStart(view, adverb) ? clauseEnd(view, from) : clauseEnd(view, adverb);
	for (let k = from; k < Math.min(to, from + reach); k++) {
		const word = norm(view, k);
		if (errorSignals.has(word) && !possessionVerbs.has(norm(view, k + 1)) && !possessionVerbs.has(norm(view, k + 2))) {
			return k;
		}
	}
	return -1;
}

/** "simply forgot", "obviously didn't test", "Obviously, the reviewer should have …", "clearly wrong" (of a change). */
function adverbJudgesPeople(view: SentenceView, adverb: number, roster: Roster): boolean {
	const signal = errorAfter(view, adverb);
	if (signal === -1) {
		return false;
	}
	if (agentOfWord(view, signal, roster) === 'person') {
		return true; // "obviously nobody tested …"
	}
	const subject = clauseSubject(view, signal, roster);
	return isPeople(subject) || (subject.index !== undefined && (actNouns.has(norm(view, subject.index)) || conductNouns.has(norm(view, subject.index))));
}

/** "a basic mistake", "a stupid decision", "the stupid engineer", "the mistake was obvious", "stupid of him". */
function adjectiveJudgesPeople(view: SentenceView, first: number, roster: Roster): boolean {
	const ease = easeWords.has(norm(view, first));
	const next = first + 1;
	const isPeopleAt = (k: number): boolean => isPeople({ kind: agentOfWord(view, k, roster), index: k, self: false });
	if (next < view.words.length && !breakBefore(view, next) && !copulas.has(norm(view, first - 1)) && norm(view, next) !== 'of') {
		const target = norm(view, next);
		return ease ? easeTargets.has(target) : mistakeNouns.has(target) || actNouns.has(target) || isPeopleAt(next);
	}
	if (norm(view, next) === 'of' && !ease) {
		const agent = nounPhraseAfter(view, next + 1);
		return agent !== undefined && isPeopleAt(agent.last);
	}
	if (!copulas.has(norm(view, first - 1))) {
		return false;
	}
	const subject = subjectOf(view, first - 1, roster);
	const head = subject.index === undefined ? '' : norm(view, subject.index);
	return ease ? easeTargets.has(head) : isPeople(subject) || mistakeNouns.has(head) || conductNouns.has(head);
}

function check(blame: BlameHit, text: string): Problem | undefined {
	const { view, first, last, roster } = blame;
	if (!asserted(blame)) {
		return undefined;
	}
	const words = view.words.slice(first, last + 1).map((word) => word.norm);
	const adverb = isAdverb(words) || words.join(' ') === 'of course';
	const single = words.length === 1;
	const judges = adverb ? adverbJudgesPeople(view, last, roster) : single ? adjectiveJudgesPeople(view, first, roster) : true;
	if (!judges) {
		return undefined;
	}
	const written = rawWords(view, first, last);
	const fix: Fix | undefined = adverb || (single && !copulas.has(norm(view, first - 1))) ? deleteWordsFix(text, view, first, last, `Remove “${written}”`) : undefined;
	return { span: blame.hit.span, message: messageFor(written.toLowerCase()), fixes: fix === undefined ? [] : [fix] };
}

export const minimising: Rule = {
	id: 'blame/minimising',
	category: 'blame',
	description: 'Words that make what someone did look foolish: "simply forgot", "obviously wrong", "a basic mistake", "stupid".',
	defaultSeverity: 'warning',
	englishOnly: true,
	// The first list is the one a team's `phrases` extend (see docs/rules/blame/minimising.md).
	phraseLists: { minimisers: data.minimisers },
	check(context) {
		const problems: Problem[] = [];
		for (const blame of blameHits(context.doc, context.phraseHits)) {
			const problem = check(blame, context.doc.text);
			if (problem !== undefined) {
				problems.push(problem);
			}
		}
		withoutOverlaps(problems).forEach((problem) => context.report(problem));
	},
};
