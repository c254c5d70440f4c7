/**
 * What an action item's object says: whether it names something specific (a number or threshold, code,
 * an identifier such as `grafana-agent`, `docs.rs`, `PagerDuty`, a path, a #channel, a product or
 * component name in mid-sentence), whether it has any content word at all (not generic: "monitoring",
 * "the process", "more tests"), and whether it asks for a quality rather than a thing ("better",
 * "faster", "more robust", "more often"). "Black Friday" is a date, not a component; a Title Case item
 * names nothing by its capitals.
 */
import type { Action } from './item-grammar';
import type { ItemWords } from './item-text';
import type { Token } from './item-tokens';
import { nouns, verbs } from './lexicon';
import { hasCodeOrPath, hasLink, isDate, isMeasure, wordShape } from './item-shape';
import { phraseEnds } from './item-prevention';

export interface ObjectReading {
	/** A number, code, identifier or name: the object is a particular thing or measure. */
	readonly strong: boolean;
	/** At least one word that is not generic, a quality or a function word. */
	readonly content: boolean;
	/** "better", "faster", "more robust", "more often": a quality with no measure (token range). */
	readonly qualityComparative: readonly [number, number] | undefined;
	/** "more tests", "more logs": a quantity of something (token range). */
	readonly quantityComparative: readonly [number, number] | undefined;
	/** "resilient", "actionable", "safe": a quality word anywhere in the object. */
	readonly quality: boolean;
	/** "handover", "communication", "knowledge": the object is how people work together. */
	readonly peopleProcess: boolean;
	/** "…to read-only", "…from 3600 to 60": the state the change ends in, named. */
	readonly target: boolean;
	/** "the alert routing config", "every cron job": a definite thing picked out by its own words. */
	readonly named: boolean;
	/** A number that is no date, code or a path: what a "better" or "more robust" can be checked against (a name cannot). */
	readonly measured: boolean;
	/** "some guardrails", "several alerts": an amount with no measure (token range). */
	readonly unmeasuredQuantity: readonly [number, number] | undefined;
}

/** Words that ask for an amount of something rather than a quality of it. */
const amountWords = new Set(['more', 'less', 'fewer', 'additional', 'extra']);

const nonContentVerbClasses = ['investigative', 'non-committal', 'improvement', 'assurance', 'goal', 'people', 'behaviour'];
const unmeasuredAfterMore = new Set(['often', 'frequent', 'frequently', 'closely', 'proactive', 'proactively', 'careful', 'carefully', 'quickly']);

export function readObject(words: ItemWords, action: Action): ObjectReading {
	const ranges: (readonly [number, number])[] = [[action.object, action.end]];
	if (action.topic !== undefined) {
		ranges.push([action.topic.from, action.topic.to]);
	}
	const reading = { strong: false, content: false, qualityComparative: undefined as readonly [number, number] | undefined, quantityComparative: undefined as readonly [number, number] | undefined, quality: false, peopleProcess: false, target: namesTarget(action), named: namesDefiniteThing(action), unmeasuredQuantity: undefined as readonly [number, number] | undefined, measured: false };
	const titleCase = isTitleCase(action.tokens, action.from, action.end);
	for (const [from, to] of ranges) {
		for (let index = from; index < to; index++) {
			readToken(words, action, index, titleCase, reading);
		}
		const code = hasCodeOrPath(words, action.tokens, from, to);
		reading.strong ||= code || hasLink(words, action.tokens, from, to);
		reading.measured ||= code;
		reading.peopleProcess ||= startsWithPeopleProcess(action.tokens, from, to);
	}
	// "Add retries", "Add dashboards": one bare plural says which kind of thing, not which one or how many.
	if (action.topic === undefined && action.end - action.object === 1 && !reading.strong && isBarePlural(action.tokens[action.object])) {
		reading.content = false;
	}
	return reading;
}

interface MutableReading {
	strong: boolean;
	measured: boolean;
	content: boolean;
	qualityComparative: readonly [number, number] | undefined;
	quantityComparative: readonly [number, number] | undefined;
	unmeasuredQuantity: readonly [number, number] | undefined;
	quality: boolean;
}

function readToken(words: ItemWords, action: Action, index: number, titleCase: boolean, reading: MutableReading): void {
	const tokens = action.tokens;
	const token = tokens[index];
	reading.strong ||= isStrong(words, tokens, index, titleCase);
	reading.measured ||= (isMeasure(tokens, index) && (!isDate(words, tokens, index) || dateSelects(tokens, index))) || countedInWords(tokens, index, action.end);
	reading.content ||= isContent(tokens, index, words);
	reading.quality ||= nouns.is(token, 'quality') || /(?:ness|ility|ibility)$/u.test(token.norm);
	// "Add some guardrails around…", "a few more alerts": an amount nobody can check.
	// "Give the matchmaking service some love": "some" asks an amount of a thing with no plural too.
	const several = (token.norm === 'several' || (token.norm === 'few' && tokens[index - 1]?.norm === 'a')) && tokens[index + 1]?.norm.endsWith('s') === true;
	if ((token.norm === 'some' || several) && index + 1 < action.end && isContent(tokens, index + 1)) {
		reading.unmeasuredQuantity ??= [index, index + 2];
	}
	// "Some kind of rate limiting", "some sort of check": a thing not yet picked.
	if (token.norm === 'some' && ['kind', 'sort', 'form', 'type'].includes(tokens[index + 1]?.norm ?? '') && tokens[index + 2]?.norm === 'of' && index + 3 < action.end) {
		reading.unmeasuredQuantity ??= [index, nounPhraseEnd(tokens, index + 3, action.end)];
	}
	// "Extra safeguards for…", "additional alerts": more of a kind of thing, as "more" says.
	if (nouns.isExactly(token, 'comparatives') || amountWords.has(token.norm)) {
		const next = tokens[index + 1];
		const measured = !amountWords.has(token.norm);
		const unmeasured = next !== undefined && index + 1 < action.end && (describesQuality(next) || (index + 2 < action.end && describesQuality(tokens[index + 2])));
		if (measured || unmeasured) {
			reading.qualityComparative ??= [index, measured ? index + 1 : index + 2];
		} else if (next !== undefined && index + 1 < action.end) {
			reading.quantityComparative ??= [index, nounPhraseEnd(tokens, index + 1, action.end)];
		}
	}
}

/** "one region at a time", "two replicas": a number written as a word, counting the thing after it. */
function countedInWords(tokens: readonly Token[], index: number, end: number): boolean {
	const token = tokens[index];
	return (token.norm === 'one' || nouns.is(token, 'number-words')) && index + 1 < end && continuesPhrase(tokens, index + 1) && isContent(tokens, index + 1);
}

/** "more unit tests": the end (exclusive) of the words naming what there is to be more of, at most three. */
function nounPhraseEnd(tokens: readonly Token[], from: number, end: number): number {
	let to = from + 1;
	while (to < Math.min(end, from + 3) && continuesPhrase(tokens, to) && !nouns.is(tokens[to], 'function-words') && !phraseEnds.has(tokens[to].norm)) {
		to++;
	}
	return to;
}

/** "Tighten the policy to read-only", "Lower the TTL to a minute": "to" and a state that is not a verb or generic. */
function namesTarget(action: Action): boolean {
	const { tokens } = action;
	// "NUnit -> XUnit", "1 → 2": one arrow names the state the change ends in ("Kafka → Flink → ClickHouse" is a path).
	if (tokens.slice(action.object + 1, action.end).filter(arrow).length === 1) {
		return true;
	}
	// Kept as the loop goes (not re-scanned per "to"): an inner phrase opened before, and no "from … to".
	let inner = false;
	let from = false;
	for (let index = action.object; index < action.end - 1; index++) {
		const next = tokens[index + 1];
		inner ||= innerPrepositions.has(tokens[index].norm);
		from ||= tokens[index].norm === 'from';
		if (tokens[index].norm !== 'to') {
			continue;
		}
		// "to read-only", "to fail-closed": a hyphenated state, whatever its parts are.
		if (tokens[index + 2]?.word === next.word) {
			return true;
		}
		// "the problems with the interface to SAP": a "to" inside another phrase joins nouns, it ends no change.
		if (inner && !from) {
			continue;
		}
		if (verbs.longestIn(tokens, index + 1, clauseVerbs) === undefined && isContent(tokens, index + 1)) {
			return true;
		}
		// "…to its own worker pool", "…to a dedicated node group": a place picked out by two or more words
		// ("improvements to the payment retries", "changes to the config" say what changes, not where it ends).
		if (targetDeterminers.has(next.norm) && !nouns.isAny(tokens[index - 1], changedThingHeads) && contentWordsInPhrase(tokens, index + 2, Math.min(action.end, index + 5)) >= 2) {
			return true;
		}
	}
	return madeInto(tokens, action.object + 1, action.end);
}

/** "…into a single GitHub Actions workflow": what the thing is made into, picked out by two or more words ("with" is as often a partner or a topic). */
function madeInto(tokens: readonly Token[], from: number, end: number): boolean {
	for (let index = from; index < end - 2; index++) {
		// "visibility into the bus", "insight into the pool": what is seen into is a topic, not a new form.
		if (tokens[index].norm === 'into' && !nouns.isAny(tokens[index - 1], topicalHeads) && targetDeterminers.has(tokens[index + 1].norm) && tokens[index + 1].norm !== 'our' && contentWordsInPhrase(tokens, index + 2, Math.min(end, index + 6)) >= 2) {
			return !nouns.isAny(tokens[index + 2], withoutThing);
		}
	}
	return false;
}

const changedThingHeads = nouns.mask(['improvement-nouns', 'generic']);
const withoutThing = nouns.mask(['quality', 'comparatives', 'people-nouns']);
const topicalHeads = nouns.mask(['quality', 'understanding-nouns', 'investigative-nouns', 'non-committal-nouns']);

const innerPrepositions = new Set(['with', 'of', 'between', 'about', 'around', 'regarding']);

function arrow(token: Token): boolean {
	return /->|→|=>/u.test(token.gap);
}

const targetDeterminers = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'this', 'that', 'single']);

function isBarePlural(token: Token | undefined): boolean {
	return token !== undefined && token.norm.endsWith('s') && !token.norm.endsWith('ss') && token.forms.length > 1 && !token.capital;
}

/** Words that make "the …" a point in time. */
const timeWords = new Set(['next', 'coming', 'following', 'upcoming', 'current', 'last', 'previous', 'same']);
const definite = new Set(['the', 'this', 'that', 'these', 'those', 'every', 'each']);

/**
 * "the deploy checklist", "the alert routing config", "every cron job": a definite article and at least
 * two content words in one phrase pick out one particular thing; "our failover" or "the process" do not.
 */
function namesDefiniteThing(action: Action): boolean {
	const { tokens } = action;
	// "Figure stuff out with the CDN vendor": a partner is not what changes.
	for (let index = action.object; index < action.end - 2; index++) {
		// "in the next planning cycle", "over the coming quarter": a time, not a thing.
		if (definite.has(tokens[index].norm) && tokens[index - 1]?.norm !== 'with' && !timeWords.has(tokens[index + 1].norm) && contentWordsInPhrase(tokens, index + 1, Math.min(action.end, index + 4)) >= 2) {
			return true;
		}
	}
	return false;
}

/**
 * Nouns and modifiers from `from` up to `to` while the phrase goes on: generic words count, since a
 * compound of them ("the alert routing config") picks out one thing; function words and qualities do not.
 */
function contentWordsInPhrase(tokens: readonly Token[], from: number, to: number): number {
	let count = 0;
	for (let index = from; index < to && continuesPhrase(tokens, index); index++) {
		const token = tokens[index];
		count += token.norm.length > 1 && !nouns.isAny(token, nonNaming) && !isAdverb(token) ? 1 : 0;
	}
	return count;
}

const nonNaming = nouns.mask(['function-words', 'quality', 'comparatives', 'people-nouns', 'calendar', 'number-words']);

/** The token is in the same phrase as the one before it (no comma, colon or sentence break between). */
function continuesPhrase(tokens: readonly Token[], index: number): boolean {
	const gap = tokens[index].gap;
	return gap === '' || gap === ' ' || gap.trim() === '' || gap.trim() === "'" || gap.trim() === '’';
}

/** "robust", "gracefully", "tolerant", "often": how something is, not what it is. */
function describesQuality(token: Token | undefined): boolean {
	return token !== undefined && (nouns.is(token, 'quality') || unmeasuredAfterMore.has(token.norm) || /(?:ly|ant|ent|ive|ful|able|ible|ous|ic)$/u.test(token.norm));
}

/** A word that names something: not generic, not a quality, not a function word, not the verb of a clause. */
/**
 * Where "to" + a verb starts a purpose after an object with no content word and no mechanism ("Take
 * steps | to prevent…", "Put measures in place | to reduce…"), or undefined: the means is not named.
 */
export function purposeAfterEmptyObject(words: ItemWords, action: Action): number | undefined {
	const { tokens } = action;
	// "**Load testing framework**: …": a label names the means.
	if (action.topic !== undefined) {
		return undefined;
	}
	let generic = false;
	for (let index = action.object; index < Math.min(action.end - 1, action.object + 6); index++) {
		if (tokens[index].norm === 'to' && verbs.longestIn(tokens, index + 1, clauseVerbs, action.end) !== undefined) {
			return generic ? index : undefined;
		}
		if (isContent(tokens, index, words) || nouns.isAny(tokens[index], mechanismMask) || !continuesPhrase(tokens, index)) {
			return undefined;
		}
		// "steps", "measures in place": generic nouns, not a participle ("Script updated to handle…").
		generic ||= nouns.is(tokens[index], 'generic');
		if (!generic && !nouns.isAny(tokens[index], notContentNouns)) {
			return undefined;
		}
	}
	return undefined;
}

/** "keys issued before 2026-11-01": a date after a participle and "before"/"after" picks out which things. */
function dateSelects(tokens: readonly Token[], index: number): boolean {
	let start = index;
	while (tokens[start - 1]?.word === tokens[index].word) {
		start--;
	}
	return ['before', 'after', 'since', 'until'].includes(tokens[start - 1]?.norm ?? '') && /^[a-z]{2,30}ed$/u.test(tokens[start - 2]?.norm ?? '');
}

function isContent(tokens: readonly Token[], index: number, words?: ItemWords): boolean {
	const token = tokens[index];
	if (token.norm.length < 2 || /\d/u.test(token.norm)) {
		return /\d/u.test(token.norm) && (words === undefined || !isDate(words, tokens, index) || dateSelects(tokens, index));
	}
	if (nouns.isAny(token, notContentNouns) || /(?:ness|ility|ibility)$/u.test(token.norm) || verbs.isAny(token, markerVerbs) || isAdverb(token)) {
		return false;
	}
	if (tokens[index - 1]?.norm === 'to' && verbs.longestIn(tokens, index, clauseVerbs) !== undefined) {
		return false;
	}
	// "deployed resources", "existing services": a participle describes, it names nothing.
	if (/[^e]ed$/u.test(token.norm) && verbs.longestIn(tokens, index, clauseVerbs) !== undefined) {
		return false;
	}
	return !verbs.isAny(token, nonContentVerbs);
}

/** "accordingly", "properly", "promptly": how something is done names nothing ("supply", "assembly" are nouns). */
function isAdverb(token: Token): boolean {
	return token.norm.length >= 6 && token.norm.endsWith('ly') && !/(?:p|b)ly$/u.test(token.norm);
}

const mechanismMask = nouns.mask(['mechanism-nouns', 'mechanism-anywhere']);
const notContentNouns = nouns.mask(['function-words', 'generic', 'quality', 'comparatives', 'calendar', 'people-nouns', 'number-words']);
const markerVerbs = verbs.mask(['hedges', 'preambles']);
const nonContentVerbs = verbs.mask(nonContentVerbClasses);
const clauseVerbs = verbs.mask(['change', ...nonContentVerbClasses]);
const notProperNouns = nouns.mask(['generic', 'quality', 'calendar', 'people-nouns', 'function-words', 'comparatives']);

function isStrong(words: ItemWords, tokens: readonly Token[], index: number, titleCase: boolean): boolean {
	const token = tokens[index];
	if (verbs.is(token, 'preambles')) {
		return false; // "**P1**", "TODO": a priority or a marker, not a measure or a name
	}
	if (/\d/u.test(token.norm) && isDate(words, tokens, index) && !dateSelects(tokens, index)) {
		return false; // "(owner: Priya, 2026-12-10)", "Q1", "by Dec 15": when, not what
	}
	if (/\d/u.test(token.norm) || (nouns.is(token, 'number-words') && tokens[index + 1] !== undefined)) {
		return true;
	}
	if (token.gap.endsWith('#') && words.source.charAt(token.start - words.start - 1) === '#') {
		return true;
	}
	const word = words.words[token.word];
	const shape = wordShape(words.source, word.start - words.start, word.end - words.start);
	if (shape.mixedCase) {
		return true;
	}
	if (shape.hyphen && isHyphenatedName(tokens, index)) {
		return true;
	}
	// "DAGs", "APIs", "SLOs": an acronym's plural is a kind of thing, not a name.
	return !titleCase && shape.lower && !acronymPlural(words.source, word.start - words.start, word.end - words.start) && isProperName(tokens, index);
}

function acronymPlural(source: string, from: number, to: number): boolean {
	return to - from >= 3 && to - from <= 8 && source.charAt(to - 1) === 's' && /^[A-Z]+$/u.test(source.slice(from, to - 1));
}

/** `grafana-agent`, `orders-db`, `k8s-v2`, "the cache-warmer job"; not "on-call", "knowledge-sharing", "long-term". */
function isHyphenatedName(tokens: readonly Token[], index: number): boolean {
	const word = tokens[index].word;
	let from = index;
	while (from > 0 && tokens[from - 1].word === word) {
		from--;
	}
	let to = index;
	while (to + 1 < tokens.length && tokens[to + 1].word === word) {
		to++;
	}
	if (index !== from) {
		return false;
	}
	const parts = tokens.slice(from, to + 1);
	return parts.some((part) => /\d/u.test(part.norm) || nouns.isExactly(part, 'service-affixes')) || nouns.isExactly(tokens[to + 1], 'component-heads');
}

/** A capitalised word in mid-sentence that is not generic, a date or a role: Kyverno, Redis, Vault. */
function isProperName(tokens: readonly Token[], index: number): boolean {
	const token = tokens[index];
	if (!token.capital || index === 0 || /[.!?:;]/u.test(token.gap) || tokens[index - 1].word === token.word) {
		return false;
	}
	if (nouns.isAny(token, notProperNouns)) {
		return false;
	}
	return !nouns.is(tokens[index - 1], 'calendar') && !nouns.is(tokens[index + 1], 'calendar') && !verbs.isExactly(token, 'change');
}

/** "Improve Monitoring For The Checkout Flow": capitals say nothing when most words have one. */
function isTitleCase(tokens: readonly Token[], from: number, to: number): boolean {
	let long = 0;
	let capital = 0;
	for (let index = from; index < to; index++) {
		if (tokens[index].norm.length > 3) {
			long++;
			capital += tokens[index].capital ? 1 : 0;
		}
	}
	return long >= 3 && capital / long >= 0.6;
}

/**
 * "Improve handover between shifts", "Better communication with…", "Level up the team's Kubernetes
 * skills": the head of the object's first phrase is how people work together ("the on-call handover
 * process" is a process, "the team dashboard" a dashboard).
 */
function startsWithPeopleProcess(tokens: readonly Token[], from: number, to: number): boolean {
	let head = from;
	while (head + 1 < Math.min(to, from + 6) && continuesPhrase(tokens, head + 1) && !phraseBreaks.has(tokens[head + 1].norm)) {
		head++;
	}
	for (let index = from; index <= head; index++) {
		if (nouns.longest(tokens, index, ['people-process'], head + 1)?.length === head + 1 - index) {
			return true;
		}
	}
	return false;
}

/** Where the object's first phrase ends: a preposition or a conjunction. */
const phraseBreaks = new Set(['between', 'with', 'for', 'of', 'on', 'in', 'to', 'across', 'among', 'during', 'around', 'and', 'or', 'at', 'about', 'from', 'when', 'so']);
