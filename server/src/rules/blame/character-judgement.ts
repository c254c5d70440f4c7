import data from './data/character-judgement.json';
import { breakBefore, norm, rawWords, type SentenceView } from './clauses';
import { asserted, blameHits, withoutOverlaps, type BlameHit } from './common';
import { deleteWordsFix, isAdverb } from './fixes';
import { actNouns, conductNouns, copulas } from './lexicon';
import { agentOfWord, clauseSubject, isPeople, isPeoplePossessive, nounPhraseAfter, type Agent, type Roster } from './subjects';
import type { Fix, Problem, Rule } from '../rule';

const intensifiers: ReadonlySet<string> = new Set(data.intensifiers);
const message = 'Judges a person’s character — describe what they saw and did, and what made that reasonable at the time.';

type Form = 'adverb' | 'noun' | 'verb' | 'adjective';

/** How a phrase is read, from its form (so phrases a team adds are read the same way). */
function formOf(words: readonly string[]): Form {
	const word = words[0];
	if (isAdverb(words)) {
		return 'adverb';
	}
	if ((words.length === 1 && /(?:ness|ence|ency|ance|ity|ion)$/.test(word)) || word === 'lack') {
		return 'noun';
	}
	return words.length > 1 || word.endsWith('ed') || word.startsWith('rubber') ? 'verb' : 'adjective';
}

/** A person, or how a person behaved ("the on-call response was lazy"); not an artefact ("the config was sloppy"). */
function peopleOrConduct(view: SentenceView, agent: Agent): boolean {
	return isPeople(agent) || (agent.index !== undefined && conductNouns.has(norm(view, agent.index)));
}

function isPeopleWord(view: SentenceView, index: number, roster: Roster): boolean {
	return index < view.words.length && !breakBefore(view, index) && isPeople({ kind: agentOfWord(view, index, roster), index, self: false });
}

/** "a careless engineer", "sloppy work", "Dave was careless", "the response was lazy", "lazy of the author". */
function adjectiveJudgesPeople(view: SentenceView, first: number, last: number, roster: Roster): boolean {
	const next = last + 1;
	const attributive = next < view.words.length && !breakBefore(view, next);
	if (attributive && (isPeopleWord(view, next, roster) || actNouns.has(norm(view, next)) || isPeopleWord(view, next + 1, roster))) {
		return true; // "a careless engineer", "sloppy work", "a careless new hire"
	}
	if (norm(view, next) === 'of') {
		const agent = nounPhraseAfter(view, next + 1);
		return agent !== undefined && isPeopleWord(view, agent.last, roster);
	}
	let before = first - 1;
	while (before >= 0 && before > first - 4 && intensifiers.has(norm(view, before))) {
		before--;
	}
	if (before >= 0 && copulas.has(norm(view, before))) {
		return peopleOrConduct(view, clauseSubject(view, first, roster)); // "Dave was careless"
	}
	// Qualifying something else ("lazy evaluation") or standing alone: only when the clause is about people.
	return !attributive && isPeople(clauseSubject(view, first, roster));
}

function judgesPeople(blame: BlameHit, form: Form): boolean {
	const { view, first, last, roster } = blame;
	switch (form) {
		case 'noun':
			return true;
		case 'adjective':
			return adjectiveJudgesPeople(view, first, last, roster);
		default: {
			const subject = clauseSubject(view, first, roster);
			const byPeople = norm(view, last + 1) === 'by' && isPeopleWord(view, nounPhraseAfter(view, last + 2)?.last ?? -1, roster);
			const possessive = first > 0 && isPeoplePossessive(view, first - 1, roster);
			return isPeople(subject) || subject.kind === 'unknown' || byPeople || possessive;
		}
	}
}

/** Dropping an adverb or an attributive adjective keeps the sentence's facts and loses only the judgement. */
function dropFix(text: string, blame: BlameHit, form: Form): Fix | undefined {
	if (form !== 'adverb' && form !== 'adjective') {
		return undefined;
	}
	const { view, first, last } = blame;
	if (form === 'adjective' && (copulas.has(norm(view, first - 1)) || last + 1 >= view.words.length)) {
		return undefined;
	}
	return deleteWordsFix(text, view, first, last, `Remove “${rawWords(view, first, last)}”`);
}

export const characterJudgement: Rule = {
	id: 'blame/character-judgement',
	category: 'blame',
	description: 'Judgements of a person\'s character: careless, sloppy, lazy, negligent, "dropped the ball", "wasn\'t paying attention".',
	defaultSeverity: 'warning',
	englishOnly: true,
	// The first list is the one a team's `phrases` extend (see docs/rules/blame/character-judgement.md).
	phraseLists: { judgements: data.judgements },
	check(context) {
		const problems: Problem[] = [];
		for (const blame of blameHits(context.doc, context.phraseHits)) {
			const form = formOf(blame.view.words.slice(blame.first, blame.last + 1).map((word) => word.norm));
			if (asserted(blame) && judgesPeople(blame, form)) {
				const fix = dropFix(context.doc.text, blame, form);
				problems.push({ span: blame.hit.span, message, fixes: fix === undefined ? [] : [fix] });
			}
		}
		withoutOverlaps(problems).forEach((problem) => context.report(problem));
	},
};
