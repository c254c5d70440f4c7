/**
 * People-fix read from the item's audience and outcome rather than its opening words: who has to change,
 * and what carries the change once the item is closed. When all that is left is a change in people (they
 * know, were told, keep something in mind, act in some manner, follow a norm, hold a culture) and no tool,
 * automation, enforced gate, schedule or document carries it, the item is a people-fix however it is
 * worded: a norm with no modal ("whoever deploys owns watching…", "nobody bypasses…"), a role's duty with
 * a manner ("Storage admins to verify twice…"), a request ("All engineers please…"), telling or briefing
 * people ("Brief the night shift about…", "Reinforce with the desk that…"), what people hold in mind ("keep
 * in mind…", "need a better grasp of…"), a message label ("Lesson for all of us: …"). The classic people
 * verbs and phrases are judged first by item-people-fix.ts; this reads what they miss. Pure, per item.
 */
import { isVerb, type Action } from './item-grammar';
import { carriedOutside } from './item-mechanism';
import type { ObjectReading } from './item-object';
import { causedToAct, expectedThat, mannerStopped, normOfPeople, peopleVerbMask, reflexives, requestedHabit, roleLabelled } from './item-norms';
import { namesProduct, peopleAt } from './item-people';
import { messageEnd, toldToPeople } from './item-telling';
import { openingAt, pastDeterminer, systemMask, whoAt } from './item-who';
import type { ItemWords } from './item-text';
import type { Token } from './item-tokens';
import { nouns, outcomeWords, verbs } from './lexicon';

type Range = readonly [number, number];

/** The people part of an item whose outcome is only a change in people, or undefined. The caller has ruled out an item that makes a mechanism. */
export function peopleOutcome(words: ItemWords, action: Action, object: ObjectReading): Range | undefined {
	// "**Reminder:** scales need recal after being moved": a label that is itself a message to people.
	const labelled = labelledMessage(action);
	if (labelled !== undefined && (messageLabel(action.tokens, labelled[0], action.topic?.to ?? 0) || !changesThing(action, object))) {
		return object.strong && action.kind === 'change' ? undefined : carried(words, action, labelled, undefined) ? undefined : labelled;
	}
	if (changesThing(action, object)) {
		return undefined;
	}
	const { tokens } = action;
	const told = toldToPeople(action);
	if (told !== undefined) {
		// What people are told ("that SEV1s go through PagerDuty") is subject matter; what they are asked to do
		// ("to use the new release script") may name the tool that carries it.
		const message = told.message === undefined || tokens[told.message].norm === 'to' ? undefined : ([told.message, messageEnd(tokens, told.message, action.end)] as const);
		return carried(words, action, told.verb, message) ? undefined : [told.verb[0], Math.min(action.end, told.verb[0] + 4)];
	}
	const norm = roleLabelled(action) ?? normOfPeople(action) ?? causedToAct(action) ?? requestedHabit(action) ?? mannerStopped(action) ?? expectedThat(action) ?? mannerAsked(action);
	const found = norm ?? heldInMind(action);
	if (found === undefined) {
		return undefined;
	}
	// "aware of the DST change for scheduled promos", "familiarise themselves with the module scheme", "make the
	// ward staff aware that the EPR is read-only": what people are to know is subject matter, and the word's
	// own preposition is no means.
	const own = reflexives.has(tokens[found[1]]?.norm ?? '') ? found[1] + 1 : found[1];
	const about = ['of', 'that', 'about', 'on', 'regarding', 'with'].includes(tokens[own]?.norm ?? '');
	return carried(words, action, found, about ? [found[1], messageEnd(tokens, own, action.end)] : undefined, norm === undefined ? own + 1 : own) ? undefined : found;
}

/**
 * A mechanism outside the people part and what they are told carries the change: a schedule or an
 * enforcement anywhere else ("Remind … automatically at 09:00 to review…"), a tool named as the means, a
 * change the item also commits to.
 */
function carried(words: ItemWords, action: Action, own: Range, message: Range | undefined, meansFrom = own[1]): boolean {
	const inside = (index: number): boolean => (index >= own[0] && index < own[1]) || (message !== undefined && index >= message[0] && index < message[1]);
	return carriedOutside(words, action.tokens, inside, meansFrom, Math.max(own[1], message?.[1] ?? 0));
}

const changeMask = verbs.mask(['change']);

/**
 * "Pin the client to 2.14.x in the training image", "Require dual approval in the payments hub": a change
 * verb acting on a particular thing changes the system, whatever people words are around it.
 */
function changesThing(action: Action, object: ObjectReading): boolean {
	const { tokens } = action;
	const verb = tokens[action.from];
	if (action.kind !== 'change' || action.unclassed || action.peopleSubject || verb === undefined || !verbs.isAny(verb, changeMask) || verbs.isAny(verb, peopleVerbMask) || outcomeWords.is(verb, 'telling')) {
		return false;
	}
	// "Refresh everyone's knowledge of…": people in the possessive own what is changed; "Run an awareness
	// campaign…": what is made is for people's minds.
	const first = pastDeterminer(tokens, action.object);
	// "Get into the practice of…", "Get in the habit of…": a habit entered, not a thing changed.
	const habit = ['into', 'in'].includes(tokens[first]?.norm ?? '') && outcomeWords.longest(tokens, first, ['mind'], action.end) !== undefined;
	if ((habit || mindObjects.has(tokens[first]?.norm ?? '')) && !outcomeWords.is(verb, 'enforcing')) {
		return false;
	}
	return object.strong || outcomeWords.is(verb, 'enforcing') || (whoAt(tokens, first, action.end) === 0 && peopleAt(tokens, first, action.end) === 0);
}


/** What a change may make for people's minds ("an awareness campaign", "a culture survey"), unlike "a two-person approval". */
const mindObjects = new Set(['awareness', 'culture', 'mindset', 'ethos', 'knowledge', 'habit', 'habits', 'attention', 'sense']);

/**
 * "Lesson for all of us: verify backups before migrations", "**Reminder:** scales need recal after…",
 * "Rule going forward: no deploys during…": a label announcing a message or a norm to people. A norm label
 * needs people or a human act after it ("Policy: all buckets private" states the system's rule); a label
 * naming a tool ("GitLab approval rule:") says where the rule is enforced.
 */
function labelledMessage(action: Action): Range | undefined {
	const { tokens, topic } = action;
	if (topic === undefined || ['improvement', 'assurance', 'non-committal', 'goal'].includes(action.kind)) {
		return undefined;
	}
	const message = messageLabel(tokens, topic.from, topic.to);
	if (!message && action.kind === 'change' && !action.unclassed && !verbs.isAny(tokens[action.from], peopleVerbMask)) {
		return undefined;
	}
	let label = false;
	for (let index = topic.from; index < topic.to; index++) {
		if (nouns.isAny(tokens[index], systemMask)) {
			return undefined;
		}
		label ||= outcomeWords.longest(tokens, index, ['message-labels'], topic.to) !== undefined;
	}
	// "Agreement with the team: …": a label naming people says who the norm is for.
	const forPeople = tokens.slice(topic.from, topic.to).some((_, offset) => whoAt(tokens, topic.from + offset, topic.to, false) > 0);
	if (!label || namesProduct(tokens, topic.from, topic.to) || !(message || forPeople || humanAfter(tokens, topic.to, action.end))) {
		return undefined;
	}
	return [topic.from, Math.min(action.end, topic.to + 4)];
}

/** A label that is itself a message to people ("Reminder", "Lesson", "Takeaway", "PSA"), not a norm. */
function messageLabel(tokens: readonly Token[], from: number, to: number): boolean {
	for (let index = from; index < to; index++) {
		if (['reminder', 'remember', 'lesson', 'learning', 'takeaway', 'psa', 'heads', 'fyi', 'awareness', 'message', 'note', 'warning', 'caution'].some((word) => tokens[index].forms.includes(word))) {
			return true;
		}
	}
	return false;
}

/** People, a human act forbidden ("no deploys during…", "nobody…"), or a message to people after a norm label. */
function humanAfter(tokens: readonly Token[], from: number, end: number): boolean {
	for (let index = from; index < end; index++) {
		if (whoAt(tokens, index, end, false) > 0 || outcomeWords.is(tokens[index], 'telling') || outcomeWords.is(tokens[index], 'mind')) {
			return true;
		}
		// "no deploys", "never merges", "no config changes after 4pm": an act (a verb's form) forbidden.
		for (let act = index + 1; ['no', 'never'].includes(tokens[index].norm) && act < Math.min(end, index + 4); act++) {
			if (tokens[act].norm.endsWith('s') && isVerb(tokens, act, end)) {
				return true;
			}
		}
	}
	return false;
}


/**
 * "keep in mind that the hotels API caches…", "ML engineers need to understand leakage risks better",
 * "Grad students … need a better grasp of…", "make the team aware of…", "Foster a sense of ownership…",
 * "Make backfills a two-person job": what is left is in people's minds or manners.
 */
function heldInMind(action: Action): Range | undefined {
	const { tokens } = action;
	const opening = openingAt(action);
	for (let index = 0; index < action.end; index++) {
		const mind = outcomeWords.longest(tokens, index, ['mind'], action.end);
		if (mind !== undefined && !technical(tokens, index, index + mind.length) && !heldByThing(tokens, index)) {
			return [index, index + mind.length];
		}
		// "Remember…", "Know your escalation contacts": a mind verb asked of the reader; "understand" only of
		// people named; "Ensure new starters are properly trained…": told or taught, as a state of people.
		const taught = tokens[index].norm.endsWith('ed') && ['is', 'are', 'be', 'properly', 'fully', 'well'].includes(tokens[index - 1]?.norm ?? '') ? outcomeWords.longest(tokens, index, ['telling'], action.end) : undefined;
		const verb = outcomeWords.longest(tokens, index, ['mind-verbs'], action.end) ?? taught;
		if (verb !== undefined && ((index === opening && imperativeMind.has(tokens[index].forms.at(-1) ?? '')) || heldBy(tokens, index))) {
			return [index, index + verb.length];
		}
	}
	return undefined;
}

/**
 * "Verify two times the merchant ID before…", "Always confirm the dock by radio": an act asked of the
 * reader with a mark of manner; an act a change verb does to things is left to the change ("Always pin…").
 */
function mannerAsked(action: Action): Range | undefined {
	const { tokens } = action;
	const opening = tokens[action.from];
	if (action.subject || (!['investigative', 'behaviour'].includes(action.kind) && !action.unclassed && !verbs.isAny(opening, peopleVerbMask))) {
		return undefined;
	}
	for (let index = action.from; index < action.end; index++) {
		const mark = outcomeWords.longest(tokens, index, ['manner-marks'], action.end);
		if (mark !== undefined) {
			return [action.from, index + mark.length];
		}
	}
	return undefined;
}

/** Mind verbs that ask the reader to hold something, not to find something out ("understand why…" investigates). */
const imperativeMind = new Set(['remember', 'recall', 'memorise', 'memorize', 'know']);

/** "machine learning", "knowledge base", "customer care": a mind word naming a thing. */
function technical(tokens: readonly Token[], from: number, to: number): boolean {
	const before = tokens[from - 1]?.norm ?? '';
	const after = tokens[to]?.norm ?? '';
	return ['machine', 'deep', 'model', 'customer', 'health', 'self'].includes(before) || ['base', 'bases', 'graph', 'management', 'transfer', 'plan', 'service', 'services', 'mode', 'traffic', 'check', 'checks'].includes(after);
}

/** "…as Kubernetes is not aware of our zones": a state of mind said of a thing is how it works. */
function heldByThing(tokens: readonly Token[], index: number): boolean {
	let at = index - 1;
	while (at > 0 && ['not', 'fully', 'more', 'always', 'never', 'made', 'kept'].includes(tokens[at].norm)) {
		at--;
	}
	if (!['is', 'are', 'was', 'were', "isn't", "aren't"].includes(tokens[at]?.norm ?? '')) {
		return false;
	}
	const subject = tokens[at - 1];
	return subject !== undefined && !['we', 'you', 'they', 'everyone', 'everybody', 'nobody'].includes(subject.norm) && whoAt(tokens, at - 1, at) === 0 && peopleAt(tokens, at - 1, at) === 0;
}

/** A mind verb whose holder is people named before it ("engineers need to understand", "devs should remember"). */
function heldBy(tokens: readonly Token[], verb: number): boolean {
	// "Pair with the networking team to understand…" is a purpose: the item's doer understands. Asked of the
	// people, a modal or "need" comes between ("engineers need to understand", "devs should remember").
	let asked = false;
	for (let at = verb - 1; at >= Math.max(0, verb - 5); at--) {
		asked ||= verbs.is(tokens[at], 'modals') || ['need', 'needs'].includes(tokens[at].norm);
		if (whoAt(tokens, at, verb) > 0 && !['we', 'you'].includes(tokens[at].norm)) {
			// "Ensure all contractors understand…", "Make sure the team knows…": a state of people asked for.
			// "Ensure new IT starters are…": determiners and a word saying which people may come between.
			const ensured = [1, 2, 3].some((back) => ['ensure', 'sure', 'that'].includes(tokens[at - back]?.norm ?? ''));
			if (asked || ensured) {
				return true;
			}
		}
	}
	return false;
}
