/**
 * Whether an improvement's names say only where the work is, not what changes: "Improve monitoring of the
 * Kubernetes clusters", "Harden the Postgres, Redis and RabbitMQ setup", "Optimise the whole stack (nginx,
 * php-fpm, …)", "Strengthen our controls around privileged access". The head of the object's first phrase
 * is an area or quality (data/areas.json, or a generic gerund: monitoring, setup, stack, controls), so naming the components it
 * covers still leaves open what will be different. A number, code, link or a later clause asking a
 * particular act ("… - we should test lazy-loaded extensions with every past version") says it. Pure, per item.
 */
import areaList from './data/areas.json';
import type { Action } from './item-grammar';
import { isVerb } from './item-grammar';
import { hasLink, type ObjectReading } from './item-object';
import type { ItemWords } from './item-text';
import type { Token } from './item-tokens';
import { nouns, verbs } from './lexicon';

/** Words that end the object's first phrase: what follows says where, for what, or how (or, after a verb, what is said of it). */
const headBreaks = new Set(['is', 'are', 'be', 'will', 'was', 'were', 'should', 'must', 'can', 'has', 'have', 'gets', 'of', 'across', 'around', 'for', 'in', 'on', 'at', 'within', 'throughout', 'between', 'to', 'from', 'with', 'per', 'so', 'by', 'via', 'using', 'that', 'which', 'when', 'during', 'before', 'after']);
const areas = new Set(areaList.areas);

/** Heads that count or size the thing after "of". */
const quantityHeads = new Set(['number', 'count', 'amount', 'size', 'share', 'percentage', 'proportion']);
/** Verb classes that would leave a later clause as open as the improvement itself. */
const openVerbs = verbs.mask(['improvement', 'assurance', 'non-committal', 'goal']);

export function namesOnlyWhere(words: ItemWords, action: Action, object: ObjectReading): boolean {
	if (object.measured || object.target || hasLink(words, action.tokens, action.object, action.end)) {
		return false;
	}
	return headIsArea(action);
}

/** The head of the object's first phrase is an area or aspect ("compliance with HIPAA", "the Postgres setup") and nothing later spells out the change. */
export function headIsArea(action: Action): boolean {
	const { tokens } = action;
	let head = -1;
	for (let index = action.object; index < action.end; index++) {
		// "the number of placeholder pods": a quantity's head is the thing counted.
		if (index > action.object && tokens[index].norm === 'of' && quantityHeads.has(tokens[head].norm)) {
			continue;
		}
		if (index > action.object && (headBreaks.has(tokens[index].norm) || /[(—–:;]/u.test(tokens[index].gap))) {
			break;
		}
		head = index;
	}
	const token = tokens[head];
	// A part of a hyphenated name ("payments-api") or a capitalised word is a name, not an area.
	const area = token !== undefined && (token.forms.some((form) => areas.has(form)) || (token.norm.endsWith('ing') && nouns.is(token, 'generic')));
	const generic = area && !token.capital && tokens[head + 1]?.word !== token.word && tokens[head - 1]?.word !== token.word;
	return generic && !spelledOutLater(tokens, head + 1);
}

/** "… - we should test X with Y", "…; pin the chart to 4.2": a later clause asks a particular act. */
function spelledOutLater(tokens: readonly Token[], from: number): boolean {
	for (let index = from; index < tokens.length; index++) {
		// "… by disabling password auth": the means, named; "… so thumbnails are generated on upload": the result.
		if ((tokens[index].norm === 'by' && tokens[index + 1]?.norm.endsWith('ing') === true) || (tokens[index].norm === 'so' && index + 2 < tokens.length && !['as', 'far'].includes(tokens[index + 1].norm))) {
			return true;
		}
		if (!/[-–—:;]/u.test(tokens[index].gap)) {
			continue;
		}
		const verb = verbs.longest(tokens, index, ['preambles']) === undefined ? index : index + (verbs.longest(tokens, index, ['preambles'])?.length ?? 0);
		if (isVerb(tokens, verb, tokens.length) && !verbs.isAny(tokens[verb], openVerbs)) {
			return true;
		}
	}
	return false;
}
