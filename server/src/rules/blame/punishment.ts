import data from './data/punishment.json';
import { norm, type SentenceView } from './clauses';
import { asserted, blameHits, withoutOverlaps, type BlameHit } from './common';
import { conductNouns, incidentNouns } from './lexicon';
import { agentOfWord, clauseSubject, isOutsider, isPeople, nounPhraseAfter, subjectOf } from './subjects';
import type { Problem, Rule } from '../rule';

const passiveAuxiliaries: ReadonlySet<string> = new Set(data.passiveAuxiliaries);
const message = 'Punishment talk makes people hide details next time — express responsibility as owned follow-up actions.';
const conductMessage = 'Calls a person’s conduct unacceptable — describe the conditions that made it likely, and what will change.';

/** "was fired", "has been let go", "lost his production access": a sanction on a person. */
function checkSanction({ view, first, roster }: BlameHit): boolean {
	const subject = subjectOf(view, first, roster);
	if (!isPeople(subject) || isOutsider(view, subject.index)) {
		return false;
	}
	const word = norm(view, first);
	if (word === 'lost' || word === 'removed' || word === 'taken' || word === 'banned') {
		return true;
	}
	// "fired", "terminated", "dismissed": only in the passive ("the alert fired" is a system; "Dave fired off a reply" is not a sanction).
	for (let k = Math.max(0, first - 3); k < first; k++) {
		if (passiveAuxiliaries.has(norm(view, k))) {
			return true;
		}
	}
	return false;
}

function incidentIn(view: SentenceView, first: number, last: number): boolean {
	for (let k = first; k <= last; k++) {
		if (incidentNouns.has(norm(view, k))) {
			return true;
		}
	}
	return false;
}

/** "hold the release team accountable (for the outage)"; not "accountable for delivering the fix". */
function checkAccountability({ view, first, last, roster }: BlameHit): boolean {
	let held = false;
	for (let k = Math.max(0, first - 6); k < first; k++) {
		held ||= ['hold', 'held', 'holding', 'holds'].includes(norm(view, k));
	}
	if (norm(view, last + 1) !== 'for') {
		return held;
	}
	const object = nounPhraseAfter(view, last + 2);
	const forIncident = object !== undefined && incidentIn(view, object.first, object.last);
	return forIncident && (held || isPeople(subjectOf(view, first, roster)));
}

/** "unacceptable" about a person or their conduct ("his behaviour was unacceptable"), not about an outage. */
function checkConduct({ view, first, last, roster }: BlameHit): boolean {
	if (norm(view, last + 1) === 'of' || norm(view, last + 1) === 'from') {
		const agent = nounPhraseAfter(view, last + 2);
		return agent !== undefined && isPeople({ kind: agentOfWord(view, agent.last, roster), index: agent.last, self: false });
	}
	const subject = clauseSubject(view, first, roster);
	return isPeople(subject) || (subject.index !== undefined && conductNouns.has(norm(view, subject.index)));
}

const checks: Readonly<Record<string, (blame: BlameHit) => boolean>> = {
	punishment: () => true,
	sanctions: checkSanction,
	accountability: checkAccountability,
	conduct: checkConduct,
};

export const punishment: Rule = {
	id: 'blame/punishment',
	category: 'blame',
	description: 'Punishment talk: "will be disciplined", "hold X accountable for the outage", "unacceptable" about a person.',
	defaultSeverity: 'warning',
	englishOnly: true,
	// The first list is the one a team's `phrases` extend (see docs/rules/blame/punishment.md).
	phraseLists: { punishment: data.punishment, sanctions: data.sanctions, accountability: data.accountability, conduct: data.conduct },
	check(context) {
		const problems: Problem[] = [];
		for (const blame of blameHits(context.doc, context.phraseHits)) {
			if (asserted(blame) && checks[blame.hit.list](blame)) {
				problems.push({ span: blame.hit.span, message: blame.hit.list === 'conduct' ? conductMessage : message });
			}
		}
		withoutOverlaps(problems).forEach((problem) => context.report(problem));
	},
};
