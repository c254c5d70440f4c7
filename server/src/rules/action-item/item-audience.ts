/**
 * Who an item addresses and what it passes on to them: people named as the audience of a verb ("tell
 * engineers…", "walk the frontend team through…", "reinforce with the captains that…"), and a session that
 * shows people something. Used by the grammar's wrappers to class an opening as a people verb. Pure, per item.
 */
import { isVerb } from './item-grammar';
import type { Token } from './item-tokens';
import { nouns } from './lexicon';

const particles = new Set(['across', 'over', 'clear', 'through']);
export const audienceLead = new Set(['the', 'all', 'our', 'every', 'any', 'new', 'fellow', 'other', 'to', 'each', 'both', 'more', 'senior', 'junior']);
const audienceEnds = new Set(['up', 'aware', 'informed', 'and', 'know', 'on', 'how', 'what', 'why', 'where']);
export const prepositions = new Set(['on', 'about', 'for', 'with', 'to', 'of', 'in', 'that', 'when', 'at', 'from', 'around', 'into', 'by', 'so', 'which', 'where', 'before', 'after', 'during', 'if', 'through', 'across', 'over', 'under', 'without', 'within', 'between']);

/** Who may be addressed: people by role; after a verb of showing or telling, teams by function too ("new starters", "support"). */
const peopleLists = ['people-nouns'];
const audienceLists = ['people-nouns', 'audience-teams'];

/**
 * "tell/ask/advise … engineers", "remind everyone", "get the on-call team up to speed": the team is the
 * one addressed, not a word describing something else ("the on-call handbook").
 */
export function addressesPeople(tokens: readonly Token[], next: number, end: number, whichTeam = false): boolean {
	let at = next;
	while (at < Math.min(end, next + 3) && audienceLead.has(tokens[at].norm)) {
		at++;
	}
	// "walk the frontend team through…", "reinforce with the release captains that…": when what follows is
	// what they are to learn, one word may say which team.
	if (whichTeam && nouns.longest(tokens, at, audienceLists, end) === undefined && at + 1 < end && tokens[at + 1].word !== tokens[at].word && !nouns.is(tokens[at], 'function-words') && nouns.longest(tokens, at + 1, audienceLists, end) !== undefined) {
		at++;
	}
	const lists = whichTeam ? audienceLists : peopleLists;
	let found = false;
	for (let match = nouns.longest(tokens, at, lists, end); match !== undefined; match = nouns.longest(tokens, at, lists, end)) {
		found = true;
		at += match.length;
	}
	const after = tokens[at];
	return found && (after === undefined || at >= end || prepositions.has(after.norm) || audienceEnds.has(after.norm) || isVerb(tokens, at, end) || /[,;:.()]/u.test(after.gap));
}

/**
 * "a session walking the frontend team through…", "a session showing support how…": a session that shows
 * people; where what they learn starts (the marker is part of the verb, not a means), or undefined.
 */
export function showingSession(tokens: readonly Token[], next: number, head: number, end: number): number | undefined {
	for (let at = next; at < Math.min(head, next + 4); at++) {
		// "a session walking…", "a walkthrough showing…", "a workshop taking… through": an event for people that shows them.
		if ((['session', 'sessions'].includes(tokens[at].norm) || nouns.is(tokens[at], 'people-events')) && tokens[at + 1].norm.endsWith('ing')) {
			return walksPeopleThrough(tokens, at + 1, at + 2, end);
		}
	}
	return undefined;
}

/** "Reinforce with the team that…", "Make clear to engineers that…": a message to people. */
export function tellsPeopleThat(tokens: readonly Token[], from: number, end: number): boolean {
	// "Get across to the sales team that…", "Make clear to…": a particle may come before the audience.
	const next = particles.has(tokens[from]?.norm ?? '') ? from + 1 : from;
	if (!['with', 'to'].includes(tokens[next]?.norm ?? '') || !addressesPeople(tokens, next + 1, end, true)) {
		return false;
	}
	for (let at = next + 1; at < Math.min(end, next + 7); at++) {
		if (tokens[at].norm === 'that') {
			return true;
		}
	}
	return false;
}

/**
 * "Walk the team through the new pipeline", "Take engineers through…", "Show the new hires how the cron
 * works": a verb of showing around its audience, then what they are to learn.
 */
export function walksPeopleThrough(tokens: readonly Token[], index: number, next: number, end: number): number | undefined {
	if (!showingVerbs.some((verb) => tokens[index].forms.includes(verb)) || !addressesPeople(tokens, next, end, true)) {
		return undefined;
	}
	// The marker is part of the verb ("walk … through"): what follows it is what they learn, not a means.
	for (let at = next; at < Math.min(end, next + 5); at++) {
		if (tokens[at].norm === 'through' || learnedWords.has(tokens[at].norm)) {
			return at + 1;
		}
	}
	return undefined;
}

/** Verbs of showing someone something (base forms). */
const showingVerbs = ['walk', 'talk', 'take', 'bring', 'show', 'guide'];
/** What the audience is shown: "through…", "how…", "what…", "why…", "where…". */
const learnedWords = new Set(['how', 'what', 'why', 'where']);
