/**
 * Telling people (people-fix's outcome reading): a verb that passes a message to people ("Brief the night
 * shift about…", "Explain again to the users that…", "Be sure to notify compliance within 24h…"), its
 * audience and where the message runs, so that what people are told is read as subject matter, not as a
 * means that carries the fix. Pure, per item.
 */
import { isVerb, type Action } from './item-grammar';
import { messageMeans } from './item-mechanism';
import { endsSentence, type Token } from './item-tokens';
import { openingAt, pastDeterminer, thingMask, whoAt } from './item-who';
import { nouns, outcomeWords, verbs } from './lexicon';

type Range = readonly [number, number];

const changeMask = verbs.mask(['change']);
const grantsMask = verbs.mask(['grants']);

/**
 * "Brief the night shift about…", "Inform the business earlier when…", "Explain again to the users that…",
 * "Drive home with the rota that…", "make the team aware of…" (held in mind, below): a verb passing a
 * message to people, with its audience or its message; what is told is its subject matter, not a means.
 */
export function toldToPeople(action: Action): { readonly verb: Range; readonly message: number | undefined } | undefined {
	const { tokens } = action;
	let at = openingAt(action);
	const request = outcomeWords.longest(tokens, at, ['requests'], action.end);
	at += request === undefined ? 0 : request.length + (tokens[at + request.length]?.norm === 'to' ? 1 : 0);
	// "Ana to explain to the interns how…", "Leads should brief…": the telling verb after who is asked.
	if (outcomeWords.longest(tokens, at, ['telling'], action.end) === undefined && !showsThrough(tokens, at, action.end) && action.subject) {
		at = action.from;
	}
	const discussed = discussedWithPeople(tokens, at, action.end);
	if (discussed !== undefined) {
		return { verb: [at, discussed], message: discussed };
	}
	// "Lee to take the night shift through the failover steps": a verb of showing, around its audience.
	const verb = outcomeWords.longest(tokens, at, ['telling'], action.end) ?? (showsThrough(tokens, at, action.end) ? { length: 1 } : undefined);
	if (verb === undefined || nouns.is(tokens[at - 1], 'function-words') && at > 0 && tokens[at - 1].norm !== 'to') {
		return undefined;
	}
	let next = at + verb.length;
	// "Explain once more to…", "Drive home with…", "Tell again clearly…": particles and manner before the audience.
	while (next < action.end && (['again', 'home', 'across', 'clear', 'back', 'out', 'up', 'once', 'more'].includes(tokens[next].norm) || tokens[next].norm.endsWith('ly'))) {
		next++;
	}
	// "Alert on-call when the disk passes 85%", "Notify #payments when…": paging people is a mechanism's
	// work unless the item asks a person to do it ("Be sure to notify…") or to do it sooner.
	if (verbs.isAny(tokens[at], grantsMask) && request === undefined && !tokens.slice(at, action.end).some((token) => nouns.is(token, 'speed-adverbs'))) {
		return undefined;
	}
	const strict = outcomeWords.is(tokens[at], 'strict-telling') || verb.length > 1 || showsThrough(tokens, at, action.end);
	const lead = ['with', 'to'].includes(tokens[next]?.norm ?? '') ? next + 1 : next;
	const skipped = pastDeterminer(tokens, lead);
	const audience = audienceAt(tokens, skipped, action.end, strict);
	// "Circulate a note to all branches…", "Cascade the lessons to all regional managers", "Share the timeline
	// with new starters": what is passed on, then its audience.
	if (audience === 0) {
		const passedTo = audienceAfterObject(tokens, next, action.end);
		if (passedTo !== undefined && request === undefined && !verbs.isAny(tokens[at], grantsMask)) {
			return { verb: [at, passedTo], message: undefined };
		}
	}
	const from = audience > 0 ? skipped + audience : next;
	const message = messageAt(tokens, from, action.end);
	// "Be sure to notify compliance within 24h…": a request to pass a message on is people's to remember.
	const told = (audience > 0 && (strict || message !== undefined)) || (request !== undefined && (strict || audience > 0));
	return told ? { verb: [at, Math.max(next, from)], message } : undefined;
}

/** How many tokens from `at` name the audience; after a strict telling verb one word may first say which people ("the night shift operators"). */
function audienceAt(tokens: readonly Token[], at: number, end: number, strict: boolean): number {
	const who = whoAt(tokens, at, end);
	if (who > 0 || !strict || at + 1 >= end || nouns.isAny(tokens[at], thingMask)) {
		return who;
	}
	const after = whoAt(tokens, at + 1, end);
	return after > 0 ? after + 1 : 0;
}

/**
 * "Discuss with the team the importance of peer review", "Go over the lessons with the night shift": talking
 * with people about what they are to value or have learnt (a knowledge word), not about a decision.
 */
function discussedWithPeople(tokens: readonly Token[], at: number, end: number): number | undefined {
	const verb = outcomeWords.longest(tokens, at, ['discussing'], end);
	if (verb === undefined) {
		return undefined;
	}
	let audience = false;
	for (let index = at + verb.length; index < Math.min(end, at + verb.length + 8); index++) {
		audience ||= ['with', 'to', 'among'].includes(tokens[index].norm) && whoAt(tokens, pastDeterminer(tokens, index + 1), end) > 0;
		if (audience && nouns.is(tokens[index], 'knowledge-nouns')) {
			return index;
		}
	}
	return undefined;
}

/** After an object of a few words, "to"/"with"/"among"/"across" and people: where the audience ends, or undefined. */
function audienceAfterObject(tokens: readonly Token[], from: number, end: number): number | undefined {
	for (let at = from + 1; at < Math.min(end, from + 7); at++) {
		if (/[;:.]/u.test(tokens[at].gap)) {
			return undefined;
		}
		if (['to', 'with', 'among', 'across', 'amongst'].includes(tokens[at].norm)) {
			const audience = pastDeterminer(tokens, at + 1);
			const who = whoAt(tokens, audience, end);
			return who > 0 ? audience + who : undefined;
		}
	}
	return undefined;
}

/** "take the night shift through the failover steps", "walk new joiners through…": a verb of showing, its audience, then "through". */
function showsThrough(tokens: readonly Token[], at: number, end: number): boolean {
	if (!outcomeWords.is(tokens[at], 'showing')) {
		return false;
	}
	const audience = pastDeterminer(tokens, at + 1);
	const who = whoAt(tokens, audience, end);
	return who > 0 && ['through', 'how'].includes(tokens[audience + who]?.norm ?? '');
}

/**
 * Where what people are to know or do starts, within a few words after the audience ("that…", "about…",
 * "on…", "of…", "earlier when…", "automatically at 09:00 to <verb>"), or undefined.
 */
function messageAt(tokens: readonly Token[], from: number, end: number): number | undefined {
	for (let at = from; at < Math.min(end, from + 5); at++) {
		const token = tokens[at];
		// "…to photograph each joint": after the people, "to" opens what they are to do, known verb or not.
		const toDo = token.norm === 'to' && (isVerb(tokens, at + 1, end) || (at === from && /^[a-z]{3,}$/u.test(tokens[at + 1]?.norm ?? '') && !nouns.is(tokens[at + 1], 'function-words')));
		if (['that', 'about', 'on', 'of', 'regarding', 're', 'how', 'why', 'what', 'when', 'whenever', 'before', 'if'].includes(token.norm) || nouns.is(token, 'speed-adverbs') || toDo) {
			return at;
		}
		if (at > from && !token.norm.endsWith('ly') && !/\d/u.test(token.norm) && !['at', 'by', 'in', 'on'].includes(tokens[at - 1].norm)) {
			return undefined;
		}
	}
	return undefined;
}

/**
 * Where the message ends: the clause ("…; add it to the runbook" still counts as a mechanism), and short of
 * a means after a phrase ("on the runbook in a quarterly game day", "of open incidents with a Slack bot");
 * a that-clause is all message ("that SEV1s go through PagerDuty").
 */
export function messageEnd(tokens: readonly Token[], from: number, end: number): number {
	const clause = tokens[from]?.norm === 'that';
	for (let at = from + 1; at < end; at++) {
		if (/[;—–]/u.test(tokens[at].gap) || endsSentence(tokens[at].gap) || (['and', 'then'].includes(tokens[at].norm) && verbs.isAny(tokens[at + 1], changeMask))) {
			return at;
		}
		if (!clause && at > from + 1 && messageMeans.has(tokens[at].norm)) {
			return at;
		}
	}
	return end;
}
