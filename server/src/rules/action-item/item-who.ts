/**
 * Who an item names (people-fix's outcome reading): people by role in any trade, a team, an audience, as
 * opposed to a people word naming a thing ("the NOC dashboard"); and where the item's own words start.
 * Pure, per item.
 */
import { isVerb, type Action } from './item-grammar';
import { peopleAt } from './item-people';
import type { Token } from './item-tokens';
import { nouns, outcomeWords, verbs } from './lexicon';

/** Nouns naming a system or a part of one ("the NOC dashboard", a label "GitLab approval rule:"). */
export const systemMask = nouns.mask(['mechanism-nouns', 'component-heads']);

export function determiner(token: Token | undefined): boolean {
	return token !== undefined && ['the', 'a', 'an', 'all', 'our', 'every', 'each', 'any', 'new'].includes(token.norm);
}

/** `at`, or the token after it when `at` is a determiner ("the night shift", "all engineers"): where who is named starts. */
export function pastDeterminer(tokens: readonly Token[], at: number): number {
	return determiner(tokens[at]) ? at + 1 : at;
}

/** How many tokens from `index` name people: a role in any trade, a team, or an audience ("users", "the business"). */
export function whoAt(tokens: readonly Token[], index: number, end: number, audience = true): number {
	let at = index;
	for (;;) {
		const known = peopleAt(tokens, at, end);
		const role = known > 0 ? known : (outcomeWords.longest(tokens, at, audience ? ['roles', 'audiences'] : ['roles'], end)?.length ?? 0);
		if (role === 0 || (tokens[at - 1]?.word === tokens[at].word && at === index)) {
			break;
		}
		at += role;
	}
	// "Nurses' workstations", "the team's dashboard": people in the possessive say whose thing.
	const last = tokens[at - 1];
	if (at > index && (last.norm.endsWith("'s") || last.norm.endsWith('’s') || /^['’]/u.test(tokens[at]?.gap ?? ''))) {
		return 0;
	}
	// "the NOC dashboard", "user sessions": a people word before a thing's noun names which thing.
	const next = tokens[at];
	if (at > index && next !== undefined && at < end && next.gap.trim() === '' && namesThing(tokens, at, end)) {
		return 0;
	}
	return at - index;
}

export const thingMask = nouns.mask(['component-heads', 'mechanism-nouns', 'generic']);
const notThingMask = nouns.mask(['function-words', 'speed-adverbs', 'care-adverbs']);

/** A thing's noun at `at` (not a modal, a verb or a function word the generic list also holds). */
function namesThing(tokens: readonly Token[], at: number, end: number): boolean {
	const token = tokens[at];
	const verbal = verbs.is(token, 'modals') || ['need', 'needs', 'to'].includes(token.norm) || tokens[at + 1]?.norm === 'to' || isVerb(tokens, at, end);
	return nouns.isAny(token, systemMask) || (nouns.isAny(token, thingMask) && !nouns.isAny(token, notThingMask) && !verbal);
}

/** Where the item's own words start: after a label ("**Action:**", "Rule going forward:") and an opening norm mark ("Going forward,"). */
export function openingAt(action: Action): number {
	const { tokens } = action;
	let at = action.topic?.to ?? 0;
	for (let guard = 0; guard < 3 && at < action.end; guard++) {
		const mark = outcomeWords.longest(tokens, at, ['norm-marks'], action.end);
		// "Going forward, …", "From now on we …": a mark before a comma or before who is asked.
		const who = ['we', 'you'].includes(tokens[at + (mark?.length ?? 0)]?.norm ?? '') || (mark !== undefined && whoAt(tokens, at + mark.length, action.end) > 0);
		if (mark === undefined || !(/[,:—–-]/u.test(tokens[at + mark.length]?.gap ?? ',') || who)) {
			break;
		}
		at += mark.length;
	}
	return at;
}
