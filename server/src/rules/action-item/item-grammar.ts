/**
 * Reads what kind of action an item asks for from its opening predicate, the way a reader does: skip list
 * and label matter ("**Alerting**:", "TODO:", "We should", "P1"), find the first verb phrase and put it in
 * a class (a change to a thing, an investigation, a non-committal "consider", an improvement, an
 * assurance, a people verb, a behaviour asked of people), look through wrappers ("keep investigating",
 * "find a way to limit…", "work with X to migrate…", "hold a training session", "do a deep dive") and
 * subjects ("On-call engineers need to escalate…"). Where no verb is known the item is read as a noun
 * phrase ("More dashboards", "Monitoring improvements"). Pure, per item.
 */
import type { ItemWords } from './item-text';
import { endsSentence, readTokens, type Token } from './item-tokens';
import { subjectPredicate } from './item-subject';
import { tellsPeopleThat } from './item-audience';
import { classified, eventHead, wrapped } from './item-wrappers';
import { nouns, verbs } from './lexicon';

export type ActionKind = 'change' | 'investigative' | 'non-committal' | 'improvement' | 'assurance' | 'collaboration' | 'people' | 'behaviour' | 'nominal';

export interface Action {
	readonly kind: ActionKind;
	/** The predicate's tokens [from, to), what a finding points at. */
	readonly from: number;
	/** Where the subject starts ("Engineers should…"), or `from` when there is none. */
	readonly subjectFrom: number;
	readonly to: number;
	/** Where the object starts: what the action is done to. */
	readonly object: number;
	/** End (exclusive) of the action's own words: its first sentence, without explanatory clauses. */
	readonly end: number;
	/** A label naming the topic ("**Redis isolation**: Investigating…"): its tokens count for specificity. */
	readonly topic: { readonly from: number; readonly to: number } | undefined;
	/** "Alerts should be actionable", "Engineers should…": the action has a subject before a modal. */
	readonly subject: boolean;
	/** "Engineers should…", "the team must…": the subject is people. */
	readonly peopleSubject: boolean;
	/** "keep investigating", "continue to look at": more of an open-ended activity. */
	readonly continued: boolean;
	/**
	 * The opening is no verb the lexicon classes ("Sunset the…", "Get a handle on…" is classed), or no verb
	 * at all ("Observability gaps"): nothing says the item makes a concrete change, so only its object can.
	 */
	readonly unclassed: boolean;
	readonly tokens: readonly Token[];
}

export const verbClasses = ['people', 'behaviour', 'goal', 'non-committal', 'investigative', 'improvement', 'assurance', 'collaboration', 'change'];
const wrapperLists = ['continuations', 'starters', 'spend-time', 'people-with-audience', 'people-sharing', 'do-wrappers'];
export const nominalClasses: Readonly<Record<string, ActionKind>> = {
	'people-events': 'people',
	'investigative-nouns': 'investigative',
	'non-committal-nouns': 'non-committal',
	'improvement-nouns': 'improvement',
	'drill-nouns': 'change',
	'plan-nouns': 'improvement',
	'understanding-nouns': 'investigative',
};
/** Every list of `nominalClasses`, worked out once: looked up for the object of every meeting-like verb. */
export const nominalLists = Object.keys(nominalClasses);
/** What a verb that makes or changes a thing may still turn into: "Send a reminder", "Write a proposal…", "Get a handle on…". */
export const eventLists = ['people-events', 'investigative-nouns', 'non-committal-nouns', 'drill-nouns', 'plan-nouns', 'understanding-nouns'];
/** Heads a noun phrase may be classed by; a plan or an understanding only as the object of a verb ("when pools approach…"). */
const nounPhraseClasses = ['people-events', 'investigative-nouns', 'non-committal-nouns', 'improvement-nouns', 'drill-nouns'];
const suggestionWords = new Set(['worth', 'good', 'nice', 'useful', 'helpful', 'great', 'wise', 'ideal', 'interesting', 'beneficial', 'valuable', 'sense']);
const determiners = new Set(['the', 'a', 'an', 'our', 'all', 'any', 'some', 'this', 'these', 'those', 'its', 'their', 'every', 'each', 'your', 'my', 'his', 'her', 'more', 'no']);
const abbreviations = new Set(['e', 'g', 'i', 'eg', 'ie', 'vs', 'etc', 'cf', 'approx', 'incl', 'resp', 'no']);
const explanations = new Set(['which', 'since', 'because', 'as', 'so', 'but', 'though', 'although', 'while', 'whereas', 'e', 'i', 'eg', 'ie']);
const alwaysExplains = new Set(['because', 'since', 'whereas', 'although', 'though']);

export interface Predicate {
	readonly kind: ActionKind;
	readonly from: number;
	readonly to: number;
	readonly object: number;
	readonly peopleSubject?: boolean;
	readonly continued?: boolean;
	readonly subject?: number;
	/** An unknown verb read as a change (see Action.unclassed). */
	readonly unclassed?: boolean;
}

export function readAction(words: ItemWords): Action | undefined {
	const tokens = readTokens(words);
	if (tokens.length === 0) {
		return undefined;
	}
	const label = labelTokenEnd(words, tokens);
	const labelEnd = label?.end;
	const first = skipLeading(tokens, mainClause(tokens, 0), labelEnd ?? tokens.length);
	const opening = addressedToAll(tokens, first, parsePredicate(tokens, first, labelEnd ?? tokens.length, 0));
	if (labelEnd === undefined) {
		return toAction(tokens, opening, scopeEnd(tokens, opening.from, tokens.length), undefined);
	}
	// "**Improve observability.** We lacked insight…": a bold title that is a whole imperative sentence is
	// the action; the sentence after it explains it or says how.
	if (label?.bold === true && label.sentence && opening.kind !== 'nominal' && opening.unclassed !== true) {
		return toAction(tokens, opening, scopeEnd(tokens, labelEnd, tokens.length), undefined);
	}
	const after = parsePredicate(tokens, skipLeading(tokens, labelEnd, tokens.length), tokens.length, 0);
	if (after.kind !== 'nominal' || opening.kind === 'nominal') {
		return toAction(tokens, after, scopeEnd(tokens, after.from, tokens.length), { from: 0, to: labelEnd });
	}
	// "Fix the pipeline: in the cli, create an assertion…" goes on after its colon; a bold title does not.
	return toAction(tokens, opening, label?.bold === true ? labelEnd : scopeEnd(tokens, labelEnd, tokens.length), undefined);
}

/**
 * "Let's all get better at…", "Can we all try to keep…": asked of everyone, the action is a rule for
 * everyone (as "Everyone should…" is), unless it acts on people itself ("Let's all remind…").
 */
function addressedToAll(tokens: readonly Token[], first: number, predicate: Predicate): Predicate {
	if (tokens[first - 1]?.norm !== 'all' || first < 2 || predicate.kind === 'nominal' || predicate.kind === 'people') {
		return predicate;
	}
	return { ...predicate, kind: 'behaviour', peopleSubject: true, subject: first - 2 };
}

/** "To deal with the load, the team added…": the action is the main clause after the purpose (or after a remark). */
function mainClause(tokens: readonly Token[], index: number): number {
	// "Probably overkill, but let's add…", "Not urgent, but…": a remark before ", but" sets up the action after it.
	const but = tokens.findIndex((token, at) => at > index && at <= index + 5 && token.norm === 'but' && token.gap.includes(','));
	if (but !== -1 && but + 1 < tokens.length && !tokens.slice(index, but).some((token) => endsSentence(token.gap))) {
		return but + 1;
	}
	if (tokens[index]?.norm !== 'to' && !(tokens[index]?.norm === 'in' && tokens[index + 1]?.norm === 'order')) {
		return index;
	}
	const comma = tokens.findIndex((token, at) => at > index && token.gap.includes(','));
	const sentence = tokens.findIndex((token, at) => at > index && endsSentence(token.gap));
	return comma !== -1 && (sentence === -1 || comma < sentence) ? comma : index;
}

function toAction(tokens: readonly Token[], predicate: Predicate, end: number, topic: Action['topic']): Action {
	return {
		kind: predicate.kind,
		from: predicate.from,
		subjectFrom: predicate.subject ?? predicate.from,
		to: Math.max(predicate.to, predicate.from + 1),
		object: predicate.object,
		end: Math.max(end, predicate.to),
		topic,
		subject: predicate.subject !== undefined,
		peopleSubject: predicate.peopleSubject === true,
		continued: predicate.continued === true,
		unclassed: predicate.unclassed === true || predicate.kind === 'nominal',
		tokens,
	};
}

/** Where a bold label ("**Alerting**:") or a short "Label:" ends, as a token index. */
function labelTokenEnd(words: ItemWords, tokens: readonly Token[]): { readonly end: number; readonly bold: boolean; readonly sentence: boolean } | undefined {
	const bold = /^[ \t]*(?:\*\*|__)[^*_\r\n]{1,100}(?:\*\*|__)[ \t]*:?/u.exec(words.source);
	const colon = /^[^:.\r\n]{1,60}:[ \t]/u.exec(words.prose);
	const end = bold?.[0].length ?? colon?.[0].length;
	if (end === undefined) {
		return undefined;
	}
	const index = tokens.findIndex((token) => token.start >= words.start + end);
	// "**Add a synthetic check.**": the bold text ends a sentence of its own.
	const sentence = bold !== null && /[.!](?:\*\*|__)[ \t]*$/u.test(bold[0]);
	return index <= 0 ? undefined : { end: index, bold: bold !== null, sentence };
}

/** Skips what comes before the action: "[P1]", "TODO", "We should", "Going forward", "Manually" before a verb. */
function skipLeading(tokens: readonly Token[], start: number, end: number): number {
	let index = start;
	if (/^\s*[[(]/u.test(tokens[index]?.gap ?? '') || (index === 0 && /[[(]\s*$/u.test(tokens[0]?.gap ?? ''))) {
		const close = tokens.findIndex((token, at) => at > index && /[\])]/u.test(token.gap));
		index = close > index && close < end ? close : index;
	}
	for (let round = 0; round < 3 && index < end; round++) {
		const preamble = verbs.longest(tokens, index, ['preambles'], end);
		if (preamble === undefined) {
			break;
		}
		index += preamble.length;
		// "Can we all…", "Let's all…": the quantifier belongs to the preamble's "we".
		if (tokens[index]?.norm === 'all' && ['we', "let's", 'lets', 'us'].includes(tokens[index - 1]?.norm ?? '')) {
			index++;
		}
	}
	return index;
}

/** The first sentence from `from`, cut before an explanation (", which…", "because…", ", so that…"). */
function scopeEnd(tokens: readonly Token[], from: number, end: number): number {
	for (let index = from + 1; index < end; index++) {
		const token = tokens[index];
		if (endsSentence(token.gap) && !abbreviations.has(tokens[index - 1].norm)) {
			return index;
		}
		if (alwaysExplains.has(token.norm) || (token.gap.includes(',') && explanations.has(token.norm)) || purposeSo(tokens, index, end)) {
			return index;
		}
	}
	return end;
}

/** "…retries so a single slow receiver no longer stalls…": the result the change is for, not its object ("so far", "do so" are not; "so that" is read by vague as a named outcome). */
function purposeSo(tokens: readonly Token[], index: number, end: number): boolean {
	const next = tokens[index + 1];
	// "SO_KEEPALIVE", "so-called": a part of a joined word is no conjunction.
	const joined = !/\s/u.test(next?.gap ?? ' ') || !/\s/u.test(tokens[index].gap);
	return tokens[index].norm === 'so' && next !== undefined && !joined && index + 2 < end && !['far', 'much', 'many', 'long', 'as', 'on', 'forth', 'that'].includes(next.norm) && tokens[index - 1]?.norm !== 'do';
}

export function parsePredicate(tokens: readonly Token[], index: number, end: number, depth: number): Predicate {
	if (index >= end || depth > 4) {
		return { kind: 'nominal', from: Math.min(index, tokens.length - 1), to: index, object: index };
	}
	const subject = depth === 0 ? (hedgedSuggestion(tokens, index, end) ?? passiveRequest(tokens, index, end) ?? subjectPredicate(tokens, index, end, depth)) : undefined;
	if (subject !== undefined) {
		return subject;
	}
	// "We will be looking at…": "be" before an -ing verb is its tense, not a state asked of people.
	if (tokens[index].norm === 'be' && tokens[index + 1]?.norm.endsWith('ing') === true && isVerb(tokens, index + 1, end)) {
		return { ...parsePredicate(tokens, index + 1, end, depth + 1), from: index };
	}
	const compound = compoundVerb(tokens, index, end, depth);
	if (compound !== undefined) {
		return compound;
	}
	const matches = verbs.matchAt(tokens, index, end).filter((match) => verbClasses.includes(match.list) || wrapperLists.includes(match.list));
	if (depth === 0 && matches.length > 0 && gerundModifier(tokens, index, end)) {
		return { ...nominal(tokens, index, end), from: index };
	}
	// "Enhanced monitoring of…", "Improved runbooks for…": an improvement's participle opening a noun phrase asks that improvement.
	if (depth === 0 && isParticiple(tokens[index]) && matches[0]?.list === 'improvement' && matches[0].length === 1 && index + 1 < end && !['and', 'or'].includes(tokens[index + 1].norm)) {
		return { kind: 'improvement', from: index, to: index + 1, object: index + 1 };
	}
	if (matches.length === 0 || (depth === 0 && isParticiple(tokens[index])) || splitsWord(tokens, index, matches[0].length)) {
		return unknownPredicate(tokens, index, end, depth);
	}
	return wrapped(tokens, index, end, depth, matches) ?? classified(tokens, index, end, depth, matches);
}

/** "post-incident cleanup": a verb match that stops inside a hyphenated word is the word's first part, no verb. */
function splitsWord(tokens: readonly Token[], index: number, length: number): boolean {
	const last = tokens[index + length - 1];
	return tokens[index + length]?.word === last.word;
}

/**
 * "Cross-train the storage team…", "Up-skill on-call…": a hyphenated opening whose last part is a verb
 * is that verb, with its prefix.
 */
function compoundVerb(tokens: readonly Token[], index: number, end: number, depth: number): Predicate | undefined {
	let last = index;
	while (last + 1 < end && tokens[last + 1].word === tokens[index].word) {
		last++;
	}
	if (last === index || last + 1 >= end || verbs.longest(tokens, index, verbClasses, end) !== undefined || !isVerb(tokens, last, last + 1)) {
		return undefined;
	}
	// "Knowledge-transfer session…": a compound the noun classes know is a noun, not a verb.
	if (nouns.longest(tokens, index, nounPhraseClasses, last + 1)?.length === last - index + 1) {
		return undefined;
	}
	return { ...parsePredicate(tokens, last, end, depth + 1), from: index };
}

/** Classes whose passive request is read as the verb on its subject; a people verb keeps the subject reading ("Staff should be reminded…"). */
const passiveClasses = ['improvement', 'investigative', 'non-committal', 'assurance', 'change'];
/** What comes before a passive's "be": "should be", "needs to be", "to be" ("are" and "is" stand alone). */
const passiveAuxiliaries = new Set(['should', 'must', 'needs', 'need', 'has', 'have', 'to', 'will', 'shall', 'further', 'also', 'urgently']);

/**
 * "Alerting for the queue should be strengthened", "Backup arrangements to be reviewed", "It is
 * recommended that monitoring arrangements are strengthened": a passive request is its verb done to its
 * subject, as "Strengthen alerting for the queue" is.
 */
function passiveRequest(tokens: readonly Token[], index: number, end: number): Predicate | undefined {
	const start = recommendedThat(tokens, index, end);
	if (isVerb(tokens, start, end) && !tokens[start].norm.endsWith('ing')) {
		return undefined;
	}
	for (let at = start + 1; at < Math.min(end, start + 12); at++) {
		if (endsSentence(tokens[at].gap) || /[,;:]/u.test(tokens[at].gap)) {
			return undefined;
		}
		// "… that the resilience of core systems be reviewed": after a recommendation, a bare "be" is the request.
		const be = ['be', 'are', 'is'].includes(tokens[at].norm) && (tokens[at].norm !== 'be' || passiveAuxiliaries.has(tokens[at - 1].norm) || start !== index);
		const verb = be && /(?:ed|en)$/u.test(tokens[at + 1]?.norm ?? '') ? verbs.longest(tokens, at + 1, passiveClasses, end) : undefined;
		if (verb !== undefined) {
			return { kind: verb.list as ActionKind, from: at + 1, to: at + 1 + verb.length, object: start };
		}
	}
	return undefined;
}

/** "It is recommended that …", "The Board recommends that …": where the recommended clause starts. */
function recommendedThat(tokens: readonly Token[], index: number, end: number): number {
	const that = tokens.slice(index, Math.min(end, index + 6)).findIndex((token) => token.norm === 'that') + index;
	return that > index && tokens.slice(index, that).some((token) => token.forms.includes('recommend') || token.forms.includes('advise') || token.forms.includes('propose')) ? that + 1 : index;
}

/** "It would probably be worth someone looking at…", "It might be good to…": a hedged suggestion. */
function hedgedSuggestion(tokens: readonly Token[], index: number, end: number): Predicate | undefined {
	const hedges = ['would', 'might', 'could', 'may'];
	// "It would be worth…", or asked: "Would it make sense to…", "Might it be worth…".
	const stated = tokens[index]?.norm === 'it' && hedges.includes(tokens[index + 1]?.norm ?? '');
	const asked = hedges.includes(tokens[index]?.norm ?? '') && tokens[index + 1]?.norm === 'it';
	if (!stated && !asked) {
		return undefined;
	}
	for (let at = index + 2; at < Math.min(end, index + 6); at++) {
		if (suggestionWords.has(tokens[at].norm)) {
			return { kind: 'non-committal', from: index, to: at + 1, object: at + 1 };
		}
	}
	return undefined;
}

/**
 * "Logging improvements", "Alerting review for…": an -ing word straight before a noun that heads a noun
 * phrase (an improvement, a review, a meeting, a training) modifies it; it is no verb.
 */
function gerundModifier(tokens: readonly Token[], index: number, end: number): boolean {
	return tokens[index].norm.endsWith('ing') && tokens[index + 1]?.gap.trim() === '' && nouns.longest(tokens, index + 1, gerundHeads, end) !== undefined;
}

const gerundHeads = ['improvement-nouns', 'investigative-nouns', 'non-committal-nouns', 'people-events'];

/** "Improved runbooks for…", "Automated checks": a past participle opening a noun phrase. */
function isParticiple(token: Token): boolean {
	return /[^e]ed$/u.test(token.norm) && token.forms.length > 1;
}

const verbClassMask = verbs.mask(verbClasses);

export function isVerb(tokens: readonly Token[], index: number, end: number): boolean {
	return verbs.longestIn(tokens, index, verbClassMask, end) !== undefined;
}

/** No known verb: an unknown one ("Sunset the…", "Containerise…") or a noun phrase ("More dashboards"). */
function unknownPredicate(tokens: readonly Token[], index: number, end: number, depth: number): Predicate {
	const token = tokens[index];
	const next = tokens[index + 1];
	if (token.norm.endsWith('ly') && next !== undefined && index + 1 < end && isVerb(tokens, index + 1, end)) {
		return parsePredicate(tokens, index + 1, end, depth + 1);
	}
	// "Clarify with the team that…": an unknown verb passing a message to people.
	if (index + 1 < end && tellsPeopleThat(tokens, index + 1, end)) {
		return { kind: 'people', from: index, to: index + 1, object: index + 1 };
	}
	const verbLike = /(?:ize|ify|ate)$/u.test(token.forms[0]) && token.norm.length >= 6;
	if (verbLike || (next !== undefined && index + 1 < end && determiners.has(next.norm) && !nouns.is(token, 'generic'))) {
		return eventHead(tokens, index, index + 1, end, eventLists) ?? { kind: 'change', from: index, to: index + 1, object: index + 1, unclassed: true };
	}
	return nominal(tokens, index, end);
}

/**
 * A noun phrase: its class comes from a head noun in its first words ("Training for…", "Monitoring
 * improvements") or a verb used as a noun ("Code paths need a rethink", "…could use a review").
 */
function nominal(tokens: readonly Token[], index: number, end: number): Predicate {
	for (let at = index; at < Math.min(end, index + 8); at++) {
		// "Page on-call when…": the second part of a hyphenated word is no head ("on-call" is no call).
		const match = tokens[at - 1]?.word === tokens[at].word ? undefined : nouns.longest(tokens, at, nounPhraseClasses, end);
		if (match !== undefined && (at < index + 5 || determiners.has(tokens[at - 1]?.norm ?? ''))) {
			return { kind: nominalClasses[match.list], from: at, to: at + match.length, object: index };
		}
		const verb = at > index && ['a', 'an', 'some'].includes(tokens[at - 1].norm) ? verbs.longest(tokens, at, ['non-committal', 'investigative', 'improvement'], end) : undefined;
		if (verb !== undefined) {
			return { kind: verb.list as ActionKind, from: at, to: at + verb.length, object: index };
		}
	}
	return { kind: 'nominal', from: index, to: index, object: index };
}
