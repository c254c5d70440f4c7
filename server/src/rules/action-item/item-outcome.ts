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
import { prepositions } from './item-audience';
import { isVerb, type Action } from './item-grammar';
import { carriedOutside, makesMechanism } from './item-mechanism';
import type { ObjectReading } from './item-object';
import { namesProduct, peopleAt } from './item-people';
import { messageEnd, toldToPeople } from './item-telling';
import { determiner, openingAt, whoAt } from './item-who';
import { standingDuty } from './item-subject';
import type { ItemWords } from './item-text';
import { endsSentence, type Token } from './item-tokens';
import { nouns, outcomeWords, verbs } from './lexicon';

type Range = readonly [number, number];

/** The people part of an item whose outcome is only a change in people, or undefined. */
export function peopleOutcome(words: ItemWords, action: Action, object: ObjectReading): Range | undefined {
	if (makesMechanism(action)) {
		return undefined;
	}
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
		const message = told.message === undefined ? undefined : ([told.message, messageEnd(tokens, told.message, action.end)] as const);
		return carried(words, action, told.verb, message) ? undefined : [told.verb[0], Math.min(action.end, told.verb[0] + 4)];
	}
	const found = normOfPeople(action) ?? expectedThat(action) ?? mannerAsked(action) ?? heldInMind(action);
	if (found === undefined) {
		return undefined;
	}
	// "aware of the DST change for scheduled promos", "familiarise themselves with the module scheme": what
	// people are to know is subject matter, and the word's own preposition is no means.
	const own = reflexives.has(tokens[found[1]]?.norm ?? '') ? found[1] + 1 : found[1];
	const about = ['of', 'that', 'about', 'on', 'regarding', 'with'].includes(tokens[own]?.norm ?? '');
	return carried(words, action, found, about ? [found[1], messageEnd(tokens, own, action.end)] : undefined, own + 1) ? undefined : found;
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
const peopleVerbMask = verbs.mask(['people', 'people-with-audience', 'people-sharing', 'behaviour', 'human-acts', 'norm-verbs']);

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
	// "Refresh everyone's knowledge of…": people in the possessive own what is changed.
	const first = action.object + (determiner(tokens[action.object]) ? 1 : 0);
	return object.strong || outcomeWords.is(verb, 'enforcing') || (whoAt(tokens, first, action.end) === 0 && peopleAt(tokens, first, action.end) === 0);
}


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
	if (!label || namesProduct(tokens, topic.from, topic.to) || !(message || humanAfter(tokens, topic.to, action.end))) {
		return undefined;
	}
	return [topic.from, Math.min(action.end, topic.to + 4)];
}

const systemMask = nouns.mask(['mechanism-nouns', 'component-heads']);

/** A label that is itself a message to people ("Reminder", "Lesson", "Takeaway", "PSA"), not a norm. */
function messageLabel(tokens: readonly Token[], from: number, to: number): boolean {
	for (let index = from; index < to; index++) {
		if (['reminder', 'lesson', 'learning', 'takeaway', 'psa', 'heads', 'fyi', 'awareness', 'message', 'note'].some((word) => tokens[index].forms.includes(word))) {
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
		// "no deploys", "never merges": an act (a verb's form) forbidden.
		if (['no', 'never'].includes(tokens[index].norm) && index + 1 < end && tokens[index + 1].norm.endsWith('s') && isVerb(tokens, index + 1, end)) {
			return true;
		}
	}
	return false;
}

/**
 * "Going forward, whoever deploys owns watching…", "nobody bypasses the staging check, period", "techs
 * should always call the NOC before…", "lab staff to wear wrist straps at all times", "All engineers
 * please to be more attentive…": people as the subject, then a norm (a present-tense statement of what
 * they do, a request) or a duty with a mark of habit or manner. A piece of work assigned to a team ("SRE
 * to upgrade Kafka to 3.6") has no such mark and stays the team's change.
 */
function normOfPeople(action: Action): Range | undefined {
	const { tokens } = action;
	let subject = openingAt(action);
	while (subject < action.end && determiner(tokens[subject])) {
		subject++;
	}
	// "We should investigate…": the writer's own team assigning itself work, not a norm for others; after
	// an opening norm mark ("Going forward we double check…") it is the team's new habit.
	const normOpened = subject > (action.topic?.to ?? 0) && outcomeWords.longest(tokens, action.topic?.to ?? 0, ['norm-marks'], action.end) !== undefined;
	let who = ['we', 'you', 'us', 'i'].includes(tokens[subject]?.norm ?? '') && !normOpened ? 0 : whoAt(tokens, subject, action.end, false);
	// "Storage admins to…", "ML engineers need to…", "IT staff are…": one word may say which people.
	if (who === 0 && subject + 1 < action.end && tokens[subject + 1].gap.trim() === '' && !nouns.is(tokens[subject], 'function-words') && !isVerb(tokens, subject, action.end)) {
		who = whoAt(tokens, subject + 1, action.end, false);
		who += who > 0 ? 1 : 0;
	}
	if (who === 0) {
		return undefined;
	}
	// "Going forward we double check…", "From now on the on-call lead posts…": after a norm mark, what they do is the norm.
	if (normOpened && subject + who < action.end && !nouns.is(tokens[subject + who], 'function-words')) {
		return [subject, Math.min(action.end, subject + who + 3)];
	}
	for (let at = subject + who; at < Math.min(action.end, subject + who + 8); at++) {
		// "Engineers get paged when the queue depth exceeds…": a verb in another clause is not theirs.
		if (at > subject + who && (endsSentence(tokens[at].gap) || /[;:]/u.test(tokens[at].gap) || clauseWords.has(tokens[at].norm))) {
			return undefined;
		}
		const act = actAfter(tokens, subject, subject + who, at, action.end);
		if (act !== undefined) {
			return act ? [subject, Math.min(action.end, at + 3)] : undefined;
		}
	}
	return undefined;
}

/**
 * At `at` after the people [subject, after): a request (true), a present-tense norm (true), a modal or
 * "to" before an act that is a habit or a people act (true), before a piece of work (false), or nothing
 * yet (undefined).
 */
function actAfter(tokens: readonly Token[], subject: number, after: number, at: number, end: number): boolean | undefined {
	const token = tokens[at];
	if (outcomeWords.is(token, 'requests') && ['please', 'pls', 'plz', 'kindly', 'pleas'].includes(token.norm)) {
		return true;
	}
	// "PMs expected to flag…", "Pickers responsible for…": a duty word stands for the modal.
	const duty = outcomeWords.longest(tokens, at, ['duty-words'], end);
	const dutyLength = duty !== undefined && ['to', 'for'].includes(tokens[at + duty.length]?.norm ?? '') ? duty.length + 1 : undefined;
	// "Tellers are not to release…": a modal negated inside.
	const negatedTo = ['are', 'is'].includes(token.norm) && ['not', 'never'].includes(tokens[at + 1]?.norm ?? '') && tokens[at + 2]?.norm === 'to' ? { length: 3 } : undefined;
	const modal = negatedTo ?? verbs.longest(tokens, at, ['modals'], end) ?? (['to', 'need', 'needs'].includes(token.norm) && at === after ? { length: 1 } : dutyLength === undefined ? undefined : { length: dutyLength });
	if (negatedTo !== undefined) {
		return true;
	}
	if (modal !== undefined) {
		const verb = at + modal.length + (tokens[at + modal.length]?.norm === 'to' ? 1 : 0);
		return habitAsked(tokens, subject, verb, end);
	}
	// "whoever deploys owns…", "nobody bypasses…", "Everyone in engineering reads…": a norm stated as a fact.
	const present = /[^s]s$/u.test(token.norm) && token.forms.length > 1 && !nouns.isAny(token, presentNotVerb) && (isVerb(tokens, at, end) || /^[a-z]{4,}$/u.test(token.norm));
	// "Everyone in engineering reads…"; not "Engineers from flags, …": after a preposition the word is a noun.
	const afterNoun = !nouns.is(tokens[at - 1], 'function-words') && !prepositions.has(tokens[at - 1].norm) && tokens[at].gap.trim() === '';
	// "the engineer who opens a change window is the one who closes it": the people's act in a relative clause.
	const relative = tokens[at - 1].norm === 'who' && at === after + 1;
	if (present && (at === after || relative || (universal(tokens, subject) && afterNoun))) {
		return !['gets', 'has', 'receives', 'needs', 'uses'].includes(token.norm) || outcomeWords.is(tokens[at + 1], 'mind');
	}
	return undefined;
}

const clauseWords = new Set(['when', 'whenever', 'if', 'which', 'because', 'unless', 'so', 'once']);
const presentNotVerb = nouns.mask(['function-words', 'people-nouns', 'calendar', 'component-heads', 'mechanism-nouns']);

function universal(tokens: readonly Token[], subject: number): boolean {
	return nouns.longest(tokens, subject, ['universal-people']) !== undefined;
}

/** "It is expected that relationship managers verify…", "It is essential that staff…": a norm for the people of the that-clause. */
function expectedThat(action: Action): Range | undefined {
	const { tokens } = action;
	for (let index = 1; index < Math.min(action.end - 1, 8); index++) {
		const asked = outcomeWords.is(tokens[index - 1], 'duty-words') || ['important', 'essential', 'vital', 'critical', 'crucial', 'agreed', 'understood', 'key', 'imperative', 'mandated'].includes(tokens[index - 1].norm);
		if (tokens[index].norm === 'that' && asked) {
			const people = index + 1 + (determiner(tokens[index + 1]) ? 1 : 0);
			const who = whoAt(tokens, people, action.end, false) || (whoAt(tokens, people + 1, action.end, false) > 0 ? whoAt(tokens, people + 1, action.end, false) + 1 : 0);
			return who > 0 ? [index - 1, people + who] : undefined;
		}
	}
	return undefined;
}

/**
 * What is asked after the modal is how people work: a habit or manner mark ("always", "twice", "before
 * deleting", "at all times"), a people act (confirm, call, escalate, follow, remember), what they hold in
 * mind, or a rule for everyone; not a change verb on a thing with no such mark.
 */
function habitAsked(tokens: readonly Token[], subject: number, verb: number, clauseEnd: number): boolean {
	// "…will own a synthetic check that runs every five minutes": a mark inside a clause about a thing is the thing's.
	const relative = tokens.findIndex((token, at) => at > verb && at < clauseEnd && ['that', 'which'].includes(token.norm));
	const end = relative === -1 ? clauseEnd : relative;
	if (standingDuty(tokens, verb, end) || tokens[subject].norm === 'nobody' || ['not', 'never'].includes(tokens[verb]?.norm ?? '')) {
		return true;
	}
	const token = tokens[verb];
	// "Couriers are responsible for photographing each parcel": each piece of their work, unless the act is a
	// change to things ("Platform team to upgrade every node").
	const routine = token !== undefined && !verbs.isAny(token, changeMask);
	for (let at = verb; at < end; at++) {
		if (outcomeWords.longest(tokens, at, ['norm-marks', 'mind'], end) !== undefined || nouns.is(tokens[at], 'care-adverbs') || (routine && ['every', 'each'].includes(tokens[at].norm) && !nouns.is(tokens[at + 1], 'calendar'))) {
			return true;
		}
	}
	// "new techs should shadow a senior for a week": what they do is with people, to learn from them.
	// "…should acquaint themselves with…", "…backing up their own results": what people do to or for
	// themselves is learning or care; "…have a word with the engineers involved": with people.
	const withPeople = whoAt(tokens, verb + 1 + (determiner(tokens[verb + 1]) ? 1 : 0), end, false) > 0 || reflexives.has(tokens[verb + 1]?.norm ?? '') || ownOrWithPeople(tokens, verb, end);
	return token !== undefined && (withPeople || verbs.isAny(token, peopleVerbMask) || outcomeWords.isAny(token, mindVerbMask) || universal(tokens, subject)) && !verbs.isAny(token, grantsMask);
}

function ownOrWithPeople(tokens: readonly Token[], verb: number, end: number): boolean {
	if (verbs.isAny(tokens[verb], grantsMask) || outcomeWords.is(tokens[verb], 'enrolling')) {
		return false;
	}
	for (let at = verb + 1; at < Math.min(end, verb + 7); at++) {
		if (['their', 'his', 'her', 'your'].includes(tokens[at].norm) && tokens[at + 1]?.norm === 'own') {
			return true;
		}
		if (['with', 'to'].includes(tokens[at].norm) && whoAt(tokens, at + 1 + (determiner(tokens[at + 1]) ? 1 : 0), end, false) > 0) {
			return true;
		}
	}
	return false;
}

const reflexives = new Set(['themselves', 'yourself', 'yourselves', 'ourselves', 'himself', 'herself', 'myself']);
const mindVerbMask = outcomeWords.mask(['mind-verbs', 'telling']);
const grantsMask = verbs.mask(['grants']);

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
		if (mind !== undefined && !technical(tokens, index, index + mind.length)) {
			return [index, index + mind.length];
		}
		// "Remember…", "Know your escalation contacts": a mind verb asked of the reader; "understand" only of people named.
		const verb = outcomeWords.longest(tokens, index, ['mind-verbs'], action.end);
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
	if (action.subject || !['investigative', 'behaviour'].includes(action.kind) && !action.unclassed) {
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

/** A mind verb whose holder is people named before it ("engineers need to understand", "devs should remember"). */
function heldBy(tokens: readonly Token[], verb: number): boolean {
	// "Pair with the networking team to understand…" is a purpose: the item's doer understands. Asked of the
	// people, a modal or "need" comes between ("engineers need to understand", "devs should remember").
	let asked = false;
	for (let at = verb - 1; at >= Math.max(0, verb - 5); at--) {
		asked ||= verbs.is(tokens[at], 'modals') || ['need', 'needs'].includes(tokens[at].norm);
		if (whoAt(tokens, at, verb) > 0 && !['we', 'you'].includes(tokens[at].norm)) {
			// "Ensure all contractors understand…", "Make sure the team knows…": a state of people asked for.
			const before = tokens[at - 1]?.norm === 'all' || tokens[at - 1]?.norm === 'the' ? at - 2 : at - 1;
			if (asked || ['ensure', 'sure', 'that'].includes(tokens[before]?.norm ?? '')) {
				return true;
			}
		}
	}
	return false;
}
