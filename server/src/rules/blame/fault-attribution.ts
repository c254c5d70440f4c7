import data from './data/fault-attribution.json';
import { asserted, blameHits, withoutOverlaps, type BlameHit } from './common';
import { checkCausation } from './fault-causation';
import { clauseEnd, clauseStart, norm, reach } from './clauses';
import { incidentNouns } from './lexicon';
import { agentOfWord, isPeople, isPeoplePossessive, mentionsPeople, nounPhraseAfter, subjectOf } from './subjects';
import type { Problem, Rule } from '../rule';

export const faultMessage = 'Names a person as the cause — what in the system made this action possible?';

/** A generic attribution phrase: asserted, and about people (its subject or what follows it), not a system. */
function checkAttribution(blame: BlameHit): boolean {
	const { view, first, last, roster } = blame;
	if (!asserted(blame)) {
		return false;
	}
	const subject = subjectOf(view, first, roster);
	const object = nounPhraseAfter(view, last + 1);
	const objectPeople = object !== undefined && mentionsPeople(view, object.first, object.last, roster);
	const phrasePeople = mentionsPeople(view, first, last, roster);
	if (isPeople(subject) || objectPeople || phrasePeople) {
		return true;
	}
	return subject.kind !== 'system' && object === undefined;
}

/** "Dave's fault", "entirely his fault", "the intern's own fault". */
function checkFault({ view, first, roster }: BlameHit): boolean {
	for (let k = Math.max(0, first - 3); k < first; k++) {
		if (isPeoplePossessive(view, k, roster)) {
			return true;
		}
	}
	return false;
}

/** "The culprit was Alex's hotfix": a culprit that is a person or a person's doing. */
function checkCulprit({ view, first, roster }: BlameHit): boolean {
	const from = Math.max(clauseStart(view, first), first - reach);
	const to = Math.min(clauseEnd(view, first) - 1, first + reach);
	for (let k = from; k <= to; k++) {
		if (k !== first && (isPeoplePossessive(view, k, roster) || isPeople({ kind: agentOfWord(view, k, roster), index: k, self: false }))) {
			return true;
		}
	}
	return false;
}

/** "responsible for this outage", "responsibility for the data loss rests with …", "is on the payments team". */
function checkResponsibility(blame: BlameHit): boolean {
	const { view, first, last, roster } = blame;
	const object = nounPhraseAfter(view, last + 1);
	const phrase = view.words.slice(first, last + 1).map((word) => word.norm);
	if (phrase[0] === 'responsible') {
		return object !== undefined && hasIncidentNoun(blame, object.first, object.last) && isPeople(subjectOf(view, first, roster));
	}
	if (phrase[0] === 'responsibility') {
		return object !== undefined && hasIncidentNoun(blame, object.first, object.last) && mentionsPeople(view, object.last + 1, view.words.length - 1, roster);
	}
	const head = object === undefined ? -1 : object.last;
	const toPeople = head !== -1 && isPeople({ kind: agentOfWord(view, head, roster), index: head, self: false });
	if (phrase[phrase.length - 1] === 'on') {
		const subject = subjectOf(view, first, roster);
		const about = subject.index !== undefined && (incidentNouns.has(norm(view, subject.index)) || ['this', 'that', 'it', 'one'].includes(norm(view, subject.index)));
		return toPeople && about;
	}
	return toPeople; // "is down to the support team"
}

function hasIncidentNoun({ view }: BlameHit, first: number, last: number): boolean {
	for (let k = first; k <= last; k++) {
		if (incidentNouns.has(norm(view, k))) {
			return true;
		}
	}
	return false;
}

const checks: Readonly<Record<string, (blame: BlameHit) => boolean>> = {
	attribution: checkAttribution,
	fault: (blame) => asserted(blame) && checkFault(blame),
	culprit: (blame) => asserted(blame) && checkCulprit(blame),
	causation: checkCausation,
	responsibility: (blame) => asserted(blame) && checkResponsibility(blame),
};

export const faultAttribution: Rule = {
	id: 'blame/fault-attribution',
	category: 'blame',
	description: 'Fault pinned on a person or team: "Dave\'s fault", "the blame lies with", "caused by the intern", "the outage is on the payments team".',
	defaultSeverity: 'warning',
	englishOnly: true,
	// The first list is the one a team's `phrases` extend (see docs/rules/blame/fault-attribution.md).
	phraseLists: {
		attribution: data.attribution,
		fault: data.fault,
		culprit: data.culprit,
		causation: data.causation,
		responsibility: data.responsibility,
	},
	check(context) {
		const problems: Problem[] = [];
		for (const blame of blameHits(context.doc, context.phraseHits)) {
			if (checks[blame.hit.list](blame)) {
				problems.push({ span: blame.hit.span, message: faultMessage });
			}
		}
		withoutOverlaps(problems).forEach((problem) => context.report(problem));
	},
};
