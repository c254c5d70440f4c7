/**
 * The judgement behind action-item/people-fix: whether an open item's only change is to people's
 * attention, memory, care or knowledge, with no tool, automation, enforced check, schedule or document
 * carrying it. Also the item reading (words, opening predicate, object) that vague shares. The rule file
 * reports; this decides.
 */
import type { ActionItem, PostmortemDocument, Span } from '../../model/types';
import type { PhraseHit } from '../rule';
import { isVerb, readAction, type Action } from './item-grammar';
import { makesMechanism, mechanismCarries, mechanismMentions, mentionedOutside, namesMechanism } from './item-mechanism';
import { prepositions } from './item-audience';
import { peopleOutcome } from './item-outcome';
import { peopleTarget } from './item-people';
import { standingDuty } from './item-subject';
import { systemMask } from './item-who';
import { readObject, type ObjectReading } from './item-object';
import { hitsInItem, readItemWords, type ItemWords } from './item-text';
import { tokensSpan, type Token } from './item-tokens';
import { nouns, outcomeWords, verbs } from './lexicon';

const habitWhen = new Set(['before', 'when', 'whenever', 'while', 'after']);
/** "…are familiar with", "…feel confident": a state of the people named. */
const peopleStates = new Set(['are', 'is', 'be', 'feel', 'become', 'stay', 'remain', 'get']);


export interface ItemReading {
	readonly words: ItemWords;
	readonly action: Action | undefined;
	readonly object: ObjectReading | undefined;
}

/** Per parsed document's action item: vague and people-fix both read every item, once. */
const readings = new WeakMap<ActionItem, ItemReading>();

export function readItem(doc: PostmortemDocument, item: ActionItem): ItemReading {
	let reading = readings.get(item);
	if (reading === undefined) {
		const words = readItemWords(doc, item);
		const action = readAction(words);
		reading = { words, action, object: action === undefined ? undefined : readObject(words, action) };
		readings.set(item, reading);
	}
	return reading;
}

/**
 * Where the item asks people to try harder, or undefined. The change is to people when the item opens
 * with a people verb ("Remind…", "Onboard…", "Share the learnings…", "Hold a lunch-and-learn…"), asks a
 * behaviour of people ("Be more mindful…", "Don't deploy on Fridays", "Take more time…", "Engineers
 * should consult…", "Make sure people read…"), improves how people work together ("Improve handover…"),
 * or does a thing more carefully ("Test more thoroughly…") — and no mechanism carries it: no schedule or
 * enforcement, no tool, bot, check or template the item names as the means, no change it also commits to.
 * A people phrase elsewhere ("manually", "by hand", "raise awareness") counts when no mechanism is named.
 */
export function judgePeopleFix(reading: ItemReading, hits: readonly PhraseHit[]): Span | undefined {
	// Vague asks first (a people-fix is not also vague), then this rule: judge once per lint.
	const known = judged.get(reading);
	if (known !== undefined && known.hits === hits) {
		return known.span;
	}
	const span = judge(reading, hits);
	judged.set(reading, { hits, span });
	return span;
}

const judged = new WeakMap<ItemReading, { readonly hits: readonly PhraseHit[]; readonly span: Span | undefined }>();

function judge(reading: ItemReading, hits: readonly PhraseHit[]): Span | undefined {
	const { words, action, object } = reading;
	// "Set up a shadow on-call schedule…": what the item makes carries the change, whatever people words it has.
	if (action === undefined || object === undefined || makesMechanism(action)) {
		return undefined;
	}
	const span = peopleAction(words, action, object);
	if (span !== undefined && !mechanismCarries(words, action, span)) {
		const lead = span[0] === action.subjectFrom || span[0] === action.from;
		return earlierPeoplePhrase(words, hits, tokensSpan(action.tokens, span[0], lead ? phraseEnd(action.tokens, span[1], action.end) : span[1]));
	}
	const mentioned = mechanismMentions(action.tokens);
	// "Teach the importer to skip…", "Teach the deploy CLI to print … before applying": the grammar read
	// the opening people word as acting on a thing, so the habit words in it are the thing's behaviour.
	// Unless the outcome reading finds people addressed after all ("Brief the night shift operators about…").
	if (action.kind === 'change' && verbs.is(action.tokens[action.from], 'people')) {
		return outcomeSpan(words, action, object);
	}
	const opening = action.kind === 'change' ? action.tokens[action.from].start : -1;
	const people = hitsInItem(words, hits).find((hit) => hit.list === 'people' && hit.span.start !== opening && !mentionedOutside(mentioned, hit.span) && !namesThing(action.tokens, hit.span));
	if (people !== undefined) {
		return people.span;
	}
	// No people verb or phrase the classes know, or a mechanism word only in what people are told: read who
	// has to change and what carries it (item-outcome.ts).
	return outcomeSpan(words, action, object);
}

function outcomeSpan(words: ItemWords, action: Action, object: ObjectReading): Span | undefined {
	const outcome = peopleOutcome(words, action, object);
	return outcome === undefined ? undefined : tokensSpan(action.tokens, outcome[0], outcome[1]);
}

/**
 * "the training image", "model retraining", "the Android release train": a people word inside a compound
 * naming a thing (data/people-outcome.json 'thing-compounds') is the thing's name, not teaching people.
 */
function namesThing(tokens: readonly Token[], span: Span): boolean {
	const index = tokens.findIndex((token) => token.start === span.start);
	if (index === -1 || tokens[index].forms.every((form) => !['train', 'retrain', 'training', 'retraining'].includes(form))) {
		return false;
	}
	const before = tokens[index - 1];
	const after = tokens[index + 1];
	return (before !== undefined && before.gap.trim() === '' && outcomeWords.is(before, 'thing-compounds')) || (after !== undefined && after.gap.trim() === '' && outcomeWords.is(after, 'thing-compounds'));
}

/**
 * The message quotes the span, so a people phrase written before the part the grammar found is the better
 * quote: "Sam to be more careful when approving upgrades" is about "be more careful", not "when approving".
 * Whether the item is a people-fix does not change here, only where it is shown.
 */
function earlierPeoplePhrase(words: ItemWords, hits: readonly PhraseHit[], span: Span): Span {
	const phrase = hitsInItem(words, hits).find((hit) => hit.list === 'people' && hit.span.end <= span.start);
	return phrase?.span ?? span;
}

/** The token range of the people part of the action, or undefined. */
function peopleAction(words: ItemWords, action: Action, object: ObjectReading): readonly [number, number] | undefined {
	if (action.kind === 'people' || (action.kind === 'behaviour' && (action.peopleSubject || !action.subject) && !hopeNotHabit(action) && !labelNamesSystem(action) && !codeStopped(words, action))) {
		return [action.subjectFrom, action.to];
	}
	if (action.kind === 'assurance') {
		return peopleComplement(action);
	}
	if ((action.kind === 'improvement' || action.kind === 'nominal' || object.qualityComparative !== undefined) && object.peopleProcess) {
		return [action.from, action.to];
	}
	return careful(action) ?? habitual(action) ?? talkedBetter(action, object) ?? peopleTarget(action, object);
}

/** Verbs of talking with people (base forms): the class whose manner "better", "earlier", "more often" is people's. */
const talkingVerbs = new Set(['talk', 'speak', 'chat', 'sync', 'coordinate', 'collaborate', 'liaise', 'align', 'communicate', 'consult', 'meet', 'touch', 'check', 'catch']);

/**
 * "Coordinate better with the vendor", "Talk to the data team earlier when…", "Sync up more often with…":
 * talking with people, done better, sooner or more often, is how people work together (people-process).
 */
function talkedBetter(action: Action, object: ObjectReading): readonly [number, number] | undefined {
	const { tokens } = action;
	// "Better visibility into warehouse sync": after a preposition the word is a noun, not a verb of talking.
	const before = tokens[action.from - 1];
	const afterPreposition = before !== undefined && action.from > (action.topic?.to ?? 0) && !action.subject && before.norm !== 'to' && !before.norm.endsWith('ly') && (prepositions.has(before.norm) || !isVerb(tokens, action.from - 1, action.end));
	// "sync more often with the hw team": a talking verb the grammar read as a change, asked more often or better.
	const manner = ['more', 'better', 'earlier', 'sooner', 'regularly', 'closely', 'properly'].includes(tokens[action.to]?.norm ?? '');
	if (!(action.kind === 'collaboration' || action.kind === 'non-committal' || action.unclassed || (action.kind === 'change' && manner)) || afterPreposition || !tokens[action.from].forms.some((form) => talkingVerbs.has(form))) {
		return undefined;
	}
	if (object.qualityComparative !== undefined) {
		return [action.from, Math.max(action.to, object.qualityComparative[1])];
	}
	for (let index = action.to; index < action.end; index++) {
		if (nouns.is(tokens[index], 'speed-adverbs')) {
			return [action.from, index + 1];
		}
	}
	return undefined;
}

/**
 * "PagerDuty: escalate unacknowledged pages … after 5 min", "**CI**: …": a label naming a tool or a
 * component says where the rule is set up; the verb after it is the system's, not people's.
 */
function labelNamesSystem(action: Action): boolean {
	const { topic, tokens } = action;
	if (topic === undefined || action.peopleSubject) {
		return false;
	}
	for (let index = topic.from; index < topic.to; index++) {
		if (nouns.isAny(tokens[index], systemMask)) {
			return true;
		}
	}
	return false;
}

/** "Stop `export_to_partner` running on weekends": what is stopped is named in code, so it is a job's doing, not people's. */
function codeStopped(words: ItemWords, action: Action): boolean {
	const last = action.tokens[action.to - 1];
	const next = action.tokens[action.to];
	// "Stop paging the whole team; page only the primary": paging and routing are the system's acts.
	if (next !== undefined && !action.peopleSubject && ['stop', "don't", 'never', 'not'].includes(last?.norm ?? '') && verbs.is(next, 'grants') && next.norm.endsWith('ing')) {
		return true;
	}
	return last !== undefined && next !== undefined && !action.peopleSubject && words.source.slice(last.end - words.start, next.start - words.start).includes('`');
}

/** "Never let this happen again", "Don't allow a repeat": a hope about the system, not a habit (vague's catch-all). */
function hopeNotHabit(action: Action): boolean {
	const next = action.tokens[action.to];
	return next !== undefined && (next.forms.includes('let') || next.forms.includes('allow'));
}

/** "Make sure people read the release notes", "Ensure all engineers are familiar with…". */
function peopleComplement(action: Action): readonly [number, number] | undefined {
	const { tokens } = action;
	// "Make sure to look at the CI results before merging": an instruction to whoever reads it.
	if (tokens[action.object]?.norm === 'to' && isVerb(tokens, action.object + 1, action.end)) {
		return [action.from, action.object + 2];
	}
	for (let index = action.object; index < Math.min(action.end, action.object + 4); index++) {
		let after = index;
		for (let match = nouns.longest(tokens, after, ['people-nouns'], action.end); match !== undefined; match = nouns.longest(tokens, after, ['people-nouns'], action.end)) {
			after += match.length;
		}
		if (after > index) {
			// "Make sure reviewers actually read…": an adverb between the people and what they do.
			while (after < action.end - 1 && tokens[after].norm.endsWith('ly') && tokens[after].norm !== 'only') {
				after++;
			}
			if (resourced(tokens, after, action.end)) {
				return undefined;
			}
			const verb = verbs.longest(tokens, after, ['behaviour', 'people', 'investigative', 'non-committal'], action.end);
			const state = tokens[after]?.forms.some((form) => peopleStates.has(form)) === true ? 1 : 0;
			// "Make sure the IC hands over explicitly when going off shift": any act of theirs, as a habit.
			const habit = verb === undefined && state === 0 && isVerb(tokens, after, action.end) && standingDuty(tokens, after, action.end) ? 1 : 0;
			return verb === undefined && state === 0 && habit === 0 ? undefined : [action.from, after + (verb?.length ?? (state || habit))];
		}
	}
	return undefined;
}

/**
 * "Ensure the team is adequately resourced", "…are properly staffed": what is done to people (resources,
 * staff, pay) is no state of their attention or knowledge; "are properly trained", "are aware" are.
 */
function resourced(tokens: readonly Token[], at: number, end: number): boolean {
	if (!['is', 'are', 'be'].includes(tokens[at]?.norm ?? '')) {
		return false;
	}
	let next = at + 1;
	while (next < end - 1 && tokens[next].norm.endsWith('ly')) {
		next++;
	}
	const state = tokens[next];
	return state !== undefined && next < end && state.norm.endsWith('ed') && state.forms.length > 1 && !verbs.isAny(state, peopleVerbMask) && !outcomeWords.is(state, 'mind') && !outcomeWords.is(state, 'telling');
}

const peopleVerbMask = verbs.mask(['people', 'people-with-audience', 'people-sharing', 'behaviour']);

/** "Test more thoroughly", "Review PRs carefully": the same work, done with more care. */
function careful(action: Action): readonly [number, number] | undefined {
	for (let index = action.object; index < action.end; index++) {
		if (nouns.is(action.tokens[index], 'care-adverbs')) {
			const from = action.tokens[index - 1]?.norm === 'more' ? index - 1 : index;
			return [from, index + 1];
		}
	}
	return undefined;
}

/**
 * "Check every subdomain … before switching nameservers", "Think about failure modes when designing…":
 * something people are to do, or keep in mind, each time they do their work.
 */
function habitual(action: Action): readonly [number, number] | undefined {
	// "Think before pasting secrets…": an opening no lexicon classes still asks a habit, unless a mechanism is named.
	const unclassed = action.unclassed && !['investigative', 'behaviour', 'non-committal'].includes(action.kind);
	if (!(['investigative', 'behaviour', 'non-committal'].includes(action.kind) || action.unclassed) || (action.subject && !action.peopleSubject) || (unclassed && namesMechanism(action.tokens, 0))) {
		return undefined;
	}
	let routine: readonly [number, number] | undefined;
	for (let index = action.object; index < action.end - 1; index++) {
		const token = action.tokens[index];
		if (habitWhen.has(token.norm) && action.tokens[index + 1].norm.endsWith('ing')) {
			return [index, index + 2];
		}
		// "Check the dashboards every morning": a routine someone has to remember.
		if (!unclassed && (token.norm === 'every' || token.norm === 'each') && action.kind !== 'non-committal' && !/\d/u.test(action.tokens[index + 1].norm)) {
			routine ??= [index, index + 2];
		}
	}
	return routine;
}

const phraseWords = new Set(['more', 'extra', 'very', 'really', 'a', 'lot', 'much', 'even', 'better', 'closer', 'close', 'to', 'not', 'the', 'all', 'our', 'new', 'every', 'each', 'time', 'care', 'attention', 'caution']);

/**
 * The people phrase as a reader would quote it: "Be more careful", "Communicate better", "Ask developers
 * to", "Everyone should pay more attention", not just its first word.
 */
function phraseEnd(tokens: readonly Token[], from: number, end: number): number {
	let to = from;
	while (to < Math.min(end, from + 5) && tokens[to].gap.trim() === '') {
		const people = nouns.longest(tokens, to, ['people-nouns'], end);
		if (people !== undefined) {
			to += people.length;
		} else if (phraseWords.has(tokens[to].norm) || ['quality', 'comparatives', 'care-adverbs'].some((list) => nouns.is(tokens[to], list))) {
			to++;
		} else {
			break;
		}
	}
	// "Be more careful", "Stay alert": the state asked for is part of the phrase.
	if (['be', 'stay', 'remain', 'become'].some((verb) => tokens[from - 1]?.forms.includes(verb)) && to < end && tokens[to].gap.trim() === '') {
		to++;
	}
	while (to > from && ['the', 'a', 'all', 'our', 'new', 'every', 'each', 'not', 'more', 'much', 'lot', 'to'].includes(tokens[to - 1].norm)) {
		to--;
	}
	return to;
}
