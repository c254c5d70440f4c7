/**
 * Whether a mechanism carries a people-fix: a schedule or an enforcement anywhere in the item, a tool or
 * document named as the means, a named tool doing a duty, or a change the item also commits to; and what
 * does not count: a mechanism word inside the people phrase ("stay alert"), or in what people are told
 * ("remind staff that SEV1s go through PagerDuty"). Pure, per item.
 */
import type { Span } from '../../model/types';
import type { Action } from './item-grammar';
import type { ItemWords } from './item-text';
import type { Token } from './item-tokens';
import { headOf } from './item-wrappers';
import { prepositions } from './item-audience';
import { nouns, outcomeWords, verbs } from './lexicon';

const mentionedMechanisms = new Set(nouns.listOf('mentioned-mechanisms'));
const means = new Set(nouns.listOf('means'));
const mechanismMask = nouns.mask(['mechanism-nouns']);

/** "Write a training doc…", "Add a check that … by hand": the item makes a mechanism; its topic is not the fix. */
export function makesMechanism(action: Action): boolean {
	if (action.kind !== 'change' || action.object >= action.end) {
		return false;
	}
	const head = headOf(action.tokens, action.object, Math.min(action.end, action.object + 6), ['mechanism-nouns']);
	return nouns.longest(action.tokens, head, ['mechanism-nouns'], head + 1) !== undefined || setsUpHead(action.tokens, action.object, action.end);
}

/**
 * "Set up a shadow on-call schedule in PagerDuty", "Add an approval rule…", "Run a user access review…":
 * the noun phrase the change makes is a schedule, a rule or a setting that holds people to it, whatever
 * people words describe it (data/people-outcome.json 'mechanism-heads').
 */
function setsUpHead(tokens: readonly Token[], from: number, end: number): boolean {
	for (let at = from; at < Math.min(end, from + 6); at++) {
		// "on" inside "on-call" is part of a word, not a preposition.
		const inWord = tokens[at].word === tokens[at + 1]?.word || tokens[at].word === tokens[at - 1]?.word;
		if ((prepositions.has(tokens[at].norm) && !inWord) || /[,;:.]/u.test(tokens[at].gap)) {
			return false;
		}
		const head = outcomeWords.longest(tokens, at, ['mechanism-heads', 'enforcing-nouns'], end);
		// The head ends the noun phrase ("…schedule in PagerDuty"), not a modifier ("schedule change").
		const next = head === undefined ? undefined : tokens[at + head.length];
		if (head !== undefined && (next === undefined || at + head.length >= end || prepositions.has(next.norm) || /[,;:.)—–]/u.test(next.gap))) {
			return true;
		}
	}
	return false;
}

/**
 * A mechanism carries the fix when the item schedules or enforces it anywhere ("in a quarterly game day",
 * "mandatory"), names a tool as its means ("via a bot", "using the release script"), or also commits to
 * a change ("…and add a CI check"). A mechanism word inside the people phrase ("stay alert") does not.
 */
export function mechanismCarries(words: ItemWords, action: Action, people: readonly [number, number]): boolean {
	const { tokens } = action;
	// "Stay alert": the behaviour's own words are not a mechanism; "a weekly reminder" is scheduled.
	const own = action.kind === 'behaviour' ? people : [0, 0];
	const message = messageOf(action, people);
	const habit = action.kind === 'behaviour' ? habitClause(tokens, people[0]) : [0, 0];
	// "Quit hotfixing prod from the console": the tool a prohibition names is where the act happens.
	const prohibition = action.kind === 'behaviour' && ['stop', 'quit', "don't", 'never', 'avoid', 'no', 'cease'].includes(tokens[action.from]?.norm ?? '');
	// "comfortable with the tooling", "careful with the script": the adjective's own preposition is no means.
	const meansFrom = action.kind === 'behaviour' ? people[1] + 1 : people[1];
	for (let index = 0; index < tokens.length; index++) {
		if ((index >= own[0] && index < own[1]) || (index >= message[0] && index < message[1])) {
			continue;
		}
		if (nouns.is(tokens[index], 'mechanism-anywhere') || enforcedAt(tokens, index)) {
			return true;
		}
		if (index >= habit[0] && index < habit[1]) {
			continue;
		}
		if (toolAt(tokens, index, prohibition) && introducedAsMeans(tokens, index, meansFrom)) {
			return true;
		}
		// A duty done via a named tool is the tool's; a reminder sent through Slack is still a reminder.
		if (index >= meansFrom && action.kind !== 'people' && namedToolAsMeans(words, tokens, index)) {
			return true;
		}
	}
	return commitsToChange(words, tokens, people[1], Math.min(people[1], action.to)) || enforcedBy(tokens, people) || ableIn(tokens, people);
}

/** "…the new `safe-restart` script, which refuses to run on the primary": the tool named enforces the rule. */
function enforcedBy(tokens: readonly Token[], people: readonly [number, number]): boolean {
	for (let index = people[1]; index < tokens.length - 1; index++) {
		if (['which', 'that'].includes(tokens[index].norm) && [tokens[index + 1], tokens[index + 2]].some((token) => token !== undefined && enforcingVerbs.has(token.forms.at(-1) ?? ''))) {
			return true;
		}
		// "…; the handheld rejects wrong SKUs": a tool or component as the subject of an enforcing verb.
		const next = tokens[index + 1];
		if ((toolAt(tokens, index) || nouns.is(tokens[index], 'component-heads')) && next.norm.endsWith('s') && enforcingVerbs.has(next.forms.at(-1) ?? '')) {
			return true;
		}
	}
	return false;
}

const enforcingVerbs = new Set(['refuse', 'reject', 'block', 'prevent', 'stop', 'forbid', 'deny', 'fail', 'enforce', 'lock', 'cap', 'limit', 'restrict', 'throttle']);

/** "Support should be able to see refund status in the admin tool": an ability a tool or a component gives. */
function ableIn(tokens: readonly Token[], people: readonly [number, number]): boolean {
	if (!tokens.slice(people[0], people[1] + 2).some((token) => token.norm === 'able')) {
		return false;
	}
	return tokens.slice(people[1]).some((token) => nouns.isAny(token, thingHeads));
}

const thingHeads = nouns.mask(['mechanism-nouns', 'component-heads', 'mentioned-mechanisms']);

/** "a hard requirement in the access portal", "becomes a prerequisite", "an approval rule": a gate that holds people to it. */
function enforcedAt(tokens: readonly Token[], index: number): boolean {
	return outcomeWords.longest(tokens, index, ['enforcing-nouns']) !== undefined;
}

/**
 * The same judgement for a people part read from the item's outcome (item-outcome.ts): tokens for which
 * `skipped` holds (the people part, what they are told) carry nothing; a means counts from `meansFrom`.
 */
export function carriedOutside(words: ItemWords, tokens: readonly Token[], skipped: (index: number) => boolean, meansFrom: number, after: number): boolean {
	for (let index = 0; index < tokens.length; index++) {
		if (skipped(index)) {
			continue;
		}
		if (nouns.is(tokens[index], 'mechanism-anywhere') || enforcedAt(tokens, index) || (toolAt(tokens, index) && introducedAsMeans(tokens, index, meansFrom)) || productPlace(tokens, index, meansFrom)) {
			return true;
		}
		if (index >= meansFrom && namedToolAsMeans(words, tokens, index)) {
			return true;
		}
	}
	return commitsToChange(words, tokens, after) || enforcedBy(tokens, [after, after]) || ableIn(tokens, [0, after]);
}

/**
 * "Don't edit ConfigMaps in the cluster, always go through Git": the tool an "always" clause names is what
 * people are to remember to use each time, not a mechanism that holds them to it (token range, or empty).
 */
function habitClause(tokens: readonly Token[], from: number): readonly [number, number] {
	const always = tokens.findIndex((token, index) => index >= from && token.norm === 'always');
	if (always === -1) {
		return [0, 0];
	}
	const end = tokens.findIndex((token, index) => index > always && /[.;:]/u.test(token.gap));
	return [always, end === -1 ? tokens.length : end];
}

/**
 * "Remind support staff that SEV1s are escalated through PagerDuty": what people are told is the
 * reminder's subject matter, so a tool named in it does not carry the fix (token range, or empty).
 */
function messageOf(action: Action, people: readonly [number, number]): readonly [number, number] {
	const { tokens } = action;
	if (action.kind !== 'people') {
		return [0, 0];
	}
	for (let index = people[1]; index < Math.min(action.end, people[1] + 5); index++) {
		if (tokens[index].norm === 'that') {
			return [index, action.end];
		}
		// "make the team aware of the change to scheduled promos", "brief ops on the new runbook": what they
		// learn runs up to a means ("in a quarterly game day", "via the bot"), which still carries the fix.
		if (['about', 'of', 'on', 'regarding'].includes(tokens[index].norm)) {
			const means = tokens.findIndex((token, at) => at > index && at < action.end && messageMeans.has(token.norm));
			return [index, means === -1 ? action.end : means];
		}
	}
	return [0, 0];
}

/** Words opening a means after a message ("in a quarterly game day", "via the bot"): the means still carries the fix. */
export const messageMeans = new Set(['in', 'via', 'through', 'using', 'with', 'during', 'at', 'by', 'every', 'each']);

/** "via the Vault policy", "using `rotate-keys`": a named tool (a capitalised name or code) as the means. */
function namedToolAsMeans(words: ItemWords, tokens: readonly Token[], index: number): boolean {
	// "…prompted by the EPR": a named tool as the agent of a passive does the work.
	const agent = tokens[index].norm === 'by' && /ed$/u.test(tokens[index - 1]?.norm ?? '');
	if (!['via', 'using', 'through'].includes(tokens[index].norm) && !agent) {
		return false;
	}
	const next = tokens[index + 1];
	const end = tokens[index + 4]?.start ?? words.start + words.source.length;
	if (words.source.slice(tokens[index].end - words.start, end - words.start).includes('`')) {
		return true;
	}
	return tokens.slice(index + 1, index + 4).some((token) => token.capital && !/[.!?:;]/u.test(token.gap) && !nouns.isAny(token, notToolNames)) && next !== undefined;
}

const notToolNames = nouns.mask(['people-nouns', 'audience-teams', 'generic', 'calendar']);

/** "via a Slack bot", "using the new release script", "with a quiz": up to four words after a means word. */
/** "…without a second approver in the OMS": a product named last, after "in (the)", is where the rule is set up. */
function productPlace(tokens: readonly Token[], index: number, after: number): boolean {
	const token = tokens[index];
	const last = index + 1 >= tokens.length || /[.,;:)]/u.test(tokens[index + 1].gap);
	const place = tokens[index - 1]?.norm === 'in' ? index - 1 : tokens[index - 1]?.norm === 'the' && tokens[index - 2]?.norm === 'in' ? index - 2 : -1;
	return place !== -1 && place >= after && last && token.capital && /^[a-z]{2,}$/u.test(token.norm) && !nouns.isAny(token, notProducts);
}

const notProducts = nouns.mask(['people-nouns', 'audience-teams', 'calendar']);

/** A mechanism noun, or a tool people work in ("via the remote-reset button", "through the allocation portal"). */
function toolAt(tokens: readonly Token[], index: number, prohibition = false): boolean {
	return nouns.longestIn(tokens, index, mechanismMask) !== undefined || (!prohibition && outcomeWords.is(tokens[index], 'tool-nouns'));
}

function introducedAsMeans(tokens: readonly Token[], index: number, after: number): boolean {
	for (let back = index - 1; back >= Math.max(after, index - 4); back--) {
		if (means.has(tokens[back].norm) || tokens[back].forms.includes('use')) {
			return true;
		}
	}
	// "via the new remote-reset button": a strong means word reaches over a longer name.
	for (let back = index - 5; back >= Math.max(after, index - 6); back--) {
		if (['via', 'using', 'through'].includes(tokens[back].norm)) {
			return true;
		}
	}
	// "…after 2 minutes in PagerDuty": a tool named by its product name is where the rule is set up.
	const last = index + 1 >= tokens.length || /[.,;:)]/u.test(tokens[index + 1].gap);
	const place = tokens[index - 1]?.norm === 'in' ? index - 1 : tokens[index - 1]?.norm === 'the' && tokens[index - 2]?.norm === 'in' ? index - 2 : -1;
	return place !== -1 && place >= after && tokens[index].capital && last;
}

/**
 * "…and add a CI check", "…, then automate it", "…with one command: add `make rollback`": the item also
 * commits to a mechanism, or to a change of code.
 */
function commitsToChange(words: ItemWords, tokens: readonly Token[], from: number, clauseFrom = from): boolean {
	for (let index = from; index < tokens.length - 1; index++) {
		// "…and remove the accounts they don't sign off", "…and revoke kubectl access": a change to the system's own things.
		if ((tokens[index].norm === 'and' || tokens[index].norm === 'then') && verbs.longest(tokens, index + 1, ['change']) !== undefined && !verbs.isAny(tokens[index + 1], peopleVerbs) && (namesMechanism(tokens, index + 1) || namesComponent(tokens, index + 2) || outcomeWords.is(tokens[index + 1], 'enforcing'))) {
			return true;
		}
	}
	// "Investigate the checksum mismatch: add a CRC check to the updater before flashing": a change clause
	// after the opening counts wherever the people part is read.
	for (let index = clauseFrom; index < tokens.length; index++) {
		if (/[:;—]/u.test(tokens[index].gap) && verbs.longest(tokens, index, ['change']) !== undefined && (namesMechanism(tokens, index) || codeAfter(words, tokens, index))) {
			return true;
		}
		if (/[;—]/u.test(tokens[index].gap) && systemReplaced(words, tokens, index)) {
			return true;
		}
	}
	return false;
}

/**
 * "Stop using the `latest` tag in the transcoder chart; pin image digests", "Stop sending request bodies
 * from `patient-intake` to Datadog; redact them in the middleware": what is stopped is code's doing (the
 * first clause names it in code, with no human manner), and the clause after says what the system does
 * instead. "Never edit `prod.yaml` by hand; use the pipeline" stays a habit.
 */
function systemReplaced(words: ItemWords, tokens: readonly Token[], index: number): boolean {
	const first = words.source.slice(0, tokens[index].start - words.start);
	if (!first.includes('`') || tokens.slice(0, index).some((_, at) => nouns.longest(tokens, at, ['human-manner'], index) !== undefined)) {
		return false;
	}
	return /^[a-z]{3,}$/u.test(tokens[index].norm) && !verbs.isAny(tokens[index], peopleVerbs) && !nouns.is(tokens[index], 'function-words') && tokens[index].forms.length > 0;
}

const peopleVerbs = verbs.mask(['behaviour', 'people', 'people-with-audience', 'people-sharing', 'collaboration', 'non-committal', 'investigative', 'modals', 'preambles']);

/** Inline code in the clause the token at `index` opens ("add `make rollback`"). */
function codeAfter(words: ItemWords, tokens: readonly Token[], index: number): boolean {
	let end = words.source.length;
	for (let next = index + 1; next < tokens.length; next++) {
		if (/[:;.]\s/u.test(tokens[next].gap)) {
			end = tokens[next].start - words.start;
			break;
		}
	}
	return words.source.slice(tokens[index].end - words.start, end).includes('`');
}

/** A component of the system within three words ("the accounts", "the old tokens"). */
function namesComponent(tokens: readonly Token[], index: number): boolean {
	for (let at = index; at < Math.min(tokens.length, index + 3); at++) {
		if (nouns.is(tokens[at], 'component-heads')) {
			return true;
		}
	}
	return false;
}

/** The change verb at `index` is a mechanism ("automate") or makes one within six words ("add a CI check"). */
export function namesMechanism(tokens: readonly Token[], index: number): boolean {
	for (let at = index; at < Math.min(tokens.length, index + 7); at++) {
		if (nouns.is(tokens[at], 'mechanism-anywhere') || nouns.longestIn(tokens, at, mechanismMask) !== undefined) {
			return true;
		}
	}
	return false;
}

/** The first and last offsets of a mentioned mechanism, found once per item (not once per people phrase). */
export function mechanismMentions(tokens: readonly Token[]): { readonly first: number; readonly last: number } | undefined {
	let first = -1;
	let last = -1;
	for (const token of tokens) {
		if (token.forms.some((form) => mentionedMechanisms.has(form))) {
			first = first === -1 ? token.start : first;
			last = token.start;
		}
	}
	return first === -1 ? undefined : { first, last };
}

/** A mechanism is mentioned outside `except` when the first such mention is before it or the last after it. */
export function mentionedOutside(mentioned: { readonly first: number; readonly last: number } | undefined, except: Span): boolean {
	return mentioned !== undefined && (mentioned.first < except.start || mentioned.last >= except.end);
}
