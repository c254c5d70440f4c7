/**
 * Causation with a person as the agent: "caused by the intern", "Sarah caused the outage", "Kim broke
 * production", "Tom's change took down login", "the outage happened because Marco pushed …". The authors
 * describing their own actions ("we caused") and outsiders (users, attackers) are left alone: the first
 * is owning the incident, the second is usually a plain fact about load or an attack.
 */
import { clauseStart, norm, reach, sentenceHas, type SentenceView } from './clauses';
import { asserted, type BlameHit } from './common';
import { actNouns, incidentNouns, mistakeNouns, plannedMarkers } from './lexicon';
import { isOutsider, isPeople, isPeoplePossessive, mentionsPeople, nounPhraseAfter, subjectOf, type Roster } from './subjects';
import { isPastOrParticiple } from './verbs';

const phrasalParticles: ReadonlySet<string> = new Set(['down', 'up', 'out', 'into', 'off', 'even', 'through', 'free', 'the']);

export function checkCausation(blame: BlameHit): boolean {
	if (!asserted(blame)) {
		return false;
	}
	const words = blame.view.words.slice(blame.first, blame.last + 1).map((word) => word.norm).join(' ');
	switch (words) {
		case 'caused by':
		case 'introduced by':
			return causedByPeople(blame);
		case 'because':
			return becausePeopleActed(blame);
		case 'caused':
			return agentIsPeople(blame) && incidentWithin(blame.view, blame.last + 1, 5);
		case 'broke':
			return !phrasalParticles.has(norm(blame.view, blame.last + 1)) && agentIsPeople(blame) && !planned(blame.view);
		default:
			return agentIsPeople(blame) && !planned(blame.view); // took down, brought down, knocked out
	}
}

/** "caused by the intern running …", "caused by Dave's change"; mistakes are left to blame/human-error. */
function causedByPeople({ view, last, roster }: BlameHit): boolean {
	const agent = nounPhraseAfter(view, last + 1);
	if (agent === undefined) {
		return false;
	}
	for (let k = agent.first; k <= agent.last; k++) {
		if (mistakeNouns.has(norm(view, k)) || isOutsider(view, k) || norm(view, k) === 'human') {
			return false;
		}
	}
	return mentionsPeople(view, agent.first, agent.last, roster);
}

/** The subject is a person or team other than the authors, or a person's doing ("Tom's change"). */
function agentIsPeople({ view, first, roster }: BlameHit): boolean {
	const subject = subjectOf(view, first, roster);
	if (isPeople(subject) && !subject.self && !isOutsider(view, subject.index)) {
		return true;
	}
	return possessedDoing(view, Math.max(clauseStart(view, first), first - reach), first, roster);
}

function possessedDoing(view: SentenceView, from: number, to: number, roster: Roster): boolean {
	for (let k = from; k < to - 1; k++) {
		if (isPeoplePossessive(view, k, roster) && (actNouns.has(norm(view, k + 1)) || actNouns.has(norm(view, k + 2)) || actNouns.has(norm(view, k + 3)))) {
			return true;
		}
	}
	return false;
}

function incidentWithin(view: SentenceView, from: number, count: number): boolean {
	for (let k = from; k < Math.min(view.words.length, from + count); k++) {
		if (incidentNouns.has(norm(view, k))) {
			return true;
		}
	}
	return false;
}

function planned(view: SentenceView): boolean {
	return sentenceHas(view, plannedMarkers);
}

/** "The outage happened because Marco pushed an untested config": an incident, then a person's action as the reason. */
function becausePeopleActed({ view, first, roster }: BlameHit): boolean {
	const from = Math.max(clauseStart(view, first), first - reach);
	if (!incidentWithin(view, from, first - from)) {
		return false;
	}
	for (let k = first + 2; k < Math.min(view.words.length, first + 6); k++) {
		const word = norm(view, k);
		if (word === 'had' || word === 'was' || word === 'were' || word === 'did' || word === "didn't") {
			return false;
		}
		if (isPastOrParticiple(word)) {
			const subject = subjectOf(view, k, roster);
			return isPeople(subject) && !subject.self && !isOutsider(view, subject.index);
		}
	}
	return false;
}
