/**
 * The three shapes of hindsight about people, each read from the clause around a phrase hit:
 * - omissions: a person "forgot to", "failed to", "ignored", "missed" something;
 * - counterfactual modals: a person "should have", "could have", "must have known";
 * - counterfactual conditionals: "Had Maria checked …", "If the reviewer had actually read …".
 * Each returns the span to report, or undefined when the context says this is not about a person
 * (a system subject, a reason given, a future plan, a negation that excuses).
 */
import type { Span } from '../../model/types';
import type { Fix, SpanEdit } from '../rule';
import { breakBefore, explainedAfter, findWord, norm, opensSentence, reach, sentenceMatches, wordsSpan, type SentenceView } from './clauses';
import { asserted, type BlameHit } from './common';
import { becauseInsertion, replaceWordsEdit } from './fixes';
import { attemptVerbs, auxiliaries, cognitionParticiples, hypotheticalModals, negations, personPronouns, skipBeforeVerb, unmetTargets } from './lexicon';
import { isPeople, subjectOf, type Agent, type Roster } from './subjects';
import { baseForm, isPastOrParticiple, simplePast } from './verbs';

/** Verbs that can have a system as subject ("the health check failed to …"): they need a person subject. */
const sharedWithSystems: ReadonlySet<string> = new Set(['failed', 'ignored', 'missed', 'overlooked', 'neglected', 'lost']);

export interface HindsightFinding {
	readonly span: Span;
	readonly fix: Fix | undefined;
}

function subjectForPhrase(blame: BlameHit): Agent {
	const { view, first } = blame;
	if (personPronouns.has(norm(view, first)) || norm(view, first) === 'no') {
		return { kind: 'person', index: first, self: false };
	}
	return subjectOf(view, first, blame.roster);
}

function humanSubject(subject: Agent, firstWord: string): boolean {
	return isPeople(subject) || (subject.kind === 'unknown' && !sharedWithSystems.has(firstWord));
}

export function checkOmission(blame: BlameHit): HindsightFinding | undefined {
	const { view, first, last } = blame;
	const firstWord = norm(view, first);
	if (!asserted(blame) || explainedAfter(view, last + 1) || !humanSubject(subjectForPhrase(blame), firstWord)) {
		return undefined;
	}
	if (firstWord === 'failed' && attemptVerbs.has(norm(view, last + 1))) {
		return undefined; // "failed to reach the DB team": an attempt that did not work
	}
	if (hypothetical(view, first) || missedTarget(view, last)) {
		return undefined;
	}
	return { span: blame.hit.span, fix: omissionFix(blame) };
}

/** "would have missed", "may have ignored": a hypothesis, not something the person did. */
function hypothetical(view: SentenceView, first: number): boolean {
	const before = norm(view, first - 1) === 'have' ? first - 2 : first - 1;
	return hypotheticalModals.has(norm(view, before)) || hypotheticalModals.has(norm(view, first - 1));
}

/** "we missed our SLO", "missed the deadline": a target not met is an outcome, not an omission. */
function missedTarget(view: SentenceView, last: number): boolean {
	for (let k = last + 1; k < Math.min(view.words.length, last + 4); k++) {
		if (unmetTargets.has(norm(view, k))) {
			return true;
		}
	}
	return false;
}

/** "forgot to renew" → "did not renew, because …"; "ignored the alert" → "did not act on the alert, because …". */
function omissionFix(blame: BlameHit): Fix | undefined {
	const { view, first, last } = blame;
	const words = view.words.slice(first, last + 1).map((word) => word.norm);
	const endsWithTo = words[words.length - 1] === 'to';
	let replaceLast = last;
	let replacement: string;
	if (endsWithTo) {
		replacement = words[0] === 'nobody' || words[0] === 'no' || words[0] === 'no-one' ? words.slice(0, -2).join(' ') : 'did not';
	} else if ((words[0] === 'forgot' || words[0] === 'neglected' || words[0] === 'forgotten') && norm(view, last + 1) === 'to') {
		replaceLast = last + 1;
		replacement = 'did not';
	} else if (words[words.length - 1] === 'ignored' || words[words.length - 1] === 'ignore') {
		replacement = 'did not act on';
	} else if (words[0] === 'missed' || words[0] === 'overlooked') {
		replacement = 'did not see';
	} else {
		return undefined;
	}
	const edits: SpanEdit[] = [replaceWordsEdit(view, first, replaceLast, replacement)];
	const because = explainedAfter(view, 0) ? undefined : becauseInsertion(view, replaceLast);
	if (because !== undefined) {
		edits.push(because);
	}
	return { title: `Rewrite as “${replacement} …, because …”`, edits, preferred: true };
}

/** Index of the verb after "have" (skipping adverbs), or -1. */
function participleAfter(view: SentenceView, index: number): number {
	let k = index;
	while (k < view.words.length && k < index + reach && skipBeforeVerb.has(norm(view, k)) && !auxiliaries.has(norm(view, k))) {
		k++;
	}
	return k < view.words.length && !breakBefore(view, k) ? k : -1;
}

export function checkCounterfactual(blame: BlameHit): HindsightFinding | undefined {
	const { view, first, last, roster } = blame;
	const verb = participleAfter(view, last + 1);
	if (verb === -1 || !asserted(blame) || explainedAfter(view, last + 1)) {
		return undefined;
	}
	const participle = norm(view, verb);
	const cognition = cognitionParticiples.has(participle);
	if (participle !== 'been' && !isPastOrParticiple(participle)) {
		return undefined; // "we should have a talk", "should have our validators up"
	}
	if (['nothing', 'little', 'no'].includes(norm(view, verb + 1))) {
		return undefined; // "she could have done nothing differently" excuses
	}
	if (norm(view, first) === 'must' && !cognition) {
		return undefined; // "Dave must have restarted it around 14:00": an inference, not a judgement
	}
	const subject = subjectOf(view, first, roster);
	if (!isPeople(subject) && !(subject.kind === 'unknown' && cognition)) {
		return undefined;
	}
	if (conditionedOnSystem(view, verb, roster)) {
		return undefined;
	}
	return { span: wordsSpan(view, first, verb), fix: counterfactualFix(view, first, verb) };
}

const conditions: ReadonlySet<string> = new Set(['if', 'unless']);

/** "… could have failed over sooner if the runbook had named the region": the condition is the system. */
function conditionedOnSystem(view: SentenceView, from: number, roster: Roster): boolean {
	const ifIndex = findWord(view, conditions, from, from + reach);
	if (ifIndex === -1) {
		return false;
	}
	const verb = findVerbAfter(view, ifIndex + 1);
	return verb !== -1 && !isPeople(subjectOf(view, verb, roster));
}

function findVerbAfter(view: SentenceView, from: number): number {
	for (let k = from; k < Math.min(view.words.length, from + 8); k++) {
		if (auxiliaries.has(norm(view, k)) || isPastOrParticiple(norm(view, k))) {
			return k;
		}
	}
	return -1;
}

/** "should have caught" → "did not catch, because …"; "should not have run" → "ran, because …". */
function counterfactualFix(view: SentenceView, first: number, verb: number): Fix | undefined {
	const modal = norm(view, first);
	const participle = norm(view, verb);
	if (modal === 'must' || participle === 'been') {
		return undefined;
	}
	const negative = view.words.slice(first, verb).some((word) => negations.has(word.norm));
	const base = baseForm(participle);
	const replacement = negative ? simplePast(participle) : base !== undefined ? `did not ${base}` : `had not ${participle}`;
	const edits: SpanEdit[] = [replaceWordsEdit(view, first, verb, replacement)];
	const because = explainedAfter(view, 0) ? undefined : becauseInsertion(view, verb);
	if (because !== undefined) {
		edits.push(because);
	}
	return { title: `Rewrite as “${replacement} …, because …”`, edits, preferred: true };
}

/** "Had Maria double-checked …" (clause-initial) or "if (only) the reviewer had actually read …". */
export function checkConditional(blame: BlameHit): HindsightFinding | undefined {
	const { view, first } = blame;
	if (!counterfactualSentence(view) || !asserted(blame)) {
		return undefined;
	}
	const word = norm(view, first);
	if (word === 'had' && (opensSentence(view, first) || breakBefore(view, first))) {
		const verb = participleWithin(view, first + 2, first + 7);
		return verb === -1 ? undefined : conditionalAbout(blame, verb, verb);
	}
	if (word === 'if') {
		const had = hadWithin(view, first + 2, first + 8);
		const verb = had === -1 ? -1 : participleAfter(view, had + 1);
		return verb === -1 ? undefined : conditionalAbout(blame, had, verb);
	}
	return undefined;
}

const consequence = /\b(?:would|could|might|wouldn't|couldn't)\b|'d\b/i;

/** A consequence clause makes "had …" a counterfactual rather than a question or a past perfect. */
function counterfactualSentence(view: SentenceView): boolean {
	return sentenceMatches(view, consequence);
}

/** The subject before `subjectVerb` must name people; the verb must be a positive past participle. */
function conditionalAbout(blame: BlameHit, subjectVerb: number, verb: number): HindsightFinding | undefined {
	const { view, first, roster } = blame;
	const participle = norm(view, verb);
	if (negations.has(norm(view, verb - 1)) || (participle !== 'been' && !isPastOrParticiple(participle))) {
		return undefined; // "had Jenny not escalated …" credits someone
	}
	return isPeople(subjectOf(view, subjectVerb, roster)) ? { span: wordsSpan(view, first, verb), fix: undefined } : undefined;
}

/** First past participle in words from..to (the subject sits before it), stopping at punctuation. */
function participleWithin(view: SentenceView, from: number, to: number): number {
	for (let k = from; k < Math.min(view.words.length, to); k++) {
		if (breakBefore(view, k)) {
			return -1;
		}
		if (isPastOrParticiple(norm(view, k))) {
			return k;
		}
	}
	return -1;
}

function hadWithin(view: SentenceView, from: number, to: number): number {
	for (let k = from; k < Math.min(view.words.length, to); k++) {
		if (breakBefore(view, k)) {
			return -1;
		}
		if (norm(view, k) === 'had') {
			return k;
		}
	}
	return -1;
}
