/**
 * Norms for people (people-fix's outcome reading): people as the subject, then a norm stated as a fact
 * ("whoever deploys owns watching…", "nobody bypasses…"), a request ("All engineers please…", "let's
 * not…"), or a duty with a mark of habit or manner ("Storage admins to verify twice…", "techs should
 * always call…"); a role label with a habit ("Field teams: confirm … before…"), a norm in a that-clause, a
 * human manner given up ("yolo deploys need to stop"). A piece of work assigned to a team ("SRE to upgrade
 * Kafka to 3.6") has no such mark and stays the team's change. Pure, per item.
 */
import { prepositions } from './item-audience';
import { isVerb, type Action } from './item-grammar';
import { standingDuty } from './item-subject';
import { endsSentence, type Token } from './item-tokens';
import { determiner, openingAt, pastDeterminer, whoAt } from './item-who';
import { nouns, outcomeWords, verbs } from './lexicon';

type Range = readonly [number, number];

const changeMask = verbs.mask(['change']);
/** Verbs of what people do or are asked to do themselves, as opposed to a change made to things. */
export const peopleVerbMask = verbs.mask(['people', 'people-with-audience', 'people-sharing', 'behaviour', 'human-acts', 'norm-verbs']);

/**
 * "Going forward, whoever deploys owns watching…", "nobody bypasses the staging check, period", "techs
 * should always call the NOC before…", "lab staff to wear wrist straps at all times", "All engineers
 * please to be more attentive…": people as the subject, then a norm (a present-tense statement of what
 * they do, a request) or a duty with a mark of habit or manner. A piece of work assigned to a team ("SRE
 * to upgrade Kafka to 3.6") has no such mark and stays the team's change.
 */
export function normOfPeople(action: Action): Range | undefined {
	const { tokens } = action;
	let subject = openingAt(action);
	// "Must inform to NOC before doing any activity on site": a modal with no subject asks the reader.
	const modal = verbs.longest(tokens, subject, ['modals'], action.end);
	if (modal !== undefined && subject === (action.topic?.to ?? 0) && !['will', 'can', 'could', 'would', 'may', 'might'].includes(tokens[subject].norm)) {
		const verb = subject + modal.length + (tokens[subject + modal.length]?.norm === 'to' ? 1 : 0);
		// Only a people act: "Need to understand the failure better", "Need to improve monitoring" investigate or improve.
		const peopleAct = verbs.isAny(tokens[verb], peopleVerbMask) || outcomeWords.is(tokens[verb], 'telling');
		return verb < action.end && peopleAct && habitAsked(tokens, subject, verb, action.end) ? [subject, verb + 1] : undefined;
	}
	// "Each of us should…": the people may open with a word that is also a determiner.
	while (subject < action.end && determiner(tokens[subject]) && whoAt(tokens, subject, action.end, false) === 0) {
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

/**
 * "Get the quants to communicate model changes to risk earlier", "Have the team practise restoring…": people
 * caused to act, read as a duty of theirs (a habit, a manner or a people act; not "Get the DBA team to add
 * an index on…").
 */
export function causedToAct(action: Action): Range | undefined {
	const { tokens } = action;
	const at = openingAt(action);
	if (!['get', 'have', 'make', 'encourage', 'push', 'nudge'].includes(tokens[at]?.forms.at(-1) ?? '')) {
		return undefined;
	}
	const people = pastDeterminer(tokens, at + 1);
	const who = whoAt(tokens, people, action.end);
	if (who === 0) {
		return undefined;
	}
	const verb = people + who + (tokens[people + who]?.norm === 'to' ? 1 : 0);
	return verb < action.end && habitAsked(tokens, people, verb, action.end) ? [at, verb + 1] : undefined;
}

/** "Field teams: confirm with the NOC before any fibre cut": a label naming people, then a habit asked of them. */
export function roleLabelled(action: Action): Range | undefined {
	const { tokens, topic } = action;
	if (topic === undefined || topic.to >= action.end) {
		return undefined;
	}
	const second = whoAt(tokens, topic.from + 1, topic.to, false);
	const who = whoAt(tokens, topic.from, topic.to, false) || (second > 0 ? second + 1 : 0);
	const named = who > 0 && topic.from + who === topic.to;
	return named && habitAsked(tokens, topic.from, topic.to, action.end) ? [topic.from, Math.min(action.end, topic.to + 3)] : undefined;
}

/**
 * "folks, let's not merge on fridays", "Team, please always…", "let's be more careful with…": a request
 * to the team, negated, always, or a state of care.
 */
export function requestedHabit(action: Action): Range | undefined {
	const { tokens } = action;
	let at = openingAt(action);
	// A vocative first ("folks,", "team,", "all,").
	const vocative = whoAt(tokens, at, action.end, false);
	if (vocative > 0 && /,/u.test(tokens[at + vocative]?.gap ?? '')) {
		at += vocative;
	}
	const request = outcomeWords.longest(tokens, at, ['requests'], action.end);
	// Only a request to the team ("let's", "please"), not an assurance ("Ensure all services…").
	const length = request !== undefined && ['let', "let's", 'lets', 'please', 'pls', 'plz', 'kindly'].includes(tokens[at].norm) ? request.length : 0;
	const next = length === 0 ? undefined : tokens[at + length];
	// "Please everybody follow…": the request names who it is for.
	const addressed = next !== undefined && whoAt(tokens, at + length, action.end, false) > 0 && !['we', 'you'].includes(next.norm);
	return next !== undefined && (addressed || ['not', 'never', 'always', 'be', 'stop', 'remember', 'try'].includes(next.norm)) ? [at, at + length + 1] : undefined;
}

/** "yolo deploys need to stop", "Manual hotfixes on prod have to end": a human manner of working, to be given up. */
export function mannerStopped(action: Action): Range | undefined {
	const { tokens } = action;
	const manner = tokens.findIndex((token, index) => index < Math.min(action.end, 3) && nouns.is(token, 'human-manner'));
	if (manner === -1) {
		return undefined;
	}
	for (let at = manner + 1; at < Math.min(action.end, manner + 10); at++) {
		if (['stop', 'end', 'cease', 'go'].includes(tokens[at].forms.at(-1) ?? '') && (verbs.is(tokens[at - 1], 'modals') || ['to', 'must', 'should'].includes(tokens[at - 1].norm))) {
			return [manner, at + 1];
		}
	}
	return undefined;
}

/** "It is expected that relationship managers verify…", "It is essential that staff…": a norm for the people of the that-clause. */
export function expectedThat(action: Action): Range | undefined {
	const { tokens } = action;
	for (let index = 1; index < Math.min(action.end - 1, 8); index++) {
		const asked = outcomeWords.is(tokens[index - 1], 'duty-words') || ['important', 'essential', 'vital', 'critical', 'crucial', 'agreed', 'understood', 'key', 'imperative', 'mandated'].includes(tokens[index - 1].norm);
		// "It is important for all technicians to wear…": the people after "for", asked as in a that-clause.
		if (tokens[index].norm === 'for' && asked) {
			const people = pastDeterminer(tokens, index + 1);
			const who = whoAt(tokens, people, action.end, false);
			return who > 0 && tokens[people + who]?.norm === 'to' ? [index - 1, people + who] : undefined;
		}
		if (tokens[index].norm === 'that' && asked) {
			const people = pastDeterminer(tokens, index + 1);
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
		if (outcomeWords.longest(tokens, at, ['norm-marks', 'mind'], end) !== undefined || nouns.is(tokens[at], 'care-adverbs') || nouns.is(tokens[at], 'speed-adverbs') || (routine && ['every', 'each'].includes(tokens[at].norm) && !nouns.is(tokens[at + 1], 'calendar') && !cadences.has(tokens[at + 1]?.norm ?? ''))) {
			return true;
		}
	}
	// "new techs should shadow a senior for a week": what they do is with people, to learn from them.
	// "…should acquaint themselves with…", "…backing up their own results": what people do to or for
	// themselves is learning or care; "…have a word with the engineers involved": with people.
	const withPeople = whoAt(tokens, pastDeterminer(tokens, verb + 1), end, false) > 0 || reflexives.has(tokens[verb + 1]?.norm ?? '') || ownOrWithPeople(tokens, verb, end);
	// "Engineers should have better visibility into…": what people are to have is provided to them.
	if (!withPeople && ['have', 'get', 'receive', 'gain'].includes(token?.norm ?? '')) {
		return false;
	}
	return token !== undefined && (withPeople || verbs.isAny(token, peopleVerbMask) || outcomeWords.isAny(token, mindVerbMask) || (universal(tokens, subject) && !verbs.isAny(token, improvementMask))) && !verbs.isAny(token, grantsMask);
}

function ownOrWithPeople(tokens: readonly Token[], verb: number, end: number): boolean {
	if (verbs.isAny(tokens[verb], grantsMask) || outcomeWords.is(tokens[verb], 'enrolling')) {
		return false;
	}
	for (let at = verb + 1; at < Math.min(end, verb + 7); at++) {
		if (['their', 'his', 'her', 'your'].includes(tokens[at].norm) && tokens[at + 1]?.norm === 'own') {
			return true;
		}
		if (['with', 'to'].includes(tokens[at].norm) && whoAt(tokens, pastDeterminer(tokens, at + 1), end, false) > 0) {
			return true;
		}
	}
	return false;
}

/** "…review it every quarter": a cadence of the calendar is a schedule, not a habit of the work. */
const cadences = new Set(['quarter', 'month', 'year', 'half', 'fortnight', 'sprint', 'cycle', 'season']);

/** "Engineers need to improve test coverage": improving a thing is the thing's change, for vague to judge. */
const improvementMask = verbs.mask(['improvement', 'goal']);

export const reflexives = new Set(['themselves', 'yourself', 'yourselves', 'ourselves', 'himself', 'herself', 'myself']);
const mindVerbMask = outcomeWords.mask(['mind-verbs', 'telling']);
const grantsMask = verbs.mask(['grants']);
