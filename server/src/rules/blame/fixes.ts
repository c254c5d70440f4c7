/**
 * Building the blame rules' rewrites. Each fix changes only the words it is about (and the article or
 * capital letter next to them), and only where the text between words is plain prose: when Markdown
 * markup sits in between (`**simply**`), no rewrite is offered rather than a broken one.
 */
import type { Fix, SpanEdit } from '../rule';
import { hardBreakBefore, isTitleCase, lastWordBeforeHardBreak, norm, rawWord, type SentenceView } from './clauses';

/** The document text between two offsets is exactly what the prose view shows (no hidden markup). */
function plainBetween(text: string, view: SentenceView, start: number, end: number): boolean {
	const base = view.sentence.span.start;
	return text.slice(start, end) === view.sentence.text.slice(start - base, end - base);
}

export function capitalise(text: string): string {
	return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** "a" or "an" before `word`, by its first letter (good enough for the words our fixes leave behind). */
export function articleFor(word: string): 'a' | 'an' {
	return /^(?:[aeio]|u(?!s|ni|r))/i.test(word) ? 'an' : 'a';
}

/**
 * Replaces words first..last with `replacement` (capitalised when it now opens the sentence). With a
 * snippet, `replacement` is its plain-text equivalent.
 */
export function replaceWordsEdit(
	view: SentenceView,
	first: number,
	last: number,
	replacement: string,
	snippet?: string,
): SpanEdit {
	const opens = first === 0 && isTitleCase(rawWord(view, 0));
	const edit: SpanEdit = {
		span: { start: view.words[first].start, end: view.words[last].end },
		newText: opens ? capitalise(replacement) : replacement,
	};
	return snippet === undefined ? edit : { ...edit, snippet: opens ? capitalise(snippet) : snippet };
}

/**
 * Deletes words first..last ("simply", "careless") with the space after them; fixes "a"/"an" before
 * them and the capital letter when they opened the sentence. Undefined when markup is in the way.
 */
export function deleteWordsFix(text: string, view: SentenceView, first: number, last: number, title: string): Fix | undefined {
	const next = last + 1;
	if (next >= view.words.length || hardBreakBefore(view, next)) {
		return undefined;
	}
	const articleIndex = first > 0 && (norm(view, first - 1) === 'a' || norm(view, first - 1) === 'an') ? first - 1 : undefined;
	const start = view.words[articleIndex ?? first].start;
	const nextWord = view.words[next];
	const nextRaw = rawWord(view, next);
	// Replace through the first letter of the next word, so its capital and article can change with it; a
	// whole code point, so an astral letter (𠮷) is not split.
	const firstLetter = String.fromCodePoint(nextRaw.codePointAt(0) ?? 0);
	const end = nextWord.start + firstLetter.length;
	if (!plainBetween(text, view, start, end)) {
		return undefined;
	}
	let newText = firstLetter;
	if (articleIndex !== undefined) {
		const article = articleFor(nextRaw);
		newText = `${/^\p{Lu}/u.test(rawWord(view, articleIndex)) ? capitalise(article) : article} ${newText}`;
	} else if (first === 0 && isTitleCase(rawWord(view, 0))) {
		newText = newText.toUpperCase();
	}
	return { title, edits: [{ span: { start, end }, newText }], safe: true };
}

/**
 * Where ", because …" goes after word `index`: the end of its clause (before ";", ":", a dash or the
 * sentence's final punctuation).
 */
export function becauseInsertion(view: SentenceView, index: number): SpanEdit {
	const offset = view.words[lastWordBeforeHardBreak(view, index)].end;
	return { span: { start: offset, end: offset }, newText: ', because …', snippet: ', because ${1:…}' };
}

/**
 * A single word read as an adverb (-ly), for phrases that teams add too: "simply", "carelessly". Short
 * -ly words are adjectives ("silly", "ugly").
 */
export function isAdverb(words: readonly string[]): boolean {
	return words.length === 1 && words[0].length >= 6 && words[0].endsWith('ly');
}
