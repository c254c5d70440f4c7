/**
 * The subject before a modal, read the way a reader does ("On-call engineers need to…", "Release manager
 * must…", "Sam to…", "Nobody should…"): who it is (people, or a thing: "Alerts should be actionable"),
 * and whether what follows is a piece of work assigned to them or a rule for how they work (a standing
 * duty, a prohibition, a rule for everyone), which is a behaviour. Pure, per item.
 */
import { endsSentence, type Token } from './item-tokens';
import { isVerb, parsePredicate, type ActionKind, type Predicate } from './item-grammar';
import { nouns, verbs } from './lexicon';

/** "On-call engineers need to escalate…", "Monitoring should be improved", "All services must run…". */
export function subjectPredicate(tokens: readonly Token[], index: number, end: number, depth: number): Predicate | undefined {
	const duty = dutyOf(tokens, index, end);
	if (duty !== undefined) {
		return afterModal(tokens, duty.subject, duty.to, duty.to + 1, end, depth, false);
	}
	// "Release manager must verify…": a verb may open a role's name, then a modal follows the role.
	const opensWithVerb = isVerb(tokens, index, end) && !nouns.isAny(tokens[index], subjectPeople);
	for (let at = index + 1; at < Math.min(end, index + 7); at++) {
		if (tokens[at].gap.trim() !== '' && !/^[\s'’]*$/u.test(tokens[at].gap)) {
			return undefined;
		}
		const modal = opensWithVerb ? (endsInRole(tokens, index, at) ? verbs.longest(tokens, at, ['modals'], end) : undefined) : (verbs.longest(tokens, at, ['modals'], end) ?? assignedTo(tokens, index, at));
		if (modal !== undefined) {
			return afterModal(tokens, index, at, at + modal.length, end, depth, 'person' in modal);
		}
	}
	return undefined;
}

const dutyNouns = new Set(['responsibility', 'job', 'duty', 'role', 'task']);

/** "It is the responsibility of each shift lead to confirm…", "It's the on-call engineer's job to…": the people named are asked, as "Each shift lead must confirm…". */
function dutyOf(tokens: readonly Token[], index: number, end: number): { readonly subject: number; readonly to: number } | undefined {
	const opened = tokens[index]?.norm === "it's" ? index + 1 : tokens[index]?.norm === 'it' && ['is', "'s", 'will'].includes(tokens[index + 1]?.norm ?? '') ? index + 2 : -1;
	if (opened === -1) {
		return undefined;
	}
	const noun = tokens.findIndex((token, at) => at >= opened && at <= opened + 5 && dutyNouns.has(token.norm));
	// "It's the on-call engineer's job to verify…": the people before the duty, in the possessive.
	if (noun > opened && tokens[noun - 1].norm.endsWith("'s") && tokens[noun + 1]?.norm === 'to' && isPeopleWord(tokens, noun - 1)) {
		return { subject: tokens[opened].norm === 'the' ? opened + 1 : opened, to: noun + 1 };
	}
	if (noun === -1 || tokens[noun + 1]?.norm !== 'of') {
		return undefined;
	}
	const to = tokens.findIndex((token, at) => at > noun + 2 && at <= noun + 7 && at < end && token.norm === 'to');
	return to !== -1 && tokens.slice(noun + 2, to).some((_, at) => isPeopleWord(tokens, noun + 2 + at)) ? { subject: noun + 2, to } : undefined;
}

/** People words that make a subject people: roles and teams ("everyone" and "whoever" are people words too). */
const subjectPeople = nouns.mask(['people-nouns', 'audience-teams']);

/** "Release manager", "Support agents": content words ending on a role, no pronoun and no clause between. */
function endsInRole(tokens: readonly Token[], subject: number, at: number): boolean {
	const last = tokens[at - 1];
	return at - subject <= 3 && isPeopleWord(tokens, at - 1) && !['we', 'you'].includes(last.norm) && !tokens.slice(subject, at).some((token) => nouns.is(token, 'function-words'));
}

/**
 * The word holding token `index` is a people word as a whole: "on-callers" is people, while in
 * "grafana-agent" and "cert-manager" the people part names a thing.
 */
function isPeopleWord(tokens: readonly Token[], index: number): boolean {
	let start = index;
	while (tokens[start - 1]?.word === tokens[index].word) {
		start--;
	}
	let end = index + 1;
	while (tokens[end]?.word === tokens[index].word) {
		end++;
	}
	return nouns.longestIn(tokens, start, subjectPeople, end)?.length === end - start;
}

/**
 * What the subject before a modal is asked to do. After a modal a verb follows, so an unknown word there
 * is an unknown verb ("must acknowledge pages…"); "not"/"never" before it forbids an act, and a rule for
 * people ("Engineers should not deploy on Fridays") is a behaviour.
 */
function afterModal(tokens: readonly Token[], subject: number, modalAt: number, verbAt: number, end: number, depth: number, person: boolean): Predicate | undefined {
	const people = person || tokens.slice(subject, modalAt).some((_, offset) => isPeopleWord(tokens, subject + offset));
	// "Engineers should not deploy…", "Nobody should run…": an act forbidden.
	const negated = ['not', 'never'].includes(tokens[verbAt]?.norm ?? '') || /n't$|n’t$|^cannot$/u.test(tokens[modalAt].norm) || tokens[subject].norm === 'nobody' || (tokens[subject].norm === 'no' && tokens[subject + 1]?.norm === 'one');
	const at = ['not', 'never', 'always'].includes(tokens[verbAt]?.norm ?? '') ? verbAt + 1 : verbAt;
	let rest = parsePredicate(tokens, at, end, depth + 1);
	// After a modal a verb follows, even one that is also a generic noun ("shouldn't bypass the queue").
	if (rest.kind === 'nominal' && at < end && (people || negated) && /^[a-z]{2,}$/u.test(tokens[at].norm) && !nouns.isAny(tokens[at], notVerbsAfterModal)) {
		rest = { kind: 'change', from: at, to: at + 1, object: at + 1, unclassed: true };
	}
	if (rest.kind === 'nominal') {
		return undefined;
	}
	const kind = people && (negated || standingDuty(tokens, verbAt, end)) ? 'behaviour' : subjectKind(tokens, subject, verbAt, rest.kind, people);
	return { ...rest, kind, peopleSubject: people, subject, object: people ? rest.object : Math.min(subject, rest.object) };
}

const notVerbs = nouns.mask(['function-words', 'generic', 'quality', 'comparatives']);
const notVerbsAfterModal = nouns.mask(['function-words', 'quality', 'comparatives']);

/**
 * "…must verify the build before promoting", "…should post an update every 30 minutes", "…always confirm
 * the region", "…acknowledge pages within 5 minutes", "…use the channel instead of DMs": what people are
 * to do each time they work, not a piece of work assigned to them.
 */
export function standingDuty(tokens: readonly Token[], verb: number, end: number): boolean {
	for (let at = verb; at < end - 1; at++) {
		const token = tokens[at];
		const next = tokens[at + 1];
		if (at > verb && endsSentence(token.gap)) {
			return false;
		}
		const routine = (token.norm === 'every' || token.norm === 'each') && (routineUnits.has(next.norm) || (/^\d/u.test(next.norm) && routineUnits.has(tokens[at + 2]?.norm ?? '')));
		// "before deploying", "before backfills", "before handover", "whenever the app shows…": each time a piece of the work is done.
		const habit = token.norm === 'whenever' || (['before', 'when', 'after', 'while'].includes(token.norm) && (next.norm.endsWith('ing') || routineUnits.has(next.norm) || (next.norm.endsWith('s') && next.forms.length > 1 && !nouns.is(next, 'function-words'))));
		const manual = token.norm === 'manually' || (token.norm === 'by' && next.norm === 'hand');
		if (routine || habit || manual || token.norm === 'always' || (token.norm === 'within' && /^\d/u.test(next.norm)) || (token.norm === 'instead' && next.norm === 'of')) {
			return true;
		}
	}
	return false;
}

/** What a routine repeats on: a time unit or a recurring event of the work. */
const routineUnits = new Set(['time', 'times', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'shift', 'shifts', 'morning', 'evening', 'sprint', 'release', 'deploy', 'deployment', 'incident', 'page', 'handover', 'rotation']);

/**
 * "Managers to make sure…", "SRE team to set up…", "Sam to double-check…": people before "to" (a role,
 * or a person's name opening the item) are the ones the item is assigned to.
 */
function assignedTo(tokens: readonly Token[], subject: number, at: number): { readonly length: number; readonly person?: true } | undefined {
	// "Everyone please read…", "Reviewers please run…": a request addressed to people, as a modal is.
	if (tokens[at].norm === 'please' && at > subject && isPeopleWord(tokens, at - 1) && isVerb(tokens, at + 1, tokens.length)) {
		return { length: 1 };
	}
	if (tokens[at].norm !== 'to' || at <= subject) {
		return undefined;
	}
	if (isPeopleWord(tokens, at - 1) || qualifiedEveryone(tokens, subject, at)) {
		return { length: 1 };
	}
	// A first name (or first and last) opening the item: "Sam to…", "Priya Shah to…"; not "Kafka to be upgraded".
	const named = at - subject <= 2 && tokens.slice(subject, at).every((token) => token.capital && /^[a-z]+$/u.test(token.norm) && !nouns.isAny(token, notVerbs)) && tokens[at + 1]?.norm !== 'be';
	return named ? { length: 1, person: true } : undefined;
}

/** "Everybody on payments to…", "Everyone in support to…": everyone, narrowed by where they work. */
function qualifiedEveryone(tokens: readonly Token[], subject: number, at: number): boolean {
	return at - subject <= 5 && nouns.longest(tokens, subject, ['universal-people'], at)?.length === 1 && ['on', 'in', 'at', 'from', 'across'].includes(tokens[subject + 1]?.norm ?? '');
}

/**
 * "The team should be able to…": what people can do is their knowledge. "Everyone should review the
 * runbook": a rule for everyone (or every engineer) is a behaviour, whatever its verb; "The SRE team
 * should investigate…" assigns the work and keeps the verb's class.
 */
function subjectKind(tokens: readonly Token[], subject: number, verb: number, kind: ActionKind, people: boolean): ActionKind {
	if (!people || kind === 'people') {
		return kind;
	}
	if (tokens[verb]?.norm === 'be' && tokens[verb + 1]?.norm === 'able') {
		return 'behaviour';
	}
	// "Engineers should have better visibility into…": what people are to have is provided to them, not a habit;
	// "Engineers need to improve test coverage": improving a thing is the thing's change (vague judges it).
	if (['have', 'get', 'receive', 'gain'].includes(tokens[verb]?.norm ?? '') || kind === 'improvement') {
		return kind;
	}
	// "Everyone should use the incident channel": a rule for everyone, whatever its verb, is a behaviour.
	const first = tokens[subject]?.norm === 'the' ? subject + 1 : subject;
	return nouns.longest(tokens, first, ['universal-people']) !== undefined ? 'behaviour' : kind;
}
