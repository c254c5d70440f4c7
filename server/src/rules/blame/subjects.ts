/**
 * Who a clause is about. The subject of a verb is the noun phrase before it in its clause; its head word
 * says whether it is a person (a name, a pronoun, a role such as "the reviewer"), a team ("the payments
 * team", "support") or a system (everything else: "the health check", "Terraform", "the job").
 *
 * Capitalised words are people only when they are known given names or listed in the document's
 * `people:` front matter; other capitalised words are 'unknown' (usually products: "Envoy", "Kubernetes").
 */
import {
	breakBefore,
	clauseStart,
	hardBreakBefore,
	reach,
	isTitleCase,
	norm,
	opensSentence,
	rawWord,
	type SentenceView,
} from './clauses';
import {
	ambiguousRoles,
	auxiliaries,
	boundaryWords,
	determiners,
	givenNames,
	hostileModifiers,
	negations,
	outsiders,
	personPossessives,
	personPronouns,
	prepositions,
	relativePronouns,
	roleNouns,
	selfPronouns,
	skipBeforeVerb,
	systemModifiers,
	systemPronouns,
	teamNouns,
} from './lexicon';
import { isPastOrParticiple } from './verbs';

export type AgentKind = 'person' | 'team' | 'system' | 'unknown' | 'none';

export interface Agent {
	readonly kind: AgentKind;
	/** The head word, when there is one. */
	readonly index: number | undefined;
	/** "we", "us": the authors themselves. */
	readonly self: boolean;
}

/** Lower-cased names from the document's `people:` roster (every word of each name). */
export type Roster = ReadonlySet<string>;

const none: Agent = { kind: 'none', index: undefined, self: false };

export function isPeople(agent: Agent): boolean {
	return agent.kind === 'person' || agent.kind === 'team';
}

/**
 * Users, customers and attackers (or anyone "malicious"): outside the team writing the review, so an action
 * of theirs is a fact about load or an attack, and a sanction on them is security, not blame.
 */
export function isOutsider(view: SentenceView, head: number | undefined): boolean {
	return head !== undefined && (outsiders.has(norm(view, head)) || (head > 0 && hostileModifiers.has(norm(view, head - 1))));
}

/** What kind of agent word `index` names, on its own. */
export function agentOfWord(view: SentenceView, index: number, roster: Roster): AgentKind {
	const word = norm(view, index);
	if (word.endsWith("'s")) {
		return agentOfStem(view, index, word.slice(0, -2), roster);
	}
	return agentOfStem(view, index, word, roster);
}

function agentOfStem(view: SentenceView, index: number, word: string, roster: Roster): AgentKind {
	if (personPronouns.has(word) || word === 'no-one' || (word === 'one' && norm(view, index - 1) === 'no')) {
		return 'person';
	}
	if (systemPronouns.has(word)) {
		return 'system';
	}
	if (roleNouns.has(word)) {
		return ambiguousRoles.has(word) && modifiedBySystem(view, index) ? 'system' : 'person';
	}
	if (teamNouns.has(word)) {
		return 'team';
	}
	const raw = rawWord(view, index);
	if (isTitleCase(raw) && (givenNames.has(word) || roster.has(word))) {
		return 'person';
	}
	if (roster.has(word)) {
		return 'person';
	}
	if (/^\p{Lu}/u.test(raw) && !opensSentence(view, index)) {
		// A capitalised word mid-sentence: a surname after a known given name, else a product or a place.
		return index > 0 && givenNames.has(norm(view, index - 1)) && isTitleCase(rawWord(view, index - 1)) ? 'person' : 'unknown';
	}
	return 'system';
}

/** "the package manager", "the Prometheus operator": a role noun naming software. */
function modifiedBySystem(view: SentenceView, index: number): boolean {
	if (index === 0 || breakBefore(view, index)) {
		return false;
	}
	const previous = norm(view, index - 1);
	return systemModifiers.has(previous) || (/^\p{Lu}/u.test(rawWord(view, index - 1)) && !opensSentence(view, index - 1));
}

/** A possessive that names a person or team: "Dave's", "the reviewer's", "his", "their". */
export function isPeoplePossessive(view: SentenceView, index: number, roster: Roster): boolean {
	const word = norm(view, index);
	if (personPossessives.has(word)) {
		return true;
	}
	if (!word.endsWith("'s")) {
		return false;
	}
	const kind = agentOfStem(view, index, word.slice(0, -2), roster);
	return kind === 'person' || kind === 'team';
}

/** Words that can start a verb group, so a relative clause ("who wrote …") is not read as a noun phrase. */
function isVerbish(word: string): boolean {
	return auxiliaries.has(word) || isPastOrParticiple(word);
}

/**
 * The subject of the verb starting at word `verb`: the noun phrase before it in its clause, skipping
 * adverbs and auxiliaries ("Dave simply forgot", "the reviewer should have"). Follows a relative pronoun
 * to its antecedent ("a fix that ignored …" → the fix) and a coordination to the first clause's subject
 * ("Lee tried …, but failed to …" → Lee).
 */
export function subjectOf(view: SentenceView, verb: number, roster: Roster): Agent {
	let end = verb - 1;
	while (end >= 0 && end > verb - reach && !breakBefore(view, end + 1) && skipBeforeVerb.has(norm(view, end))) {
		end--;
	}
	if (end < 0) {
		return none;
	}
	if (hardBreakBefore(view, end + 1)) {
		return none;
	}
	const word = norm(view, end);
	if (relativePronouns.has(word)) {
		return word === 'that' || word === 'which' ? headBefore(view, end, roster) : agent('person', end);
	}
	if (word === 'and' || word === 'but' || word === 'or' || word === 'then') {
		return leadingSubject(view, end, roster);
	}
	if (boundaryWords.has(word)) {
		return none;
	}
	return nounPhraseEndingAt(view, end, roster);
}

/** Classifies the noun phrase that ends at word `end` (its start is the clause start or a conjunction). */
function nounPhraseEndingAt(view: SentenceView, end: number, roster: Roster): Agent {
	const start = nounPhraseStart(view, end);
	// "the engineer who/that triggered the incident was …": the subject is the relative clause's antecedent.
	const pronoun = isVerbish(norm(view, start - 1)) ? start - 2 : start - 1;
	const before = norm(view, pronoun);
	if (before === 'who' || before === 'whom' || before === 'whoever') {
		return agent('person', pronoun);
	}
	if ((before === 'that' || before === 'which') && (pronoun === start - 2 || isVerbish(norm(view, start)))) {
		return headBefore(view, pronoun, roster);
	}
	for (let k = start; k <= end; k++) {
		if (norm(view, k) === 'whoever' || norm(view, k) === 'anyone' || norm(view, k) === 'someone') {
			return agent('person', k);
		}
	}
	const head = headOf(view, start, end);
	return determiners.has(norm(view, head)) ? none : classifyHead(view, head, roster);
}

/** First word of the noun phrase ending at `end`: back to a break, a conjunction or a verb form. */
export function nounPhraseStart(view: SentenceView, end: number): number {
	let start = end;
	while (start > 0 && start > end - reach && !breakBefore(view, start) && !boundaryWords.has(norm(view, start - 1)) && !isVerbish(norm(view, start - 1))) {
		start--;
	}
	return start;
}

/** The head of words start..end: the word before the first prepositional phrase, else the last word. */
function headOf(view: SentenceView, start: number, end: number): number {
	for (let k = start + 1; k <= end; k++) {
		const previous = rawWord(view, k - 1);
		if (prepositions.has(norm(view, k)) && /^\p{L}/u.test(previous) && !determiners.has(norm(view, k - 1))) {
			return k - 1;
		}
	}
	return end;
}

function classifyHead(view: SentenceView, head: number, roster: Roster): Agent {
	const kind = agentOfWord(view, head, roster);
	return { kind, index: head, self: kind === 'person' && selfPronouns.has(norm(view, head)) };
}

/** The noun phrase just before word `index` (a relative pronoun): its antecedent. */
function headBefore(view: SentenceView, index: number, roster: Roster): Agent {
	if (index === 0 || breakBefore(view, index)) {
		return none;
	}
	return classifyHead(view, index - 1, roster);
}

/** Subject of the clause before a coordinating conjunction at `conjunction`: its first noun phrase. */
function leadingSubject(view: SentenceView, conjunction: number, roster: Roster): Agent {
	let start = conjunction - 1;
	while (start > 0 && start > conjunction - reach && !hardBreakBefore(view, start) && !boundaryWords.has(norm(view, start - 1))) {
		start--;
	}
	let end = start;
	while (end < conjunction && !isVerbish(norm(view, end)) && !skipBeforeVerb.has(norm(view, end))) {
		end++;
	}
	return end > start ? classifyHead(view, headOf(view, start, end - 1), roster) : none;
}

function agent(kind: AgentKind, index: number): Agent {
	return { kind, index, self: false };
}

/** The subject of the clause holding word `index`: that of the clause's first verb, else of the word itself. */
export function clauseSubject(view: SentenceView, index: number, roster: Roster): Agent {
	for (let k = Math.max(clauseStart(view, index), index - reach); k <= index; k++) {
		if (auxiliaries.has(norm(view, k)) || isPastOrParticiple(norm(view, k))) {
			return subjectOf(view, k, roster);
		}
	}
	return subjectOf(view, index, roster);
}

/**
 * The noun phrase starting at word `start` (after "by", "with", "to"): its words up to a preposition,
 * conjunction, verb form or punctuation. Used to ask "caused by whom?".
 */
export function nounPhraseAfter(view: SentenceView, start: number): { readonly first: number; readonly last: number } | undefined {
	let last = start - 1;
	for (let k = start; k < Math.min(view.words.length, start + reach); k++) {
		const word = norm(view, k);
		if ((k > start && breakBefore(view, k)) || prepositions.has(word) || boundaryWords.has(word) || auxiliaries.has(word) || negations.has(word)) {
			break;
		}
		if (k > start && (word.endsWith('ing') || isPastOrParticiple(word))) {
			break;
		}
		last = k;
	}
	return last >= start ? { first: start, last } : undefined;
}

/** Whether any word of words first..last names a person or team, or is a person's possessive. */
export function mentionsPeople(view: SentenceView, first: number, last: number, roster: Roster): boolean {
	for (let k = Math.max(0, first); k <= Math.min(last, first + reach); k++) {
		const kind = agentOfWord(view, k, roster);
		if (kind === 'person' || kind === 'team') {
			return true;
		}
	}
	return false;
}
