/**
 * The opening verb's class, and the verbs that pass it on: "keep investigating" is an investigation kept
 * open, "find a way to limit X" is a limit, "work with the vendor to improve stability" an improvement,
 * "hold a training session" a people-fix, "do a deep dive" an investigation, "ask developers to…" advice
 * to people and "ask AWS whether…" a question. Split from item-grammar.ts, which calls in here.
 */
import { addressesPeople, audienceLead, prepositions, showingSession, tellsPeopleThat, walksPeopleThrough } from './item-audience';
import { canonical, formsOf, type Token } from './item-tokens';
import { eventLists, isVerb, nominalClasses, nominalLists, parsePredicate, verbClasses, type ActionKind, type Predicate } from './item-grammar';
import type { LexiconMatch } from './lexicon';
import { nouns, verbs } from './lexicon';

const classPriority = ['people', 'behaviour', 'goal', 'collaboration', 'non-committal', 'investigative', 'improvement', 'assurance', 'change'];
const effortNouns = new Set(['time', 'care', 'caution', 'precaution', 'precautions', 'attention', 'notice', 'heed']);
const effortIntensifiers = new Set(['more', 'extra', 'additional', 'enough', 'the', 'some', 'a', 'lot', 'great', 'special', 'greater', 'better', 'sufficient', 'proper', 'much', 'closer', 'close', 'adequate']);
const keptInformed = new Set(['loop', 'informed', 'updated', 'posted', 'mind', 'aware', 'eye', 'eyes', 'alert', 'vigilant', 'watch', 'tabs']);
/** "a better job of", "a good job at" + an -ing verb. */
function jobDoneBetter(tokens: readonly Token[], next: number, end: number): boolean {
	const verb = tokens[next + 4];
	return tokens[next]?.norm === 'a' && tokens[next + 2]?.norm === 'job' && ['of', 'at', 'with'].includes(tokens[next + 3]?.norm ?? '') && next + 4 < end && verb !== undefined && verb.norm.endsWith('ing') && isVerb(tokens, next + 4, end);
}

/** Indefinite pronouns: what a general verb done to them is, nobody can check. */
const indefinites = new Set(['something', 'anything', 'stuff', 'whatever', 'things']);
const skippable = new Set(['to', 'on', 'with', 'and', 'doing', 'about']);
const timeUnits = new Set(['time', 'day', 'days', 'week', 'weeks', 'sprint', 'sprints', 'cycle', 'cycles', 'hour', 'hours', 'afternoon', 'morning', 'quarter', 'effort', 'energy']);
/** "Get comfortable with…", "become familiar with…": people changing, not a thing. */
const becomeStates = new Set(['comfortable', 'familiar', 'used', 'acquainted', 'better', 'good', 'confident', 'fluent', 'proficient', 'faster', 'quicker', 'sharper', 'savvy']);

/** A wrapper passes the action on to what follows it; undefined when none applies. */
export function wrapped(tokens: readonly Token[], index: number, end: number, depth: number, matches: readonly LexiconMatch[]): Predicate | undefined {
	const longest = matches[0].length;
	for (const match of matches.filter((candidate) => candidate.length === longest)) {
		const next = index + match.length;
		const result = throughWrapper(tokens, index, next, end, depth, match.list);
		if (result !== undefined) {
			return result;
		}
	}
	return undefined;
}

function throughWrapper(tokens: readonly Token[], index: number, next: number, end: number, depth: number, list: string): Predicate | undefined {
	switch (list) {
		case 'continuations':
			return continued(tokens, index, next, end, depth);
		case 'starters':
			return passOn(tokens, index, next, end, depth, false);
		case 'spend-time':
			return spentTime(tokens, index, next, end, depth);
		case 'people-with-audience':
			return addressesPeople(tokens, next, end) ? { kind: 'people', from: index, to: next, object: next } : undefined;
		case 'people-sharing':
			return nounWithin(tokens, next, end, 4, ['knowledge-nouns']) ? { kind: 'people', from: index, to: next, object: next } : undefined;
		case 'do-wrappers':
			if (jobDoneBetter(tokens, next, end)) {
				// "Do a better job of communicating…": the -ing verb, done better, is the action.
				return { ...parsePredicate(tokens, next + 4, end, depth + 1), from: index };
			}
			if (indefinites.has(tokens[next]?.norm ?? '') && next < end) {
				// "Do something about the flaky tests": a general verb on "something" commits to nothing.
				return { kind: 'non-committal', from: index, to: next + 1, object: next + 1 };
			}
			return causesPeople(tokens, index, next, end) ? { kind: 'people', from: index, to: next, object: next } : meetingFor(tokens, index, next, end, depth);
		default:
			return undefined;
	}
}

/** "keep investigating", "continue to look at": an open-ended activity carried on. */
function continued(tokens: readonly Token[], index: number, next: number, end: number, depth: number): Predicate | undefined {
	const result = passOn(tokens, index, next, end, depth, true);
	if (result === undefined) {
		return undefined;
	}
	const open = result.kind === 'investigative' || result.kind === 'non-committal' || result.kind === 'improvement';
	return { ...result, kind: open ? 'non-committal' : result.kind, continued: true };
}

/** The verb after a wrapper ("start to migrate", "keep investigating"), read in its own right. */
function passOn(tokens: readonly Token[], index: number, next: number, end: number, depth: number, needsGerund: boolean): Predicate | undefined {
	const at = skippable.has(tokens[next]?.norm ?? '') ? next + 1 : next;
	if (at >= end || !isVerb(tokens, at, end) || (needsGerund && at === next && !tokens[at].norm.endsWith('ing'))) {
		return undefined;
	}
	const result = parsePredicate(tokens, at, end, depth + 1);
	return result.kind === 'nominal' ? undefined : { ...result, from: index };
}

/** "spend some time looking at…", "spend time on the alerting": a look, not a change. */
function spentTime(tokens: readonly Token[], index: number, next: number, end: number, depth: number): Predicate {
	const result = passOn(tokens, index, next, end, depth, false);
	// "Spend more time reviewing PRs…": more of people's time on their own work is more care, asked of them.
	if (tokens.slice(index, next).some((token) => token.norm === 'more' || token.norm === 'extra') && result !== undefined && result.kind !== 'change') {
		return { kind: 'behaviour', from: index, to: next, object: next };
	}
	if (result === undefined || result.kind === 'investigative') {
		return { kind: 'non-committal', from: index, to: next, object: result?.object ?? next };
	}
	return result;
}

/** "Raise a ticket" files one; the spelling the tokens carry (item-tokens canonical forms). */
const raise = canonical('raise');

function nounWithin(tokens: readonly Token[], from: number, end: number, span: number, lists: readonly string[]): boolean {
	for (let at = from; at < Math.min(end, from + span); at++) {
		if (nouns.longest(tokens, at, lists, end) !== undefined) {
			return true;
		}
	}
	return false;
}


/**
 * "Hold a training session", "Do a deep dive", "Send a reminder", "Schedule quarterly game days": the
 * head of the object names an event, and the event decides. A training *doc* is a document, not a training.
 */
export function eventHead(tokens: readonly Token[], index: number, next: number, end: number, lists: readonly string[] = nominalLists): Predicate | undefined {
	if (next >= end || prepositions.has(tokens[next].norm)) {
		return undefined;
	}
	const head = headOf(tokens, next, Math.min(end, next + 6), lists);
	// "Move feature flag evaluation from the browser to the edge worker": an activity moved is a change to where it runs.
	if (tokens[head + 1]?.norm === 'from' && tokens.slice(head + 2, Math.min(end, head + 8)).some((token) => token.norm === 'to')) {
		return undefined;
	}
	for (let start = next; start <= head; start++) {
		const match = nouns.longest(tokens, start, lists, head + 1);
		if (match !== undefined && start + match.length === head + 1) {
			// "onboarding of new services", "training of the model": a people verb's noun takes what it acts on
			// after "of" (not so "a walkthrough of the setup", whose "of" is the topic); things there are processed.
			if (match.list === 'people-events' && tokens[head].norm.endsWith('ing') && tokens[head + 1]?.norm === 'of' && !addressesPeople(tokens, head + 2, end, true)) {
				return undefined;
			}
			return match.list === 'non-committal-nouns' && !meetingNoun(tokens, next, head, end) ? undefined : { kind: nominalClasses[match.list], from: index, to: head + 1, object: next };
		}
	}
	return undefined;
}

/**
 * "Wrap every call to the fraud API": a meeting word counted out ("every call") or aimed at a thing
 * ("a call to the API") is no meeting; "a call to discuss…", "a sync with the vendor" are.
 */
function meetingNoun(tokens: readonly Token[], next: number, head: number, end: number): boolean {
	if (['every', 'each', 'all', 'any'].includes(tokens[next].norm)) {
		return false;
	}
	return !(tokens[head + 1]?.norm === 'to' && head + 2 < end && !isVerb(tokens, head + 2, end));
}

/** The last word of the noun phrase at `from`: it ends before a preposition, a comma, or an "and" that no entry spans. */
export function headOf(tokens: readonly Token[], from: number, end: number, lists: readonly string[]): number {
	let head = from;
	while (head + 1 < end && !prepositions.has(tokens[head + 1].norm) && !/[,;:.()]/u.test(tokens[head + 1].gap)) {
		if (tokens[head + 1].norm === 'and' || tokens[head + 1].norm === 'or') {
			const spanning = nouns.longest(tokens, head, lists, end);
			if (spanning === undefined || spanning.length < 3) {
				break;
			}
		}
		head++;
	}
	return head;
}

/** "Hold a session to walk the team through…": a meeting whose purpose is to teach people is a people-fix. */
function meetingFor(tokens: readonly Token[], index: number, next: number, end: number, depth: number): Predicate | undefined {
	const event = eventHead(tokens, index, next, end);
	const head = event === undefined ? headOf(tokens, next, Math.min(end, next + 6), []) : event.to - 1;
	// "Give a talk about what went wrong", "Run an internal talk on…" present to people; "have a talk with
	// the vendor" discusses.
	const presented = ['talk', 'talks'].includes(tokens[head]?.norm ?? '') && ['on', 'about'].includes(tokens[head + 1]?.norm ?? '') && !tokens[index].forms.includes('have');
	if (event?.kind === 'non-committal' && (presented || ['give', 'deliver'].some((verb) => tokens[index].forms.includes(verb)))) {
		return { ...event, kind: 'people' };
	}
	const session = ['session', 'sessions'].includes(tokens[head]?.norm ?? '');
	// "Hold a session walking the frontend team through…": what the session does to its audience.
	const shown = showingSession(tokens, next, head, end);
	if (shown !== undefined) {
		return { kind: 'people', from: index, to: shown, object: shown };
	}
	if (session && learningSession(tokens, next, head, end)) {
		return { kind: 'people', from: index, to: head + 1, object: next };
	}
	const meeting = event?.kind === 'non-committal' || session;
	const purpose = meeting ? purposeOf(tokens, index, head + 1, end, depth) : undefined;
	return purpose?.kind === 'people' ? purpose : (event ?? verbAsNoun(tokens, index, next, end));
}

const audienceMask = nouns.mask(['people-nouns', 'audience-teams']);

/**
 * "a brown-bag session", "a knowledge-transfer session", "a lessons-learned session", "a session for the
 * mobile team on flag hygiene": a session named for learning, or held for people on a topic, teaches them.
 */
function learningSession(tokens: readonly Token[], next: number, head: number, end: number): boolean {
	for (let at = next; at < head; at++) {
		if (nouns.longest(tokens, at, ['people-events', 'knowledge-nouns'], head) !== undefined) {
			return true;
		}
	}
	const audience = ['for', 'with'].includes(tokens[head + 1]?.norm ?? '') && tokens.slice(head + 2, Math.min(end, head + 6)).some((token) => nouns.isAny(token, audienceMask));
	return audience && tokens.slice(head + 2, Math.min(end, head + 8)).some((token) => ['on', 'about'].includes(token.norm));
}

/** "Have a think about…", "Take a stab at…", "Give the pool sizing a look": a verb used as the wrapper's noun keeps its class. */
function verbAsNoun(tokens: readonly Token[], index: number, next: number, end: number): Predicate | undefined {
	for (let at = next + 1; at < Math.min(end, next + 4); at++) {
		if (['a', 'an', 'some'].includes(tokens[at - 1].norm)) {
			const verb = verbs.longest(tokens, at, ['non-committal', 'investigative', 'improvement'], end);
			return verb === undefined ? undefined : { kind: verb.list as ActionKind, from: index, to: at + verb.length, object: at + verb.length };
		}
	}
	return undefined;
}

/** "Get everyone up to speed", "Have engineers read…", "Help the team understand…": people made to know. */
function causesPeople(tokens: readonly Token[], index: number, next: number, end: number): boolean {
	return ['get', 'make', 'have', 'help', 'keep'].some((verb) => tokens[index].forms.includes(verb)) && addressesPeople(tokens, next, end);
}

/** The verb's own class, with the behaviour verbs that only sometimes address people. */
export function classified(tokens: readonly Token[], index: number, end: number, depth: number, matches: readonly LexiconMatch[]): Predicate {
	const longest = matches[0].length;
	const lists = matches.filter((match) => match.length === longest && verbClasses.includes(match.list)).map((match) => match.list);
	const list = classPriority.find((candidate) => lists.includes(candidate)) ?? 'change';
	const next = index + longest;
	const kind = list === 'behaviour' ? behaviourOrChange(tokens, index, next, end) : list === 'goal' ? undefined : (list as ActionKind);
	if (list === 'goal') {
		const result = isVerb(tokens, next, end) ? parsePredicate(tokens, next, end, depth + 1) : purposeOf(tokens, index, next, end, depth);
		return result === undefined || result.kind === 'nominal' ? { kind: 'non-committal', from: index, to: next, object: next } : { ...result, from: index };
	}
	if (list === 'collaboration') {
		return purposeOf(tokens, index, next, end, depth) ?? { kind: 'collaboration', from: index, to: next, object: next };
	}
	// "Try to avoid large deploys…": a hedged behaviour or people verb is still asked of people.
	if (list === 'non-committal' && ['try', 'attempt'].some((verb) => tokens[index].forms.includes(verb))) {
		const tried = isVerb(tokens, next, end) ? parsePredicate(tokens, next, end, depth + 1) : undefined;
		if (tried?.kind === 'behaviour' || tried?.kind === 'people') {
			return { ...tried, from: index };
		}
	}
	// "Raise an AWS support ticket…": raising a new thing files it; "raise the limit" improves one.
	if (kind === 'improvement' && tokens[index].forms.includes(raise) && ['a', 'an'].includes(tokens[next]?.norm ?? '')) {
		return { kind: 'change', from: index, to: next, object: next };
	}
	const shown = walksPeopleThrough(tokens, index, next, end);
	if (shown !== undefined) {
		return { kind: 'people', from: index, to: shown, object: shown };
	}
	// "Verify with the storage team that…" asks them; "Reinforce with the captains that…" tells them.
	if ((kind === 'change' && causesPeople(tokens, index, next, end)) || (kind !== 'investigative' && tellsPeopleThat(tokens, next, end))) {
		return { kind: 'people', from: index, to: next, object: next };
	}
	if (kind === 'people' && teachesAThing(tokens, next, end)) {
		return { kind: 'change', from: index, to: next, object: next };
	}
	if (kind === 'change' && ['get', 'become'].some((verb) => tokens[index].forms.includes(verb)) && becomeStates.has(tokens[next]?.norm ?? '')) {
		return { kind: 'behaviour', from: index, to: next + 1, object: next + 1 };
	}
	const time = kind === 'change' ? timeSpent(tokens, index, next, end) : undefined;
	if (time !== undefined) {
		return spentTime(tokens, index, time, end, depth);
	}
	const first: Predicate = (kind === 'change' ? eventHead(tokens, index, next, end, eventLists) : undefined) ?? { kind: kind ?? 'change', from: index, to: next, object: next };
	return coordinated(tokens, first, end, depth);
}

/** "work with the vendor to improve stability": the purpose is the action. */
function purposeOf(tokens: readonly Token[], index: number, next: number, end: number, depth: number): Predicate | undefined {
	for (let at = next; at < Math.min(end - 1, next + 10); at++) {
		if (tokens[at].norm === 'to' && isVerb(tokens, at + 1, end)) {
			const result = parsePredicate(tokens, at + 1, end, depth + 1);
			return result.kind === 'nominal' ? undefined : { ...result, from: index };
		}
	}
	return undefined;
}

/** "Triaged and looking into…": a second, non-committal verb leads unless the first commits to a change. */
function coordinated(tokens: readonly Token[], first: Predicate, end: number, depth: number): Predicate {
	const and = first.to;
	if (first.kind === 'change' || tokens[and]?.norm !== 'and' || !isVerb(tokens, and + 1, end)) {
		return first;
	}
	const second = parsePredicate(tokens, and + 1, end, depth + 1);
	return second.kind === 'non-committal' ? second : first;
}

/** "Spend a sprint on…", "Dedicate two days to…": where the time unit ends, or undefined. */
function timeSpent(tokens: readonly Token[], index: number, next: number, end: number): number | undefined {
	if (!['spend', 'dedicate', 'invest', 'allocate', 'reserve'].some((verb) => tokens[index].forms.includes(verb))) {
		return undefined;
	}
	for (let at = next; at < Math.min(end, next + 4); at++) {
		if (timeUnits.has(tokens[at].norm)) {
			return at + 1;
		}
	}
	return undefined;
}

/** "Teach the deploy script to refuse…", "Train the classifier…": a people verb whose object is a thing. */
function teachesAThing(tokens: readonly Token[], next: number, end: number): boolean {
	if (next >= end || prepositions.has(tokens[next].norm) || addressesPeople(tokens, next, end)) {
		return false;
	}
	const head = headOf(tokens, next, Math.min(end, next + 5), []);
	// "Teach the importer to skip malformed rows": a thing taught to behave is a change to it.
	const teaching = ['teach', 'train', 'retrain', 'coach', 'instruct'].some((verb) => tokens[next - 1].forms.includes(verb));
	const toVerb = teaching && !tokens.slice(next, head + 1).some((token) => nouns.is(token, 'people-nouns')) && tokens[head + 1]?.norm === 'to' && head + 2 < end && !audienceLead.has(tokens[head + 2].norm) && !/\d/u.test(tokens[head + 2].norm);
	return toVerb || nouns.longest(tokens, head, ['mechanism-nouns', 'component-heads'], head + 1) !== undefined || (teaching && trainedThing(tokens, next, head));
}

/**
 * "Train the spam filter on …", "Retrain the ranking classifier": a definite object with no person in it
 * (no people word, no name) whose head is no skill, habit or quality is a thing being trained.
 */
function trainedThing(tokens: readonly Token[], next: number, head: number): boolean {
	const words = tokens.slice(next, head + 1);
	return ['the', 'our', 'this', 'that'].includes(tokens[next].norm) && head > next && !words.some((token, at) => nouns.isAny(token, personMask) || (token.capital && at > 0)) && !nouns.isAny(tokens[head], abstractMask);
}

const personMask = nouns.mask(['people-nouns', 'audience-teams', 'universal-people']);
const abstractMask = nouns.mask(['knowledge-nouns', 'norm-nouns', 'people-process', 'quality', 'generic', 'rule-nouns']);

/** "Avoid using…", "Stop deploying…", "Take more time…", "Keep the team in the loop": people; else a change. */
function behaviourOrChange(tokens: readonly Token[], index: number, next: number, end: number): ActionKind {
	const verb = tokens[index].forms;
	const following = tokens[next];
	if (verb.includes('avoid')) {
		// "Avoid large deploys late in the day": an operator's act, perhaps with a word describing it.
		return [0, 1, 2].some((offset) => next + offset < end && (operatorAct(tokens[next + offset]) || nouns.longest(tokens, next + offset, ['human-manner'], end) !== undefined)) ? 'behaviour' : 'change';
	}
	// "Stop deploying…", "Stop manual edits to…": an operator's act, or one described by its human manner.
	if (verb.includes('stop') || verb.includes('quit') || verb.includes('cease')) {
		return following?.norm.endsWith('ing') === true || nouns.longest(tokens, next, ['human-manner'], end) !== undefined ? 'behaviour' : 'change';
	}
	if (verb.includes('keep')) {
		return tokens.slice(index + 1, Math.min(end, next + 6)).some((token) => keptInformed.has(token.norm)) ? 'behaviour' : 'change';
	}
	if (verb.includes('take')) {
		return takesEffort(tokens, next, end) ? 'behaviour' : 'change';
	}
	return 'behaviour';
}

/** The base forms of the operator acts ("deploying" → deploy), so their nouns count too ("large deploys"). */
const operatorBases = new Set(nouns.listOf('operator-actions').flatMap((act) => formsOf(act).slice(1)));

/** "deploying", or the act's noun in the plural ("deploys", "restarts", "merges"). */
function operatorAct(token: Token): boolean {
	return nouns.is(token, 'operator-actions') || (token.norm.endsWith('s') && token.forms.some((form) => form !== token.norm && operatorBases.has(form)));
}

/** "take more time", "take extra care", "take the time". */
function takesEffort(tokens: readonly Token[], next: number, end: number): boolean {
	for (let at = next; at < Math.min(end, next + 4); at++) {
		if (effortNouns.has(tokens[at].norm)) {
			return true;
		}
		if (!effortIntensifiers.has(tokens[at].norm)) {
			return false;
		}
	}
	return false;
}
