import data from './data/root-cause.json';
import { boundaryWords, copulas, determiners } from './lexicon';
import { gapBefore, hardBreakBefore, norm, reach, type SentenceView } from './clauses';
import { asserted, blameHits, isHeading, withoutOverlaps, type BlameHit } from './common';
import { replaceWordsEdit } from './fixes';
import { isPeoplePossessive, mentionsPeople, nounPhraseStart } from './subjects';
import type { Fix, Problem, Rule } from '../rule';

const notSingle: ReadonlySet<string> = new Set(data.notSingle);
const identifyVerbs: ReadonlySet<string> = new Set(data.identifyVerbs);
const compounds: ReadonlySet<string> = new Set(data.compounds);
const undecided: ReadonlySet<string> = new Set(data.undecided);

const message = 'One root cause hides the others — list the contributing factors that lined up.';
const personMessage = 'Names a person’s action as the root cause — which conditions made that action possible, and what else lined up?';

type Shape = { readonly kind: 'subject' | 'label' | 'complement' | 'identified'; readonly complement: number };

/** How the sentence says what the single cause was, and where the named cause starts; undefined if it does not. */
function assertion(view: SentenceView, first: number, last: number): Shape | undefined {
	const next = norm(view, last + 1);
	if (compounds.has(next)) {
		return undefined;
	}
	if (last + 1 < view.words.length && gapBefore(view, last + 1).includes(':') && first === 0) {
		return { kind: 'label', complement: last + 1 }; // "Root cause: the engineer ran the wrong script."
	}
	if (next === 'as' || norm(view, first - 2) === 'as') {
		return { kind: 'identified', complement: next === 'as' ? last + 2 : 0 };
	}
	const verb = copulaAfter(view, last + 1);
	if (verb !== -1 && !undecided.has(norm(view, verb + 1))) {
		return { kind: 'subject', complement: verb + 1 };
	}
	return copulaBefore(view, first) ? { kind: 'complement', complement: 0 } : undefined;
}

/** "the root cause (of the outage) was/is/turned out to be …": the first verb after the phrase is a copula. */
function copulaAfter(view: SentenceView, from: number): number {
	for (let k = from; k < Math.min(view.words.length, from + 12); k++) {
		const word = norm(view, k);
		if (hardBreakBefore(view, k) || boundaryWords.has(word)) {
			return -1;
		}
		if (copulas.has(word) || identifyVerbs.has(word) || word === 'lies' || word === 'lay' || word === 'turned') {
			return word === 'turned' || identifyVerbs.has(word) ? k + 2 : k;
		}
	}
	return -1;
}

/** "… is (believed to be) the root cause": a copula shortly before "the root cause". */
function copulaBefore(view: SentenceView, first: number): boolean {
	for (let k = Math.max(0, first - 5); k < first; k++) {
		if ((copulas.has(norm(view, k)) || norm(view, k) === 'be') && !undecided.has(norm(view, k + 1))) {
			return true;
		}
	}
	return false;
}

function singular(view: SentenceView, first: number): boolean {
	return !notSingle.has(norm(view, first - 1)) && !notSingle.has(norm(view, first - 2));
}

/** The cause the sentence names: after the copula or label, or the noun phrase before "is the root cause" / "as the root cause". */
function namesPerson(blame: BlameHit, shape: Shape): boolean {
	const { view, first, roster } = blame;
	let from = shape.complement;
	let to = Math.min(view.words.length - 1, shape.complement + 6);
	if (shape.complement === 0) {
		let marker = first - 1;
		while (marker > 0 && marker > first - reach && !copulas.has(norm(view, marker)) && norm(view, marker) !== 'as' && norm(view, marker) !== 'be') {
			marker--;
		}
		to = marker - 1;
		from = to < 0 ? 0 : nounPhraseStart(view, to);
	}
	for (let k = from; k <= to; k++) {
		if (isPeoplePossessive(view, k, roster)) {
			return true;
		}
	}
	return to >= from && mentionsPeople(view, from, to, roster);
}

/** "The root cause of X was" → "One contributing factor to X was"; "was the root cause" → "was a contributing factor". */
function contributingFix(view: SentenceView, first: number, last: number, shape: Shape): Fix {
	const previous = norm(view, first - 1);
	const start = determiners.has(previous) || previous === 'ultimate' || previous === 'actual' ? first - 1 : first;
	const replacement = shape.kind === 'complement' ? 'a contributing factor' : shape.kind === 'label' ? 'contributing factor' : 'one contributing factor';
	const preposition = norm(view, last + 1) === 'of' || norm(view, last + 1) === 'for';
	const edits = [replaceWordsEdit(view, start, preposition ? last + 1 : last, preposition ? `${replacement} to` : replacement)];
	return { title: 'Rewrite as one contributing factor', edits };
}

/**
 * A "Root cause:" label is a template's field name, so it counts only when what follows names a person's
 * action; an asserted single root cause counts always.
 */
function checkRootCause(blame: BlameHit): Problem | undefined {
	const { view, first, last } = blame;
	const shape = asserted(blame) && singular(view, first) ? assertion(view, first, last) : undefined;
	if (shape === undefined) {
		return undefined;
	}
	const person = namesPerson(blame, shape);
	if (shape.kind === 'label' && !person) {
		return undefined;
	}
	const fixes = [contributingFix(view, first, last, shape)];
	return { span: blame.hit.span, message: person ? personMessage : message, fixes };
}

export const rootCause: Rule = {
	id: 'blame/root-cause',
	category: 'blame',
	description: 'A single root cause ("the root cause was …"), especially a person’s action, where contributing factors belong.',
	defaultSeverity: 'information',
	englishOnly: true,
	// The first list is the one a team's `phrases` extend (see docs/rules/blame/root-cause.md).
	phraseLists: { 'single-cause': data['single-cause'] },
	check(context) {
		const findings: Problem[] = [];
		for (const blame of blameHits(context.doc, context.phraseHits)) {
			// A timeline narrates the investigation as it went ("root cause identified"); a heading names a section.
			if (blame.hit.sentence.section === 'timeline' || isHeading(context.doc, blame.hit.sentence)) {
				continue;
			}
			const finding = checkRootCause(blame);
			if (finding !== undefined) {
				findings.push(finding);
			}
		}
		// Every claim is reported, even when the document repeats it: reporting only the first would make
		// the next one appear as a new finding once the first is rewritten.
		withoutOverlaps(findings).forEach((problem) => context.report(problem));
	},
};
