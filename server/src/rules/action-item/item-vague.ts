/**
 * The judgement behind action-item/vague: whether an open item shows evidence of a checkable outcome (a
 * name, code, number, link, end state, a definite thing described in full, or a committed change or
 * decision), read from the item's opening predicate and its object. The rule file reports; this decides.
 */
import type { Span } from '../../model/types';
import type { PhraseHit } from '../rule';
import type { Action } from './item-grammar';
import { purposeAfterEmptyObject, readObject, type ObjectReading } from './item-object';
import { phraseEnds, preventsTheIncident } from './item-prevention';
import { headClass, headIsArea, headIsAreaNoun, hedgedChange, hedgedGoal, particularProblem, namesOnlyWhere, objectHead, placeholderThing, statesEndState } from './item-scope';
import { changeVerbAt, closes, concreteClause, recurring } from './item-closes';
import { hitsInItem, type ItemWords } from './item-text';
import { tokensSpan, type Token } from './item-tokens';
import { nouns, verbs } from './lexicon';
import { judgePeopleFix, type ItemReading } from './item-people-fix';

export type VagueKind = 'non-committal' | 'investigative' | 'improvement' | 'catch-all' | 'comparative' | 'generic-object';

export interface VagueJudgement {
	/** What to point at; undefined for the item's first line. */
	readonly span: Span | undefined;
	readonly kind: VagueKind;
}

/**
 * Why the item does not say what will exist when it is done, or undefined. The opening predicate's class
 * sets the bar the object must clear: a non-committal "consider…" needs the decision that closes it; an
 * investigation, a conversation with someone or an improvement needs a named thing or a measure (or a
 * change it commits to: "investigate and fix…"); an assurance needs a state that is not a quality
 * ("make sure deploys are safer" is one); any other verb, or none, needs an object that is not generic
 * and a measure for any "better"/"faster". People-fixes are left to `action-item/people-fix`.
 */
export function judgeVague(reading: ItemReading, hits: readonly PhraseHit[]): VagueJudgement | undefined {
	const { action, object, words } = reading;
	if (action === undefined || object === undefined || judgePeopleFix(reading, hits) !== undefined) {
		return undefined;
	}
	const inside = hitsInItem(words, hits);
	const catchAll = inside.find((hit) => hit.list === 'catch-all' && inAction(action, hit.span));
	if (catchAll !== undefined && !object.strong) {
		return { span: catchAll.span, kind: 'catch-all' };
	}
	const goal = hedgedGoal(action);
	if (goal !== -1 && !object.measured) {
		return { span: tokensSpan(action.tokens, goal, action.to), kind: 'non-committal' };
	}
	const prevented = preventsTheIncident(action);
	if (prevented !== undefined && !object.strong) {
		return { span: tokensSpan(action.tokens, prevented[0], prevented[1]), kind: 'catch-all' };
	}
	// A non-committal phrase opening the item decides, unless the grammar read through it to a change
	// ("Follow up with AWS support to get the limit raised to 500").
	// An improvement with its measure ("…to raise the ENI limit to 5000") is as much a change.
	const changed = (action.kind === 'change' && !action.unclassed) || (action.kind === 'improvement' && (object.measured || object.target));
	const through = changed ? action.tokens[action.to - 1].end : -1;
	const lead = inside.find((hit) => hit.list === 'non-committal' && hit.span.start === action.tokens[action.from].start && hit.span.end >= through);
	const kind = lead !== undefined ? 'non-committal' : action.kind;
	const predicate = lead?.span ?? tokensSpan(action.tokens, action.from, action.to);
	const review = inside.find((hit) => hit.list === 'investigative-noun' && inAction(action, hit.span));
	const byReview = review !== undefined && !object.strong && !closes(action) ? { span: review.span, kind: 'investigative' as const } : undefined;
	const judged = byClass(words, kind, action, object, predicate, kind === 'non-committal' && namesOutcome(words, action));
	// "…conducting comprehensive review of…": the review phrase says more than the whole item's first line.
	return (judged?.span === undefined && byReview !== undefined ? byReview : judged) ?? placeholder(action, object);
}

/** "tbd - something re: rate limits": a placeholder for a thing not yet thought of, whatever the grammar read after it. */
function placeholder(action: Action, object: ObjectReading): VagueJudgement | undefined {
	const at = placeholderThing(action.tokens);
	// "TBD: something w/ the PLC firmware": a name says where the thing not yet thought of goes; only code or a number pins it.
	return at === -1 || object.measured ? undefined : { span: tokensSpan(action.tokens, at, at + 1), kind: 'generic-object' };
}

/** "Ask the payments provider for a webhook on settlement failures": what is asked for is a mechanism. */
function asksForMechanism(action: Action, kind: Action['kind']): boolean {
	const { tokens } = action;
	if (kind !== 'collaboration') {
		return false;
	}
	const asked = tokens.findIndex((token, index) => index >= action.object && index < action.end && token.norm === 'for');
	return asked !== -1 && tokens.slice(asked + 1, Math.min(action.end, asked + 5)).some((token) => nouns.is(token, 'mechanism-nouns'));
}

/** An open-ended set to look through: no answer is named by a name inside it. */
const openSets = new Set(['options', 'alternatives', 'ways', 'approaches', 'possibilities', 'solutions', 'ideas', 'choices']);

/**
 * "Investigate options for multi-AZ Redis": what is looked into is a set of options; the named thing is
 * only their topic, so nothing says which question the investigation closes.
 */
function openEndedSet(action: Action): boolean {
	const { tokens } = action;
	const first = ['the', 'some', 'our', 'any', 'possible', 'other', 'different', 'available'].includes(tokens[action.object]?.norm ?? '') ? action.object + 1 : action.object;
	return openSets.has(tokens[first]?.norm ?? '') && ['for', 'to', 'of', 'around', 'on'].includes(tokens[first + 1]?.norm ?? '');
}

/** Inside the action's own words or its topic label, not in a sentence that explains it. */
function inAction(action: Action, hit: Span): boolean {
	const { tokens } = action;
	const end = tokens[Math.min(action.end, tokens.length) - 1]?.end ?? 0;
	const topicEnd = action.topic === undefined ? -1 : (tokens[action.topic.to - 1]?.end ?? -1);
	return (hit.start >= tokens[action.from].start && hit.start < end) || hit.start < topicEnd;
}

function byClass(words: ItemWords, kind: Action['kind'], action: Action, object: ObjectReading, predicate: Span, outcome: boolean): VagueJudgement | undefined {
	switch (kind) {
		case 'non-committal':
			return closes(action) || concreteClause(words, action) || outcome || namedQuestion(action, object) || hedgedConcreteChange(words, action) ? undefined : { span: predicate, kind: 'non-committal' };
		case 'investigative':
		case 'collaboration':
			// "Research best practices for Kubernetes upgrades", "Examine issues with the Oracle databases": an
			// area or a class of problems is looked at wherever it is; the names say only where.
			return (object.strong && !openEndedSet(action) && !namesOnlyWhere(words, action, object, true)) || closes(action) || concreteClause(words, action) || recurring(action) || particularProblem(action) || proposesChange(action) || asksForMechanism(action, kind) ? undefined : { span: predicate, kind: 'investigative' };
		case 'improvement':
			// An improvement of anything, named or not, needs its measure, means, result or end state.
			return ((object.strong || !directional(action)) && !namesOnlyWhere(words, action, object, directional(action))) || particularProblem(action) || closes(action) || concreteClause(words, action) || object.target ? undefined : { span: predicate, kind: 'improvement' };
		case 'assurance':
			// "Ensure compliance with HIPAA": a state named only by an area or aspect is no checkable state.
			return !headIsArea(action) && (object.strong || (object.content && !object.quality && object.qualityComparative === undefined)) ? undefined : { span: predicate, kind: 'improvement' };
		case 'behaviour':
			return action.subject && !action.peopleSubject ? byClass(words, 'assurance', action, object, predicate, outcome) : byObject(action, object);
		default:
			// "backups: restore test monthly, alert on failure": a thing done on a schedule is a standing mechanism.
			if (recurring(action) && object.qualityComparative === undefined && object.quantityComparative === undefined) {
				return undefined;
			}
			return goalWithoutMeans(words, action) ?? qualityCaused(action, object) ?? noOutcomeHead(words, action, object) ?? (action.unclassed ? byEvidence(words, action, object) : byObject(action, object));
	}
}

/**
 * "Close process gaps identified in the retro", "Capture learnings", "Handle the issues with the Oracle
 * DBs": whatever the verb, an object whose head is a class of problems or lessons gives nothing that will
 * exist or be different when the item is closed. Names around the head say only where.
 */
function noOutcomeHead(words: ItemWords, action: Action, object: ObjectReading): VagueJudgement | undefined {
	// "File issues for…", "Open tickets for the gaps": filing names the tracker's thing, not a problem.
	if (action.unclassed || verbs.longest(action.tokens, action.to - 1, ['decisions']) !== undefined || trackerVerbs.some((verb) => action.tokens[action.to - 1].forms.includes(verb))) {
		return undefined;
	}
	if (headClass(action) !== 'problem' || !namesOnlyWhere(words, action, object, true) || closes(action)) {
		return undefined;
	}
	return { span: tokensSpan(action.tokens, action.from, objectHead(action) + 1), kind: 'generic-object' };
}

/**
 * "Maybe worth pinning the istio-proxy image to 1.20.3", "Perhaps move the cron jobs to the batch node
 * pool": a hedge before a change whose own object is a particular thing, with nothing generic, unmeasured
 * or an area at its head, names what will exist; "Maybe add more alerts" does not.
 */
function hedgedConcreteChange(words: ItemWords, action: Action): boolean {
	const at = hedgedChange(action);
	if (at === -1) {
		return false;
	}
	const change: Action = { ...action, kind: 'change', object: at, topic: undefined };
	const object = readObject(words, change);
	// "Look into adding rate limiting to the public API": a look is an investigation, closed only by code or a number.
	if (lookOpeners.some((verb) => action.tokens[action.from].forms.includes(verb))) {
		return object.measured;
	}
	return (object.strong || object.named || object.target || object.measured) && byObject(change, object) === undefined && headClass(change) === undefined;
}

const lookOpeners = ['look', 'have', 'take'];

/** Verbs that put a thing in a tracker, where "issues" are tickets. */
const trackerVerbs = ['file', 'open', 'raise', 'create', 'log', 'record', 'register', 'submit'];

/** Verbs that move a quantity one way: "increase the number of placeholder pods on GKE" is checkable against today's. */
const directions = ['increase', 'decrease', 'raise', 'lower', 'reduce', 'grow', 'shrink', 'loosen', 'relax', 'minimize', 'maximize', 'cut'];

function directional(action: Action): boolean {
	return action.tokens.slice(action.from, action.to).some((token) => directions.some((verb) => token.forms.includes(verb)));
}

/** The comparative ending at `end` is said of the object, not put before a noun: nothing of its phrase follows. */
function predicative(action: Action, end: number): boolean {
	const next = action.tokens[end];
	return next === undefined || end >= action.end || phraseEnds.has(next.norm) || next.gap.trim() !== '';
}

/** Verbs that bring their object into a state ("get X right", "make X reliable"): base forms. */
const causatives = ['get', 'make', 'keep', 'put', 'bring', 'have'];
/** States that only say "set right": "in order", "in shape", "under control", "in check", "on track". */
const settledStates = new Set(['order', 'shape', 'control', 'check', 'track']);

/**
 * "Get alerting right for the new region", "Make the pipeline reliable", "Get our house in order on…":
 * a thing brought into a quality, or into a state that only says it will be fine, with no measure.
 */
function qualityCaused(action: Action, object: ObjectReading): VagueJudgement | undefined {
	const { tokens } = action;
	if (object.measured || object.target || !causatives.some((verb) => tokens[action.from].forms.includes(verb))) {
		return undefined;
	}
	const place = tokens.findIndex((_, index) => index > action.object && index < action.end && betterPlace(tokens, index, action.end));
	if (place !== -1) {
		return { span: tokensSpan(tokens, action.from, place + 1), kind: 'improvement' };
	}
	for (let index = action.object + 1; index < Math.min(action.end, action.object + 6); index++) {
		const token = tokens[index];
		const said = predicative(action, index + 1);
		const quality = nouns.is(token, 'quality') && !determinerBefore(tokens, index) && said;
		const settled = ['in', 'under', 'on'].includes(tokens[index - 1].norm) && settledStates.has(token.norm) && said;
		if (quality || settled) {
			return { span: tokensSpan(tokens, action.from, index + 1), kind: 'improvement' };
		}
	}
	return undefined;
}

/** "…in a better place", "…into a healthier state": a place or state named only by a quality. */
function betterPlace(tokens: readonly Token[], index: number, end: number): boolean {
	const place = ['place', 'state', 'position', 'spot', 'shape', 'situation'].includes(tokens[index].norm) && index < end && (index + 1 >= end || tokens[index + 1].gap.trim() !== '' || phraseEnds.has(tokens[index + 1].norm));
	const adjective = tokens[index - 1];
	return place && adjective !== undefined && (nouns.is(adjective, 'quality') || nouns.isExactly(adjective, 'comparatives')) && ['in', 'into', 'a', 'an', 'the'].includes(tokens[index - 2]?.norm ?? '');
}

function determinerBefore(tokens: readonly Token[], index: number): boolean {
	return ['the', 'a', 'an', 'more', 'most', 'our', 'its', 'their'].includes(tokens[index - 1]?.norm ?? '');
}

/**
 * "Take steps to prevent a repeat…", "Put measures in place to reduce the risk of data loss": the object
 * names no means, so only the purpose could say what changes; it needs a name, a number or a target.
 */
function goalWithoutMeans(words: ItemWords, action: Action): VagueJudgement | undefined {
	const purpose = purposeAfterEmptyObject(words, action);
	if (purpose === undefined || closes(action)) {
		return undefined;
	}
	const goal = readObject(words, { ...action, object: purpose + 1, topic: undefined });
	return goal.strong || goal.target ? undefined : { span: tokensSpan(action.tokens, action.from, purpose), kind: 'generic-object' };
}

/**
 * No verb the lexicon knows as a change ("Get ahead of…", "Observability gaps", "It would be worth…"):
 * nothing but the object can show a checkable outcome, so it must name something (a component, an
 * identifier, a number, a named end state) or the item must commit to a change or a decision.
 */
function byEvidence(words: ItemWords, action: Action, object: ObjectReading): VagueJudgement | undefined {
	if (object.target || closes(action) || spelledOutChange(action) || (action.kind === 'nominal' && statesEndState(action))) {
		return undefined;
	}
	const change = action.kind === 'nominal' && describesChange(action);
	// "Stability work on the checkout service", "Overall hygiene pass on the Helm values": an area or a
	// problem named as a class heads the object; the names after it say only where.
	// A mechanism word modifying the head ("the alerting story") names no change the way a head does.
	const head = headClass(action);
	if (head !== undefined && (!change || head === 'problem' || headIsAreaNoun(action)) && namesOnlyWhere(words, action, object, true)) {
		return byObject(action, object) ?? { span: undefined, kind: 'generic-object' };
	}
	// A name makes the thing particular; only an unmeasured "more" or "better" asked of it is still open.
	if (object.strong) {
		return byObject(action, object);
	}
	// "TBD: something to stop the queue backing up": a thing not yet thought of commits to nothing.
	if (action.kind === 'nominal' && ['something', 'anything', 'somehow'].includes(action.tokens[action.object]?.norm ?? '')) {
		return { span: tokensSpan(action.tokens, action.object, action.object + 1), kind: 'generic-object' };
	}
	const judged = byObject(action, object);
	if (judged !== undefined || object.named || change) {
		return judged;
	}
	return { span: undefined, kind: 'generic-object' };
}

/** "Prioritise INFRA-210 (move etcd to dedicated nodes)": a parenthesis that spells out the change. */
function spelledOutChange(action: Action): boolean {
	const { tokens } = action;
	for (let index = action.object; index < action.end - 1; index++) {
		if (tokens[index].gap.includes('(') && changeVerbAt(tokens, index) && !tokens[index].norm.endsWith('ing') && tokens[index + 1].gap.trim() === '') {
			return true;
		}
	}
	return false;
}

/**
 * "Automatic throttling when pools…", "Gradual deployments…", "New runbooks for…", "team created a node":
 * a noun phrase whose first phrase holds a change (a noun made from a change verb) or a mechanism names
 * what will exist; "Observability gaps", "No more surprises" name none.
 */
function describesChange(action: Action): boolean {
	const { tokens } = action;
	for (let index = action.object; index < Math.min(action.end, action.object + 7); index++) {
		const gap = tokens[index].gap.trim();
		if (index > action.object && ((gap !== '' && gap !== "'") || phraseEnds.has(tokens[index].norm))) {
			return false;
		}
		if (verbs.is(tokens[index], 'change') || verbs.hasForm(derivedVerb(tokens[index].norm), 'change') || nouns.is(tokens[index], 'mechanism-anywhere') || nouns.longest(tokens, index, ['mechanism-nouns'], action.end) !== undefined) {
			return true;
		}
	}
	return false;
}

/** "…more tests for the retry path when the acquirer answers HTTP 429": a case named by a condition with a name or code in it. */
function particularCase(action: Action, from: number): boolean {
	const { tokens } = action;
	const at = tokens.findIndex((token, index) => index >= from && index < action.end && ['when', 'if', 'where', 'whenever'].includes(token.norm));
	return at !== -1 && tokens.slice(at + 1, action.end).some((token) => /\d/u.test(token.norm) || token.gap.includes('`'));
}

/** A verb that says what it does: the object must be something, and "better"/"faster" needs a measure. */
function byObject(action: Action, object: ObjectReading): VagueJudgement | undefined {
	// "Make Kafka consumers more robust": a name says what, not how much; only a measure answers a
	// "more robust" said of it ("better Grafana dashboards" names the dashboards).
	// "Stronger guardrails for Terraform applies": with no verb, a comparative opening the item is all it asks.
	const opening = action.kind === 'nominal' && object.qualityComparative?.[0] === action.object;
	if (object.qualityComparative !== undefined && (opening || (predicative(action, object.qualityComparative[1]) && object.qualityComparative[0] > action.object)) && !object.measured && !object.target) {
		return { span: tokensSpan(action.tokens, ...object.qualityComparative), kind: 'comparative' };
	}
	// "More tests for the Terraform modules", "add more monitoring around the moderation pipeline": a place
	// says where the amount goes, not how much; only a number (or code) does.
	const more = object.quantityComparative;
	if (more !== undefined && more[0] >= action.object && !object.measured && !particularCase(action, more[1])) {
		return { span: tokensSpan(action.tokens, ...more), kind: 'comparative' };
	}
	if (object.strong) {
		return undefined;
	}
	if (object.qualityComparative !== undefined) {
		return { span: tokensSpan(action.tokens, ...object.qualityComparative), kind: 'comparative' };
	}
	if (object.unmeasuredQuantity !== undefined && !object.measured && !object.target) {
		return { span: tokensSpan(action.tokens, ...object.unmeasuredQuantity), kind: 'comparative' };
	}
	if (!object.content) {
		return more === undefined ? { span: undefined, kind: 'generic-object' } : { span: tokensSpan(action.tokens, ...more), kind: 'comparative' };
	}
	return undefined;
}

/**
 * "Revisit the on-call rotation to make sure everyone on it has the permissions to escalate": the purpose
 * states the outcome that closes the item (a state, not a quality such as "more reliable").
 */
function namesOutcome(words: ItemWords, action: Action): boolean {
	const { tokens } = action;
	for (let index = action.to; index < action.end - 2; index++) {
		const assurance = tokens[index].norm === 'to' ? verbs.longest(tokens, index + 1, ['assurance'], action.end) : undefined;
		if (assurance !== undefined) {
			const outcome = readObject(words, { ...action, object: index + 1 + assurance.length, topic: undefined });
			return outcome.content && !outcome.quality && outcome.qualityComparative === undefined;
		}
		// "Revisit the alert routing so that SEV1 pages go to #inc-sev1": the result, named and checkable.
		if (tokens[index].norm === 'so' && tokens[index + 1].norm === 'that') {
			const outcome = readObject(words, { ...action, object: index + 2, topic: undefined });
			return (outcome.strong || outcome.target) && outcome.qualityComparative === undefined;
		}
	}
	return false;
}

/**
 * "Spike: can Redis 7 cluster mode run on the r6g nodes? Answer in CACHE-19": a direct question about a
 * named thing is the decision that closes the item. "Consider if we should change…" stays a consideration.
 */
function namedQuestion(action: Action, object: ObjectReading): boolean {
	return object.strong && action.tokens.some((token, index) => index > action.object && index <= action.end && token.gap.includes('?'));
}

/** "Investigating allowing deletion of users whose servers…": the question is a named change. */
function proposesChange(action: Action): boolean {
	const { tokens } = action;
	const first = tokens[action.object];
	if (first === undefined || !first.norm.endsWith('ing') || verbs.longest(tokens, action.object, ['change']) === undefined) {
		return false;
	}
	return tokens.slice(action.object + 1, action.end).filter((token) => !verbs.is(token, 'preambles')).length >= 2 && !verbs.is(first, 'do-wrappers');
}

/** "deployments" → deploy, "migration" → migrate: the verb a noun of action is made from (or ''). */
function derivedVerb(norm: string): string {
	const noun = norm.endsWith('s') ? norm.slice(0, -1) : norm;
	if (noun.endsWith('ment') && noun.length > 7) {
		return noun.slice(0, -4);
	}
	if (noun.endsWith('ation') && noun.length > 7) {
		return `${noun.slice(0, -5)}ate`;
	}
	return '';
}
