/**
 * Whether an open-sounding action item commits to something later in its words (used by vague): a
 * decision named anywhere ("decide in an ADR"), a change after "and"/"then" ("…and fix it", "…and lower
 * the threshold to 10 s"), a clause the scope reader says closes it ("…; done when…"), a later clause that
 * makes a particular thing or records the answer in a named place, or a schedule that makes the work a
 * standing mechanism. "As needed" leaves the change open, and telling people the results changes nothing.
 * Pure, per item.
 */
import { memoByObject } from '../../memo';
import type { Action } from './item-grammar';
import { readObject } from './item-object';
import { closedLater, headIsArtefact } from './item-scope';
import { firstAtOrAfter, type ItemWords } from './item-text';
import type { Token } from './item-tokens';
import { nouns, verbs } from './lexicon';

/**
 * The item names the decision that closes it ("decide in an ADR") or commits to a change ("…and fix it").
 * Kept per action: vague asks it from several readings of one item.
 */
export const closes: (action: Action) => boolean = memoByObject(closesNow);

function closesNow(action: Action): boolean {
	const { tokens } = action;
	// "Write a proposal on…": the predicate's own noun is the deliverable, not the decision that closes it.
	for (let index = 0; index < tokens.length; index++) {
		const decision = (index < action.from || index >= action.to) && index >= (action.topic?.to ?? 0) ? verbs.longest(tokens, index, ['decisions']) : undefined;
		// "the pick path": a verb of choosing after a determiner is a noun's modifier, no decision.
		const nounUse = choosing(tokens[index]) && ['the', 'a', 'an', 'our', 'this', 'that', 'its'].includes(tokens[index - 1]?.norm ?? '');
		if (decision !== undefined && !nounUse && !modifiesNext(tokens, index + decision.length, choosing(tokens[index]))) {
			return true;
		}
	}
	// "Review and update our runbooks as needed": a change made only as needed commits to none.
	if (asNeeded(tokens, action.end)) {
		return false;
	}
	if (closedLater(tokens, action.to)) {
		return true;
	}
	// "Improve monitoring and alerting": a gerund after "and" joins the object, unless the predicate is one too;
	// "Strengthen monitoring of queues and caches": so does a plural, unless the predicate is one ("adds … and caches").
	const gerunds = tokens[action.from].norm.endsWith('ing');
	const plurals = tokens[action.from].norm.endsWith('s');
	for (let index = action.to; index < tokens.length - 1; index++) {
		if ((tokens[index].norm === 'and' || tokens[index].norm === 'then') && committedVerbAfter(tokens, index + 1, gerunds, plurals)) {
			return true;
		}
	}
	return false;
}

const tellingVerbs = verbs.mask(['human-acts', 'people', 'collaboration', 'people-sharing']);

/** "as needed", "if necessary", "where appropriate", "as required": a condition that leaves the change open. */
function asNeeded(tokens: readonly Token[], end: number): boolean {
	for (let index = 0; index < Math.min(end, tokens.length) - 1; index++) {
		if (['as', 'if', 'where', 'when'].includes(tokens[index].norm) && ['needed', 'necessary', 'appropriate', 'required', 'applicable'].includes(tokens[index + 1].norm) && (index + 2 >= end || tokens[index + 2].gap.trim() !== '')) {
			return true;
		}
	}
	return false;
}

/** A change verb at `index`, or after at most two hedges ("and possibly limit", "and if needed fix"). */
function committedVerbAfter(tokens: readonly Token[], index: number, gerunds: boolean, plurals: boolean): boolean {
	for (let next = index; next < Math.min(index + 3, tokens.length); next++) {
		const norm = tokens[next].norm;
		if ((!gerunds && norm.endsWith('ing')) || (!plurals && norm.endsWith('s') && !norm.endsWith('ss') && tokens[next].forms.length > 1)) {
			return false;
		}
		// "…and report back", "…and let the team know": telling people the results changes nothing.
		if (changeVerbAt(tokens, next) && !verbs.isAny(tokens[next], tellingVerbs)) {
			return true;
		}
		// "…and lower the replica lag threshold to 10 s": an improvement with a measure is a change.
		if (verbs.longest(tokens, next, ['improvement']) !== undefined && tokens.slice(next + 1, next + 10).some((token) => /\d/u.test(token.norm))) {
			return true;
		}
		if (!verbs.is(tokens[next], 'hedges')) {
			return false;
		}
	}
	return false;
}

/**
 * A verb that changes something: a change verb ("fix", "pin"), one whose last hyphenated part is one
 * ("hard-code", "auto-scale"), or a general verb acting on what was just worked out ("set it in…",
 * "make them the default").
 */
export function changeVerbAt(tokens: readonly Token[], index: number): boolean {
	let last = index;
	let joined = tokens[index].norm;
	while (tokens[last + 1]?.word === tokens[index].word) {
		last++;
		joined += tokens[last].norm;
	}
	if (last > index && verbs.hasForm(joined, 'change')) {
		return true;
	}
	if (verbs.longest(tokens, last, ['change']) === undefined) {
		return false;
	}
	// "…and set it in values.yaml" acts on what was worked out; "…and make it better" asks a quality of it.
	const quality = tokens[last + 2] !== undefined && (nouns.is(tokens[last + 2], 'quality') || nouns.isExactly(tokens[last + 2], 'comparatives'));
	return !verbs.is(tokens[last], 'do-wrappers') || (['it', 'them', 'this', 'that', 'these', 'those'].includes(tokens[last + 1]?.norm ?? '') && !quality);
}

/** Documents a decision word may name ("a decision record"); a thing after a decision noun makes it a modifier ("the recommendation infra"), a number a label ("Recommendation 2"). */
const decisionDocuments = new Set(['record', 'records', 'doc', 'document', 'log', 'note', 'notes', 'page', 'memo']);

function modifiesNext(tokens: readonly Token[], after: number, verb: boolean): boolean {
	const next = tokens[after];
	if (next === undefined || next.gap.trim() !== '' || decisionDocuments.has(next.norm)) {
		return false;
	}
	// "pick one", "choose Kasten": a verb of choosing decides, unless what it picks is generic ("decide next steps").
	if (verb) {
		return nouns.is(next, 'generic') && !nouns.isAny(next, pickable) && !['one', 'ones', 'between'].includes(next.norm);
	}
	return /\d/u.test(next.norm) || (nouns.isAny(next, thingNouns) && !nouns.is(next, 'function-words'));
}

const pickable = nouns.mask(['function-words', 'number-words']);

const thingNouns = nouns.mask(['generic', 'component-heads']);

/** "pick one", "choose a vendor": a verb of choosing decides whatever follows it. */
function choosing(token: Token): boolean {
	return ['decide', 'choose', 'pick', 'select', 'settle'].some((verb) => token.forms.includes(verb));
}

/**
 * "Look into the packet loss on the Frankfurt link: open an AWS support case with the traceroutes
 * attached", "…and write the root cause into RISK-1182": a later clause makes a particular thing — a
 * change verb on an object that names something, with no "more" or "better" — or records the answer in
 * a named place. A pronoun ("…; fix them") or a generic object names nothing.
 */
export function concreteClause(words: ItemWords, action: Action): boolean {
	const { tokens } = action;
	for (let index = action.to; index < tokens.length - 1; index++) {
		const opens = /[:;—–]/u.test(tokens[index].gap) || (['and', 'then'].includes(tokens[index - 1]?.norm ?? '') && index > action.to);
		const verb = opens ? verbs.longest(tokens, index, ['change', 'people-sharing']) : undefined;
		if (verb === undefined || verbs.is(tokens[index], 'hedges')) {
			continue;
		}
		const end = clauseEnd(tokens, index + verb.length);
		if (recordedAt(words, tokens, index + verb.length, end)) {
			return true;
		}
		const clause: Action = { ...action, kind: 'change', object: index + verb.length, end, topic: undefined };
		const object = readObject(words, clause);
		const particular = (object.strong || object.named || headIsArtefact(clause)) && object.quantityComparative === undefined && object.qualityComparative === undefined && object.unmeasuredQuantity === undefined;
		if (verb.list === 'change' && !verbs.is(tokens[index], 'do-wrappers') && !verbs.isAny(tokens[index], tellingVerbs) && particular) {
			return true;
		}
	}
	return false;
}

/** Where the clause from `from` ends: scanned from `from`, not from the item's start, since it is called per verb. */
function clauseEnd(tokens: readonly Token[], from: number): number {
	for (let index = from + 1; index < tokens.length; index++) {
		if (/[.;:—–]/u.test(tokens[index].gap)) {
			return index;
		}
	}
	return tokens.length;
}

/** "…into RISK-1182", "…in `postmortems/2026-11.md`": the answer is written to a named tracker item or file. */
function recordedAt(words: ItemWords, tokens: readonly Token[], from: number, end: number): boolean {
	for (let index = from; index < end; index++) {
		if (!['in', 'into', 'on', 'to'].includes(tokens[index].norm)) {
			continue;
		}
		const next = tokens[index + 1];
		// The item's tracking references are taken out of its words: one right after the preposition is where it goes.
		const until = next?.start ?? words.start + words.source.length;
		const ref = words.item.tracking[firstAtOrAfter(words.item.tracking, tokens[index].end)];
		const tracked = ref !== undefined && ref.span.start < until && words.source.slice(tokens[index].end - words.start, ref.span.start - words.start).trim() === '';
		if (tracked || (next !== undefined && index + 1 < end && (next.gap.includes('`') || (tokens[index + 2]?.word === next.word && /\d/u.test(tokens[index + 2].norm))))) {
			return true;
		}
	}
	return false;
}

const frequencies = new Set(['hourly', 'daily', 'nightly', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'yearly', 'annually']);
const periods = new Set(['day', 'night', 'week', 'month', 'quarter', 'year', 'sprint', 'release', 'deploy', 'morning', 'shift']);

/** "The change calendar is to be reviewed weekly", "Audit the admin group every quarter": a review on a schedule is a standing mechanism. */
export function recurring(action: Action): boolean {
	const { tokens } = action;
	for (let index = action.to; index < action.end; index++) {
		const every = ['every', 'each'].includes(tokens[index].norm) && (periods.has(tokens[index + 1]?.norm ?? '') || /\d/u.test(tokens[index + 1]?.norm ?? ''));
		if (frequencies.has(tokens[index].norm) || every) {
			return true;
		}
	}
	return false;
}
