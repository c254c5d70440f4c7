/**
 * Whether an item's target is people rather than a thing, read from what the item changes, not from a
 * known people verb: a habit or norm ("get into the habit of…", "**Culture**: …", "set clearer
 * expectations"), people in a state of mind or skill ("help support understand…", "get the on-call folks
 * comfortable with…", "refresh everyone's memory", "hold engineers accountable"), people as the audience
 * of the opening verb with what they are to learn or do ("walk new joiners through…", "loop in the
 * database team earlier when…", "tell support about…"), a human act done sooner ("declare incidents
 * earlier"), a rule to keep ("respect the change freeze") or a manual act to stop ("no more manual
 * edits…"). Whether a mechanism carries the change is judged by people-fix.ts. Pure, per item.
 */
import { isVerb, type Action } from './item-grammar';
import { standingDuty } from './item-subject';
import type { ObjectReading } from './item-object';
import type { Token } from './item-tokens';
import { nouns, outcomeWords, verbs } from './lexicon';

type Range = readonly [number, number];

const peopleMask = nouns.mask(['people-nouns', 'audience-teams']);

const audienceSkips = new Set(['in', 'up', 'the', 'all', 'our', 'every', 'any', 'new', 'other', 'each', 'both', 'more', 'senior', 'junior', 'your', 'their', 'a', 'an']);
const audienceMarkers = new Set(['through', 'about', 'on', 'in', 'earlier', 'sooner', 'before', 'when', 'whenever', 'to', 'with']);
const effortIntensifiers = new Set(['more', 'extra', 'closer', 'greater', 'additional', 'better', 'proper', 'special']);

/** The people part of the item (token range), or undefined when what it changes is not people. */
export function peopleTarget(action: Action, object: ObjectReading): Range | undefined {
	return normLabelled(action) ?? roleLabelled(action) ?? toldReported(action) ?? normNoun(action) ?? peopleInState(action) ?? addressed(action, object) ?? humanActSooner(action, object) ?? ruleKept(action) ?? manualActStopped(action) ?? effortAsked(action) ?? ruleForEveryone(action) ?? normThat(action);
}

/**
 * "Make it a rule that whoever merges a change watches the rollout", "Agree that everyone…": a that-clause
 * whose subject is everyone is a rule for everyone ("Everyone should…"). Not a check or a mechanism made
 * to hold it ("Add a check that everyone's PRs…"), nor an investigation ("Verify that everyone…").
 */
function ruleForEveryone(action: Action): Range | undefined {
	const { tokens } = action;
	if (action.kind !== 'change') {
		return undefined;
	}
	for (let index = action.to; index < Math.min(action.end - 1, action.to + 6); index++) {
		if (nouns.isAny(tokens[index], mechanismMask)) {
			return undefined;
		}
		if (tokens[index].norm === 'that' && nouns.longest(tokens, index + 1, ['people-nouns'], action.end) !== undefined && isVerb(tokens, index + 2, action.end)) {
			return [action.from, index + 2];
		}
	}
	return undefined;
}

const mechanismMask = nouns.mask(['mechanism-nouns', 'mechanism-anywhere']);

/**
 * "New rule: every change gets a reviewer", "Goal: zero deploys without a reviewer reading the diff",
 * "Policy from now on: two people present for…", "Ownership: whoever flips a flag watches…": a label
 * announcing a norm makes what follows a rule people are held to, when what follows is about people (a
 * person, a human manner, a human act or a message passed on) and names no mechanism. "Goal: p99 under
 * 200 ms" names no people and stays the system's.
 */
function normLabelled(action: Action): Range | undefined {
	const { tokens, topic } = action;
	// "GitLab approval rule: changes under `limits/` need one approver": a label naming a tool says where the rule is enforced.
	if (topic === undefined || !labelNamesNorm(tokens, topic.from, topic.to) || namesProduct(tokens, topic.from, topic.to)) {
		return undefined;
	}
	let people = false;
	for (let index = topic.to; index < action.end; index++) {
		// A mechanism named only as what people are to follow ("no engineer skips the checklist") is left to
		// people-fix's mechanism check, which counts it when it is the means; an enforcement or a page is the system's.
		if (nouns.is(tokens[index], 'mechanism-anywhere') || verbs.is(tokens[index], 'grants')) {
			return undefined;
		}
		people ||= peopleAt(tokens, index, action.end) > 0 || nouns.isAny(tokens[index], humanMask) || verbs.isAny(tokens[index], humanActMask);
	}
	if (!people) {
		return undefined;
	}
	// The quote: the label and the start of the rule, not ending on a function word ("…records this").
	let to = Math.min(action.end, topic.to + 6);
	while (to > topic.to + 1 && nouns.isAny(tokens[to - 1], quoteTrim)) {
		to--;
	}
	return [topic.from, to];
}

const humanMask = nouns.mask(['human-manner']);
const quoteTrim = nouns.mask(['function-words', 'generic']);
const humanActMask = verbs.mask(['human-acts', 'people-sharing', 'people']);

/** "GitLab approval rule", "Okta sign-on rule": a capitalised name in a label (not the label word itself, not a quarter). */
export function namesProduct(tokens: readonly Token[], from: number, to: number): boolean {
	for (let index = from; index < to; index++) {
		const token = tokens[index];
		const labelWord = index === from && (nouns.is(token, 'norm-labels') || nouns.isAny(token, peopleMask) || outcomeWords.is(token, 'message-labels'));
		if (token.capital && !labelWord && !/\d/u.test(token.norm) && !nouns.is(token, 'calendar')) {
			return true;
		}
	}
	return false;
}

function labelNamesNorm(tokens: readonly Token[], from: number, to: number): boolean {
	for (let index = from; index < to; index++) {
		if (nouns.is(tokens[index], 'norm-labels')) {
			return true;
		}
	}
	return false;
}

/** "…it's team policy that nobody changes prod flags…", "the rule is that whoever…": a norm whose clause is about people. */
function normThat(action: Action): Range | undefined {
	const { tokens } = action;
	for (let index = 0; index < action.end - 2; index++) {
		if (nouns.is(tokens[index], 'norm-labels') && tokens[index + 1].norm === 'that' && peopleAt(tokens, index + 2, action.end) > 0) {
			return [index, index + 2 + peopleAt(tokens, index + 2, action.end)];
		}
	}
	return undefined;
}

/**
 * "Reviewers: please run the app before approving…", "On-call: check the queue every shift": a label
 * naming a role addresses what follows to it; a habit asked of the role is a rule for how they work.
 */
function roleLabelled(action: Action): Range | undefined {
	const { tokens, topic } = action;
	if (topic === undefined || action.kind === 'nominal' || nouns.isAny(tokens[topic.from], teamMask)) {
		return undefined;
	}
	// "Data engineers:", "Release managers:": one word may say which role.
	const role = peopleAt(tokens, topic.from, topic.to) === topic.to - topic.from || (topic.to - topic.from > 1 && peopleAt(tokens, topic.from + 1, topic.to) === topic.to - topic.from - 1);
	if (!role) {
		return undefined;
	}
	// "Everyone: please use the incident channel": a rule for everyone, whatever its verb (as "Everyone should …").
	const everyone = quantifiers.has(tokens[topic.from].norm);
	return everyone || standingDuty(tokens, action.from, action.end) ? [topic.from, action.to] : undefined;
}

/**
 * "The team has been reminded of the importance of…", "Engineers were asked to…": a report that people were
 * told something is a people-fix, however finished it sounds.
 */
function toldReported(action: Action): Range | undefined {
	const { tokens } = action;
	for (let index = 1; index < action.end; index++) {
		const passive = ['been', 'was', 'were', 'are', 'is', 'be', 'get', 'gets', 'got'].includes(tokens[index - 1].norm) && verbs.isAny(tokens[index], toldMask) && tokens[index].norm.endsWith('ed');
		if (passive) {
			for (let back = index - 2; back >= Math.max(0, index - 5); back--) {
				if (peopleAt(tokens, back, index) > 0) {
					return [back, index + 1];
				}
			}
			// "The importance of verifying backups was stressed to the DBA team": told, with the people after.
			const to = ['to', 'with'].includes(tokens[index + 1]?.norm ?? '') ? index + 2 + (['the', 'all', 'our'].includes(tokens[index + 2]?.norm ?? '') ? 1 : 0) : -1;
			if (to !== -1 && (peopleAt(tokens, to, action.end) > 0 || peopleAt(tokens, to + 1, action.end) > 0)) {
				return [index - 1, to + 1];
			}
		}
	}
	return undefined;
}

const toldMask = verbs.mask(['people', 'people-with-audience', 'people-sharing']);

/** Words that address a label to everyone ("Everyone:", "All engineers:"), not to a role doing its work ("Engineers:"). */
const quantifiers = new Set(['everyone', 'everybody', 'all', 'anyone', 'anybody']);

/** Teams named by function ("Security", "Support"): as a label they say which area an item is in, not who is asked. */
const teamMask = nouns.mask(['audience-teams']);

/** "Put more thought into…", "Keep a closer watch on…", "Give rollouts extra scrutiny": more care, asked of people. */
function effortAsked(action: Action): Range | undefined {
	const { tokens } = action;
	for (let index = action.from; index < action.end - 1; index++) {
		if (effortIntensifiers.has(tokens[index].norm) && verbs.is(tokens[index + 1], 'effort-nouns')) {
			return [action.from, index + 2];
		}
	}
	// "Focus more on testing edge cases", "Watch harder": the attention itself, asked more of.
	if (verbs.is(tokens[action.from], 'effort-nouns') && ['more', 'harder', 'closer', 'closely'].includes(tokens[action.from + 1]?.norm ?? '')) {
		return [action.from, action.from + 2];
	}
	return undefined;
}

/** "Get into the habit of…", "**Culture**: …", "Set clearer expectations with on-call…". */
function normNoun(action: Action): Range | undefined {
	const { tokens } = action;
	// "Hold a blameless retro": a norm describing a meeting or a review is not the change asked for.
	if (action.kind === 'non-committal' || action.kind === 'investigative') {
		return undefined;
	}
	const to = Math.max(action.end, action.topic?.to ?? 0);
	for (let index = 0; index < to; index++) {
		// "a Great Expectations suite": a capitalised name in mid-sentence is a product, not a norm.
		const norm = nouns.longest(tokens, index, ['norm-nouns'], to);
		if (norm !== undefined && !(tokens[index].capital && index > 0 && tokens[index - 1].capital)) {
			return [index, index + norm.length];
		}
	}
	return undefined;
}

/** What people carry in their heads or habits (after a possessive: "everyone's routine"). */
const carried = new Set(['memory', 'memories', 'routine', 'routines', 'prep', 'preparation', 'workflow', 'habits', 'mindset', 'muscle']);

/** "…where people feel safe…", "Help support understand…", "everyone's memory", "we … get better at noticing". */
function peopleInState(action: Action): Range | undefined {
	const { tokens } = action;
	for (let index = 0; index < action.end; index++) {
		const people = peopleAt(tokens, index, action.end);
		if (people === 0) {
			continue;
		}
		const state = stateAfter(tokens, index, index + people, action.end);
		if (state !== undefined) {
			return [index, state];
		}
		index += people - 1;
	}
	return undefined;
}

/**
 * Where the state of mind after the people at [from, after) ends: "people feel safe", "support understand",
 * "everyone's memory", "we just need to get better at". Not a purpose ("…team to understand the rules":
 * the item's doer understands) and not "we" in a clause that describes ("…events we know are…"): "we"
 * counts only when asked something ("we need to", "we should").
 */
function stateAfter(tokens: readonly Token[], from: number, after: number, end: number): number | undefined {
	const we = tokens[from].norm === 'we' || tokens[from].norm === 'you';
	// "refresh everyone's memory", "part of everyone's on-call prep": what people carry with them.
	if (tokens[from].norm.endsWith("'s")) {
		const held = tokens.slice(from + 1, Math.min(end, from + 4)).findIndex((token) => carried.has(token.norm));
		if (held !== -1) {
			return from + held + 2;
		}
	}
	let asked = !we;
	for (let at = after; at < Math.min(end, after + 5); at++) {
		// "we all gotta get better at…": chat-style modals ask as "should" does.
		asked ||= verbs.is(tokens[at], 'modals') || tokens[at].norm === 'need' || tokens[at].norm === 'needs' || outcomeWords.longest(tokens, at, ['informal-modals'], end) !== undefined;
		if (asked && tokens[at - 1].norm !== 'to' && nouns.longest(tokens, at, ['people-states'], end) !== undefined) {
			return at + 1;
		}
	}
	return undefined;
}

/**
 * "Walk new joiners through…", "Loop in the database team earlier when…", "Cross-train the storage team
 * on…", "tell support about…": people are the ones the opening verb acts on, and what follows is what they
 * are to know or do. A verb that pages or grants ("Page the DB team when lag exceeds 30 s") is a mechanism.
 */
function addressed(action: Action, object: ObjectReading): Range | undefined {
	const { tokens } = action;
	// "Sync with the networking team about…" talks with people; "Page the DB team when…" is a mechanism.
	if (action.kind === 'collaboration' || action.kind === 'investigative' || action.kind === 'non-committal' || nouns.is(tokens[action.from], 'mentioned-mechanisms') || verbs.is(tokens[action.from], 'grants') || verbs.is(tokens[action.to - 1], 'grants') || outcomeWords.is(tokens[action.from], 'enrolling')) {
		return undefined;
	}
	let at = action.to;
	while (at < Math.min(action.end, action.to + 3) && audienceSkips.has(tokens[at].norm) && peopleAt(tokens, at, action.end) === 0) {
		at++;
	}
	let people = peopleAt(tokens, at, action.end);
	if (people === 0 && at + 1 < action.end && !audienceSkips.has(tokens[at].norm)) {
		people = peopleAt(tokens, at + 1, action.end); // "the database team": one word naming which team
		at += people === 0 ? 0 : 1;
	}
	if (people === 0 || modifiesNoun(tokens, at + people, action.end)) {
		return undefined;
	}
	for (let next = at + people; next < Math.min(action.end, at + people + 4); next++) {
		// The marker is part of the verb ("walk … through", "pair … with"), not a means that carries the fix.
		if (audienceMarkers.has(tokens[next].norm) && marks(tokens, next, action.end, object)) {
			return [action.from, next + 1];
		}
	}
	return undefined;
}

/**
 * "an on-call handover template", "an AWS support case": a people word before a noun names which thing,
 * it is not the audience. A marker, a verb, an adverb or a pause after it leaves the people addressed.
 */
function modifiesNoun(tokens: readonly Token[], after: number, end: number): boolean {
	const next = tokens[after];
	if (next === undefined || after >= end || next.gap.trim() !== '' || audienceMarkers.has(next.norm) || next.norm.endsWith('ly')) {
		return false;
	}
	// "an on-call swap form": a word that may be a verb, then a noun, is a compound's first part.
	if (isVerb(tokens, after, end) && !compoundAt(tokens, after + 1, end)) {
		return false;
	}
	return !nouns.is(next, 'function-words') && !nouns.is(next, 'speed-adverbs') && !nouns.is(next, 'people-nouns');
}

/** Heads that make the words before them a thing's name ("swap form", "status bot"). */
const thingHeads = nouns.mask(['component-heads', 'mechanism-nouns']);

function compoundAt(tokens: readonly Token[], index: number, end: number): boolean {
	const token = tokens[index];
	return token !== undefined && index < end && token.gap.trim() === '' && nouns.isAny(token, thingHeads);
}

/**
 * What follows the people addressed says what they are to know or do: "…through the procedure", "…about
 * release dates", "…earlier when…", "…to write better postmortems" (a verb), "…with a veteran" (people).
 * A "when" after a threshold is an alert's condition ("Page the DB team when lag exceeds 30 s").
 */
function marks(tokens: readonly Token[], next: number, end: number, object: ObjectReading): boolean {
	switch (tokens[next].norm) {
		case 'when':
		case 'whenever':
			return !object.strong;
		case 'to':
			// "Get the DBA team to add an index on…": a change to a thing, assigned, is the team's work.
			return isVerb(tokens, next + 1, end) && !(object.strong && verbs.isAny(tokens[next + 1], changeOnlyMask) && !verbs.isAny(tokens[next + 1], peopleActMask));
		case 'with':
			return peopleAt(tokens, next + 1 + (tokens[next + 1]?.norm === 'a' || tokens[next + 1]?.norm === 'an' ? 1 : 0), end) > 0;
		default:
			return true;
	}
}

const changeOnlyMask = verbs.mask(['change']);
const peopleActMask = verbs.mask(['people', 'people-with-audience', 'people-sharing', 'behaviour', 'human-acts', 'collaboration', 'investigative']);

/** "Declare incidents earlier", "Escalate to the DBA sooner": a human act, to be done faster. */
function humanActSooner(action: Action, object: ObjectReading): Range | undefined {
	// "**Perf:** faster page loads": a noun phrase asks for speed of a thing, not of a person.
	if (object.strong || (action.kind === 'nominal' && !verbs.is(action.tokens[action.from], 'human-acts')) || !(action.unclassed || action.kind === 'behaviour' || action.kind === 'people' || verbs.is(action.tokens[action.from], 'human-acts'))) {
		return undefined;
	}
	for (let index = action.from; index < action.end; index++) {
		if (nouns.is(action.tokens[index], 'speed-adverbs')) {
			return [action.from, index + 1];
		}
	}
	return undefined;
}

/** "Respect the change freeze", "Honour the deploy window": a rule people are to keep. */
function ruleKept(action: Action): Range | undefined {
	const { tokens } = action;
	const verb = verbs.longest(tokens, action.from, ['norm-verbs'], action.end);
	// "Follow up re: SLA credits": the predicate is a longer phrasal verb, not "follow" a rule.
	if (verb === undefined || action.to - action.from > verb.length) {
		return undefined;
	}
	for (let index = action.from + verb.length; index < Math.min(action.end, action.from + verb.length + 5); index++) {
		if (nouns.is(tokens[index], 'rule-nouns')) {
			return [action.from, index + 1];
		}
	}
	return undefined;
}

/**
 * "No more manual edits to the prod DNS zone", "No hand-applied hotfixes", "Nobody deploys after 4pm":
 * a human act forbidden.
 */
function manualActStopped(action: Action): Range | undefined {
	const { tokens } = action;
	const first = action.kind === 'nominal' ? action.object : action.from;
	const nobody = tokens[first]?.norm === 'nobody' || (tokens[first]?.norm === 'no' && tokens[first + 1]?.norm === 'one');
	if (nobody) {
		const verb = first + (tokens[first].norm === 'nobody' ? 1 : 2);
		return isVerb(tokens, verb, action.end) || verbs.is(tokens[verb], 'modals') ? [first, verb + 1] : undefined;
	}
	if (tokens[first]?.norm !== 'no' && tokens[first]?.norm !== 'never') {
		return undefined;
	}
	for (let index = first + 1; index < Math.min(action.end, first + 4); index++) {
		const manner = nouns.longest(tokens, index, ['human-manner'], action.end);
		if (manner !== undefined) {
			return [first, index + manner.length];
		}
	}
	return undefined;
}

/** How many tokens from `index` name people ("the team", "on-call folks", "support", "new joiners"), or 0. */
export function peopleAt(tokens: readonly Token[], index: number, end: number): number {
	// "cert-manager", "release-managers-bot": people words inside a hyphenated name are part of a name;
	// "'Anyone' links", "the 'Specific people' option": a quoted word is a setting's name.
	if (tokens[index - 1]?.word === tokens[index]?.word || /['"‘“]$/u.test(tokens[index]?.gap ?? '')) {
		return 0;
	}
	let at = index;
	for (let match = nouns.longestIn(tokens, at, peopleMask, end); match !== undefined; match = nouns.longestIn(tokens, at, peopleMask, end)) {
		at += match.length;
	}
	return at > index && tokens[at]?.word === tokens[at - 1].word ? 0 : at - index;
}
