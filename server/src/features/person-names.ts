/**
 * Where a person's name appears in the author's own prose, and which capitalised words near a blame
 * finding look like a name. Pure.
 *
 * Occurrences are searched in the prose view of each text block, so inline code, link targets, HTML and
 * front matter are never touched. Block quotes and text in quotation marks are skipped too: they are
 * somebody else's words (a customer's report, a chat log), and a quotation must stay what was said.
 */
import type { PostmortemDocument, Sentence, Span } from '../model/types';
import notNamesData from './data/not-names.json';

export interface NameOccurrence {
	/** The text to replace: the name, plus a bare apostrophe after a name ending in "s" ("James'"). */
	readonly span: Span;
	readonly sentenceStart: boolean;
	/** "James'" → the role needs "'s" added. */
	readonly bareApostrophe: string | undefined;
}

export function nameOccurrences(doc: PostmortemDocument, name: string): NameOccurrence[] {
	const occurrences: NameOccurrence[] = [];
	if (name.trim() === '') {
		return occurrences;
	}
	const sentencesByBlock = groupSentences(doc);
	doc.blocks.forEach((block, blockIndex) => {
		if (block.quoted) {
			return;
		}
		const sentences = sentencesByBlock.get(blockIndex) ?? [];
		for (let index = block.prose.indexOf(name); index !== -1; index = block.prose.indexOf(name, index + name.length)) {
			const start = block.span.start + index;
			const occurrence = wholeWord(doc.text, start, start + name.length, name);
			const sentence = sentences.find((candidate) => candidate.span.start <= start && start < candidate.span.end);
			if (occurrence === undefined || sentence === undefined || sentence.quotedSpans.some((quoted) => quoted.start <= start && start < quoted.end)) {
				continue;
			}
			occurrences.push({ ...occurrence, sentenceStart: isSentenceStart(sentence, start) });
		}
	});
	return occurrences;
}

function groupSentences(doc: PostmortemDocument): Map<number, Sentence[]> {
	const groups = new Map<number, Sentence[]>();
	for (const sentence of doc.sentences) {
		const group = groups.get(sentence.blockIndex) ?? [];
		group.push(sentence);
		groups.set(sentence.blockIndex, group);
	}
	return groups;
}

/**
 * The name as a whole word: not part of a longer word, a handle (`@Dave`), an address (`Dave.example`),
 * a compound (`Dave-led`) or a path. A possessive apostrophe after it is fine.
 */
function wholeWord(text: string, start: number, end: number, name: string): Omit<NameOccurrence, 'sentenceStart'> | undefined {
	const before = text[start - 1] ?? ' ';
	const after = text[end] ?? ' ';
	if (isNameChar(before) || /[@/\\'’-]/.test(before) || isNameChar(after) || ((after === '.' || after === '-' || after === '@' || after === '/') && isNameChar(text[end + 1] ?? ' '))) {
		return undefined;
	}
	if (after === "'" || after === '’') {
		const next = text[end + 1] ?? ' ';
		if (next === 's' && !isNameChar(text[end + 2] ?? ' ')) {
			return { span: { start, end }, bareApostrophe: undefined };
		}
		if (isNameChar(next)) {
			return undefined;
		}
		return name.endsWith('s') ? { span: { start, end: end + 1 }, bareApostrophe: after } : { span: { start, end }, bareApostrophe: undefined };
	}
	return { span: { start, end }, bareApostrophe: undefined };
}

function isNameChar(char: string): boolean {
	return /[\p{L}\p{N}_]/u.test(char);
}

function isSentenceStart(sentence: Sentence, offset: number): boolean {
	const relative = offset - sentence.span.start;
	return sentence.text.slice(0, relative).trim() === '';
}

/** The role as it reads at this place: capitalised at a sentence start, a leading article lower-cased elsewhere. */
export function roleText(role: string, occurrence: NameOccurrence): string {
	const trimmed = role.trim();
	const first = String.fromCodePoint(trimmed.codePointAt(0) ?? 32);
	const rest = trimmed.slice(first.length);
	let text: string;
	if (occurrence.sentenceStart) {
		text = first.toUpperCase() + rest;
	} else if (/^(?:The|A|An)\s/.test(trimmed)) {
		text = first.toLowerCase() + rest;
	} else {
		text = trimmed;
	}
	return occurrence.bareApostrophe === undefined ? text : `${text}${occurrence.bareApostrophe}s`;
}

const notNames = new Set(notNamesData.words);

const calendarWords = new Set([
	'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
	'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i',
]);

/**
 * A person's name in or before a finding's span, in the same sentence: roster names first, else a run of
 * capitalised words that reads like a name. The nearest one to the span wins (the sentence's subject is
 * usually right before the blaming phrase).
 */
export function nameNearFinding(doc: PostmortemDocument, span: Span): string | undefined {
	const sentence = doc.sentences.find((candidate) => candidate.span.start <= span.start && span.start < candidate.span.end);
	if (sentence === undefined || sentence.quoted) {
		return undefined;
	}
	const limit = Math.min(span.end, sentence.span.end);
	const roster = Object.keys(doc.metadata.people).filter((name) =>
		nameOccurrences(doc, name).some((occurrence) => sentence.span.start <= occurrence.span.start && occurrence.span.start < limit),
	);
	if (roster.length > 0) {
		return roster.sort((a, b) => lastIndexBefore(doc, sentence, b, limit) - lastIndexBefore(doc, sentence, a, limit) || b.length - a.length)[0];
	}
	const initial = firstWordStart(sentence.text);
	const runs = capitalisedRuns(sentence).filter((run) => run.start + sentence.span.start < limit);
	for (const run of runs.reverse()) {
		const found = runCandidates(run).find((candidate) => looksLikeName(doc, candidate.text, candidate.start === initial));
		if (found !== undefined) {
			return found.text;
		}
	}
	return undefined;
}

function lastIndexBefore(doc: PostmortemDocument, sentence: Sentence, name: string, limit: number): number {
	return doc.text.slice(sentence.span.start, limit).lastIndexOf(name);
}

function firstWordStart(text: string): number {
	return text.search(/\S/);
}

/** "After Dave" is not a name, "Dave" in it may be: the whole run first, then its last word, then its first. */
function runCandidates(run: { start: number; text: string }): { start: number; text: string }[] {
	const space = run.text.search(/[ \t]/);
	if (space === -1) {
		return [run];
	}
	return [run, { start: run.start + space + 1, text: run.text.slice(space + 1) }, { start: run.start, text: run.text.slice(0, space) }];
}

/** Runs of capitalised words ("Dave", "Dave Smith"), possessive "'s" left out; not a team's name. */
function capitalisedRuns(sentence: Sentence): { start: number; text: string }[] {
	const runs: { start: number; text: string }[] = [];
	const pattern = /\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?/gu;
	for (let match = pattern.exec(sentence.text); match !== null; match = pattern.exec(sentence.text)) {
		const before = sentence.text[match.index - 1] ?? ' ';
		const after = sentence.text[match.index + match[0].length] ?? ' ';
		const teamName = /^\s+teams?\b/i.test(sentence.text.slice(match.index + match[0].length));
		if (!isNameChar(before) && !isNameChar(after) && !teamName) {
			runs.push({ start: match.index, text: match[0] });
		}
	}
	return runs;
}

/**
 * A capitalised word is taken for a name unless it is a calendar word or, at the start of a sentence, a word
 * that starts sentences ("Nobody", "After"), or the document also writes it in lower case (a common word
 * capitalised by its place, like "Testing").
 */
function looksLikeName(doc: PostmortemDocument, name: string, sentenceInitial: boolean): boolean {
	const lower = name.toLowerCase();
	const words = lower.split(/[ \t]/);
	if (words.some((word) => calendarWords.has(word)) || (sentenceInitial && notNames.has(words[0]))) {
		return false;
	}
	return !doc.sentences.some((sentence) => wordIndexes(sentence.text, lower).length > 0);
}

function wordIndexes(text: string, word: string): number[] {
	const indexes: number[] = [];
	for (let index = text.indexOf(word); index !== -1; index = text.indexOf(word, index + 1)) {
		if (!isNameChar(text[index - 1] ?? ' ') && !isNameChar(text[index + word.length] ?? ' ')) {
			indexes.push(index);
		}
	}
	return indexes;
}
