/**
 * What an open-sounding item still pins down, or fails to (used by item-vague.ts), read from the head of
 * its object — what will exist or be different when it is closed — rather than from the names around it:
 * - the head of the object's first phrase may be an area or aspect ("the Postgres setup", "compliance with
 *   HIPAA", "best practices for …") or a problem or lesson named as a class ("tech debt in …", "issues with
 *   …", "the flakiness of …", "resilience work"), data/areas.json: naming the components it covers leaves
 *   open what will be different; a measure, code, a link, a named end state, a means ("by <doing>", "with
 *   a <thing>"), a result with a number, a purpose that is a change, or a later clause asking a particular
 *   act says it; a problem defined by its own clause or by identifiers is one particular problem;
 * - an improvement's names say where, never how much or what changes;
 * - a later clause may close a hedged item: "…; if so, derive build numbers from…", "…; done when…";
 * - a hedge before a change names what will exist when the change's own object does ("Maybe pin … to
 *   1.20.3"); a goal its words doubt ("… if there is one") commits to nothing;
 * - a verbless statement of an end state ("key auth only, passwords disabled") is a change.
 * Pure, per item.
 */
import areaList from './data/areas.json';
import type { Action } from './item-grammar';
import { isVerb } from './item-grammar';
import { readObject, type ObjectReading } from './item-object';
import { hasLink } from './item-shape';
import type { ItemWords } from './item-text';
import type { Token } from './item-tokens';
import { nouns, verbs } from './lexicon';

/** Words that end the object's first phrase: what follows says where, for what, or how (or, after a verb, what is said of it). */
const headBreaks = new Set(['is', 'are', 'be', 'will', 'was', 'were', 'should', 'must', 'can', 'has', 'have', 'gets', 'of', 'across', 'around', 'for', 'in', 'on', 'at', 'within', 'throughout', 'between', 'to', 'from', 'with', 'per', 'so', 'by', 'via', 'using', 'that', 'which', 'when', 'during', 'before', 'after', 'into', 'about', 'like', 'while', 'if']);
const areas = new Set(areaList.areas);
const problems = new Set(areaList.problems);
const artefacts = new Set(areaList.artefacts);
const activities = new Set(areaList.activities);

/** Heads that count, size or hold the thing after "of" ("the backlog of reliability concerns"). */
const quantityHeads = new Set(['number', 'count', 'amount', 'size', 'share', 'percentage', 'proportion', 'backlog', 'list', 'set', 'pile', 'bunch', 'series', 'handful', 'lot', 'lots', 'range', 'variety', 'collection', 'couple']);
/** Verb classes that would leave a later clause as open as the improvement itself. */
const openVerbs = verbs.mask(['improvement', 'assurance', 'non-committal', 'goal']);

/**
 * An improvement's object names where the work is, not what changes: whatever it names ("Optimise DB2 on
 * the mainframe", "Tune the alerts", "Harden the Postgres, Redis and RabbitMQ setup"), only a measure,
 * code, a link, a named end state, a means ("by adding …"), a result ("so p95 stays under 200 ms") or a
 * later clause asking a particular act says what will be different.
 */
export function namesOnlyWhere(words: ItemWords, action: Action, object: ObjectReading, directional = false): boolean {
	if (object.measured || object.target || hasLink(words, action.tokens, action.object, action.end)) {
		return false;
	}
	// "Increase the number of placeholder pods on GKE": a move one way is checked against today's, unless the thing moved is an area.
	return directional ? headIsArea(action) && !changePurpose(words, action) : !spelledOutLater(action.tokens, action.object + 1, true) && !changePurpose(words, action);
}

/**
 * "Tighten the S3 bucket policy to deny public ACLs", "Refactor the exporter to use the batch API": a
 * purpose that is a change to a named thing says what will be different ("…to catch outages earlier"
 * or "…to prevent issues" does not).
 */
function changePurpose(words: ItemWords, action: Action): boolean {
	const { tokens } = action;
	for (let index = action.object + 1; index < action.end - 2; index++) {
		const verb = tokens[index].norm === 'to' ? verbs.longest(tokens, index + 1, ['change'], action.end) : undefined;
		if (verb === undefined || verbs.is(tokens[index + 1], 'do-wrappers')) {
			continue;
		}
		const purpose = readObject(words, { ...action, kind: 'change', object: index + 1 + verb.length, topic: undefined });
		return purpose.content && purpose.qualityComparative === undefined && purpose.quantityComparative === undefined && !purpose.quality;
	}
	return false;
}

/** Words that open a question: "why the job skipped", "whether we can …" name what the answer is about. */
const questionWords = new Set(['why', 'whether', 'if', 'how', 'what', 'which', 'when', 'where', 'who']);

/** The head of the object's first phrase (token index), or -1: "the flakiness | of …" → flakiness. */
export function objectHead(action: Action): number {
	const { tokens } = action;
	// "Further analysis of | the reliability concerns…": a noun phrase's own head noun is the predicate; its object follows.
	const nounPredicate = action.from > action.object && action.from < action.end && ['of', 'into', 'on'].includes(tokens[action.to]?.norm ?? '');
	const from = afterPartner(tokens, nounPredicate ? action.to + 1 : unknownPhrasalVerb(action), action.end);
	let head = -1;
	for (let index = from; index < action.end; index++) {
		// "the number of placeholder pods": a quantity's head is the thing counted.
		if (index > from && tokens[index].norm === 'of' && quantityHeads.has(tokens[head].norm)) {
			continue;
		}
		if (index > from && endsHeadPhrase(tokens, index)) {
			break;
		}
		head = index;
	}
	return questionWords.has(tokens[from]?.norm ?? '') ? -1 : head;
}

const relatives = new Set(['that', 'which', 'where', 'when', 'whereby', 'causing']);
const finderSubjects = new Set(['we', 'they', 'you', 'i', 'people', 'was', 'were', 'is', 'are']);

/**
 * "the problem that causes duplicate emails on retry", "the issue where the scheduler skips runs",
 * "findings F-3 and F-7": a problem defined by its own clause or picked out by identifiers is one
 * particular problem ("the issues that we found" is not).
 */
function namedInstance(tokens: readonly Token[], head: number, end: number): boolean {
	const next = tokens[head + 1];
	if (next === undefined || head + 1 >= end) {
		return false;
	}
	const identifier = /\d/u.test(next.norm) || (tokens[head + 2]?.word === next.word && /\d/u.test(tokens[head + 2].norm));
	if (identifier || next.gap.includes('#') || next.gap.includes('`')) {
		return true;
	}
	// "… that contributed to this", "… that we found", "… that were raised": a clause that says nothing of its own.
	if (!relatives.has(next.norm) || finderSubjects.has(tokens[head + 2]?.norm ?? '')) {
		return false;
	}
	const clause = tokens.slice(head + 2, Math.min(end, head + 10));
	return clause.filter((token) => token.norm.length > 2 && !nouns.is(token, 'function-words')).length >= 3;
}

/** "Investigate the issue where the scheduler skips runs", "Address findings F-3 and F-7": the object's first phrase holds one particular problem. */
export function particularProblem(action: Action): boolean {
	const { tokens } = action;
	for (let index = action.object; index < Math.min(action.end, action.object + 6); index++) {
		if (index > action.object && headBreaks.has(tokens[index].norm)) {
			return false;
		}
		if (tokens[index].forms.some((form) => problems.has(form)) && namedInstance(tokens, index, action.end)) {
			return true;
		}
	}
	return false;
}

/** "Further work on…", "Ongoing improvements to…", "Continued focus on…": more of the same work. */
const continuing = new Set(['further', 'ongoing', 'continued', 'continuing', 'continuous', 'general', 'overall', 'additional', 'extra', 'more', 'some', 'broader', 'wider']);

/** "Work through | the backlog of…", "Chip away at | the toil": a word no class knows and its particle before a determiner are a verb. */
function unknownPhrasalVerb(action: Action): number {
	const { tokens } = action;
	const at = action.object;
	const particle = ['through', 'on', 'at', 'into', 'over', 'around', 'towards', 'toward', 'away'].includes(tokens[at + 1]?.norm ?? '');
	const shift = tokens[at + 2]?.norm === 'at' ? 3 : 2;
	return action.kind === 'nominal' && particle && phraseStarts.has(tokens[at + shift]?.norm ?? '') ? at + shift : at;
}

/** "Deep-dive with the o11y team | into the gaps": the partner worked with is not what is looked into. */
function afterPartner(tokens: readonly Token[], from: number, end: number): number {
	if (tokens[from]?.norm !== 'with') {
		return from;
	}
	const into = tokens.findIndex((token, index) => index > from && index < Math.min(end, from + 8) && ['into', 'on', 'about', 'to'].includes(token.norm));
	return into === -1 ? from : into + 1;
}

const irregularParticiples = new Set(['found', 'seen', 'made', 'taken', 'known', 'shown', 'given', 'done', 'written', 'left', 'caught', 'brought', 'felt', 'hit', 'met', 'run', 'raised']);
const phraseStarts = new Set(['the', 'this', 'these', 'that', 'those', 'our', 'a', 'an', 'its', 'their']);

/** The token ends the head's phrase: a preposition or clause word, punctuation, a participle after the head ("gaps | identified in…") or a new determiner ("gaps | this incident highlighted"). */
function endsHeadPhrase(tokens: readonly Token[], index: number): boolean {
	const token = tokens[index];
	const participle = ((/[^e]ed$/u.test(token.norm) && token.forms.length > 1) || irregularParticiples.has(token.norm)) && !phraseStarts.has(tokens[index - 1].norm);
	const newPhrase = phraseStarts.has(token.norm) && !nouns.is(tokens[index - 1], 'function-words');
	// "compliance | going forward", "the architecture | covering Azure AD…": an -ing word before a time, a name or a new phrase starts a clause.
	const clause = token.norm.endsWith('ing') && (token.forms.length > 1 || token.norm === 'going') && (tokens[index + 1]?.capital === true || phraseStarts.has(tokens[index + 1]?.norm ?? '') || ['forward', 'ahead', 'on'].includes(tokens[index + 1]?.norm ?? ''));
	return headBreaks.has(token.norm) || participle || newPhrase || clause || /[(—–:;,]/u.test(token.gap);
}

export type HeadClass = 'area' | 'problem';

/**
 * What the object's head gives when the item is closed: nothing checkable when it is an area or aspect
 * ("compliance with HIPAA", "the Postgres setup", "best practices for …") or a problem or lesson named as
 * a class ("tech debt in …", "issues with …", "the flakiness of …", "learnings"); undefined for a thing.
 * A part of a hyphenated name ("payments-api") or a capitalised word is a name, not an area.
 */
export function headClass(action: Action): HeadClass | undefined {
	const { tokens } = action;
	const head = objectHead(action);
	const token = tokens[head];
	if (token === undefined || token.capital || tokens[head + 1]?.word === token.word || tokens[head - 1]?.word === token.word) {
		return undefined;
	}
	// "stability work on the checkout service", "hardening efforts": work named by the area it is for.
	const before = tokens[head - 1];
	// Whatever the verb ("Continue the resilience effort for…"), such work has no result of its own.
	const activity = activities.has(token.norm) || nouns.is(token, 'improvement-nouns');
	if (activity && head > action.object && before !== undefined && (before.forms.some((form) => areas.has(form)) || nouns.is(before, 'quality') || continuing.has(before.norm) || /(?:ness|ility|ing)$/u.test(before.norm))) {
		return 'problem';
	}
	if (namedInstance(tokens, head, action.end)) {
		return undefined;
	}
	const pair = head > action.object ? `${before.norm} ${token.norm}` : '';
	if (problems.has(pair) || token.forms.some((form) => problems.has(form)) || (/(?:ness|ility)$/u.test(token.norm) && !areas.has(token.norm))) {
		return 'problem';
	}
	return areas.has(pair) || token.forms.some((form) => areas.has(form)) || (token.norm.endsWith('ing') && nouns.is(token, 'generic')) ? 'area' : undefined;
}

/** "open an AWS support case", "post a heap profile": the head of the object's first phrase is a thing a change makes. */
export function headIsArtefact(action: Action): boolean {
	const token = action.tokens[objectHead(action)];
	return token !== undefined && (token.forms.some((form) => artefacts.has(form)) || nouns.isAny(token, artefactNouns));
}

const artefactNouns = nouns.mask(['mechanism-nouns', 'component-heads']);

/** The head is an area noun of the list, not a gerund ("the alerting story", not "alerting"). */
export function headIsAreaNoun(action: Action): boolean {
	const token = action.tokens[objectHead(action)];
	return token !== undefined && !token.norm.endsWith('ing') && token.forms.some((form) => areas.has(form));
}

/** The head of the object's first phrase is an area, aspect or problem class ("compliance with HIPAA", "the Postgres setup") and nothing later spells out the change. */
export function headIsArea(action: Action): boolean {
	return headClass(action) !== undefined && !spelledOutLater(action.tokens, objectHead(action) + 1);
}

/** "… - we should test X with Y", "…; pin the chart to 4.2": a later clause asks a particular act. */
function spelledOutLater(tokens: readonly Token[], from: number, measuredResult = false): boolean {
	for (let index = from; index < tokens.length; index++) {
		// "… by disabling password auth": the means, named; "… so thumbnails are generated on upload": the result
		// (for an improvement, a result with a number or code: "… so the duplicate rate stays below 0.1%").
		const result = tokens[index].norm === 'so' && index + 2 < tokens.length && !['as', 'far'].includes(tokens[index + 1].norm);
		if ((tokens[index].norm === 'by' && tokens[index + 1]?.norm.endsWith('ing') === true) || (result && (!measuredResult || measuredAfter(tokens, index + 1)))) {
			return true;
		}
		// "… with a consumer-lag alert", "… with a second factor": the means, a thing added ("with the vendor" is a partner, "with a view to" a purpose).
		if (tokens[index].norm === 'with' && ['a', 'an'].includes(tokens[index + 1]?.norm ?? '') && withThing(tokens, index + 2)) {
			return true;
		}
		if (!/[-–—:;]/u.test(tokens[index].gap)) {
			continue;
		}
		const verb = index + (verbs.longest(tokens, index, ['preambles'])?.length ?? 0);
		if (isVerb(tokens, verb, tokens.length) && !verbs.isAny(tokens[verb], openVerbs)) {
			return true;
		}
	}
	return false;
}

/** A number or code in the clause from `from` to the sentence's end. */
function measuredAfter(tokens: readonly Token[], from: number): boolean {
	for (let index = from; index < Math.min(tokens.length, from + 16) && !/[.;]/u.test(tokens[index].gap); index++) {
		if (/\d/u.test(tokens[index].norm) || tokens[index].gap.includes('`')) {
			return true;
		}
	}
	return false;
}

const purposeNouns = new Set(['view', 'eye', 'focus', 'goal', 'aim', 'emphasis', 'mind', 'sense', 'bit', 'lot', 'little']);

function withThing(tokens: readonly Token[], from: number): boolean {
	const words = tokens.slice(from, from + 3);
	if (words.length === 0 || purposeNouns.has(words[0].norm) || nouns.isAny(words[0], qualityWords)) {
		return false;
	}
	return words.some((token) => artefacts.has(token.norm) || nouns.isAny(token, artefactNouns) || (token.norm.length > 2 && !nouns.isAny(token, qualityWords) && !nouns.is(token, 'generic')));
}

const qualityWords = nouns.mask(['quality', 'comparatives', 'function-words']);

/** Answers that make a question's outcome a change: "if so", "if yes", "if confirmed", "if it does". */
const affirmed = new Set(['so', 'yes', 'confirmed', 'it', 'true']);
const pronouns = new Set(['it', 'them', 'this', 'that', 'things', 'something', 'stuff']);

/**
 * "…; if so, derive build numbers from the pipeline ID", "…; done when their written RCA is attached to
 * PAY-1150": a later clause says what closes the item, a change made on the answer or a definition of done.
 */
export function closedLater(tokens: readonly Token[], from: number): boolean {
	for (let index = from; index < tokens.length - 2; index++) {
		const next = tokens[index + 1];
		if (tokens[index].norm === 'done' && next.norm === 'when' && isVerbOrContent(tokens, index + 2)) {
			return true;
		}
		if (tokens[index].norm === 'if' && affirmed.has(next.norm) && /[,;:—-]/u.test(tokens[index].gap + next.gap + (tokens[index + 2]?.gap ?? ''))) {
			for (let at = index + 2; at < Math.min(tokens.length, index + 6); at++) {
				const verb = verbs.longest(tokens, at, ['change', 'improvement']);
				// "if so, fix them": a change on a bare pronoun names nothing, and an improvement needs a number ("raise it to 120 s").
				const measured = tokens.slice(at, at + 6).some((token) => /\d/u.test(token.norm));
				const named = verb !== undefined && (measured || (verb.list === 'change' && !pronouns.has(tokens[at + verb.length]?.norm ?? 'it')));
				if (named || nouns.longest(tokens, at, ['mechanism-nouns']) !== undefined) {
					return true;
				}
			}
		}
	}
	return false;
}

function isVerbOrContent(tokens: readonly Token[], index: number): boolean {
	return tokens.slice(index, index + 4).some((token) => !nouns.is(token, 'function-words') && !nouns.is(token, 'generic'));
}

/**
 * "Maybe add a `--dry-run` flag to…", "Perhaps move the cron jobs to the batch node pool", "try moving
 * thumbnail generation to its own worker pool", "maybe we could add a dead-letter topic for…": a hedge
 * before a change; the change's own object must then say what will exist (see vague's hedged reading).
 * Returns where that object starts, or -1.
 */
const hedgeOpeners = new Set(['maybe', 'perhaps', 'possibly', 'probably', 'prob', 'probs', 'potentially', 'look', 'have', 'take', 'try', 'worth']);
const hedgeFillers = new Set(['worth', 'also', 'we', 'could', 'should', 'can', 'might', 'may', 'just', 'even', 'it', "it's", 'is', 'be', 'would']);

export function hedgedChange(action: Action): number {
	const { tokens } = action;
	// "Consider moving to Postgres 16", "Discuss adding…": a deliberation still has its decision to name.
	if (!tokens[action.from].forms.some((form) => hedgeOpeners.has(form))) {
		return -1;
	}
	let at = action.object;
	while (at < Math.min(action.end, action.object + 4) && hedgeFillers.has(tokens[at].norm)) {
		at++;
	}
	const change = verbs.longest(tokens, at, ['change'], action.end);
	return change !== undefined && !verbs.is(tokens[at], 'do-wrappers') && at + 2 < action.end ? at + change.length : -1;
}

const placeholders = new Set(['tbd', 'todo', 'tba', 'tbc']);
const indefinites = new Set(['something', 'anything', 'stuff', 'somehow', 'smth', 'sth', 'smthg', 'stg']);

/** "tbd - something re: rate limits", "TODO: something for the cron overlap": a placeholder for a thing not yet thought of (token index), or -1. */
export function placeholderThing(tokens: readonly Token[]): number {
	const opening = tokens.slice(0, 6);
	return opening.some((token) => placeholders.has(token.norm)) ? opening.findIndex((token) => indefinites.has(token.norm)) : -1;
}

/**
 * "Partner SFTP accounts: key auth only, passwords disabled", "Bastion hosts: static keys removed": a
 * terse statement of the state a thing ends in, with no verb before it — a noun phrase closed by "only"
 * or by the participle of a change.
 */
export function statesEndState(action: Action): boolean {
	const { tokens } = action;
	for (let index = action.object + 1; index < action.end; index++) {
		const next = tokens[index + 1];
		const closesPhrase = next === undefined || index + 1 >= action.end || /[,;.—–]/u.test(next.gap);
		const changed = /[^e]ed$/u.test(tokens[index].norm) && verbs.longest(tokens, index, ['change']) !== undefined;
		if (closesPhrase && (tokens[index].norm === 'only' || changed) && !nouns.is(tokens[index - 1], 'function-words')) {
			return true;
		}
	}
	return false;
}

/** Conditions that leave a goal open: "if possible", "if there is one", "if there's a way", "where feasible". */
const openConditions = new Set(['possible', 'feasible', 'practical', 'one', 'way', 'any', 'can']);

/**
 * "find a way to avoid the thundering herd if there is one", "Figure out how to shard it if possible": a
 * goal whose own words doubt it can be reached commits to nothing (token index of the goal), or -1.
 */
export function hedgedGoal(action: Action): number {
	const { tokens } = action;
	const goal = verbs.longest(tokens, action.from, ['goal']);
	if (goal === undefined) {
		return -1;
	}
	for (let index = action.from + goal.length; index < tokens.length - 1; index++) {
		if (!['if', 'where', 'when'].includes(tokens[index].norm)) {
			continue;
		}
		const clause = tokens.slice(index + 1, index + 5).map((token) => token.norm);
		if (clause.some((norm) => openConditions.has(norm)) && (clause[0] === 'possible' || clause[0] === 'feasible' || ['there', "there's", 'we', 'it'].includes(clause[0]))) {
			return action.from;
		}
	}
	return -1;
}

