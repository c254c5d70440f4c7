import type { PostmortemDocument, Sentence, Span } from '../model/types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeverityOrOff = Severity | 'off';

export const categories = ['blame', 'action-item', 'timeline', 'structure'] as const;
export type Category = (typeof categories)[number];

/** One replacement of a span of the original text. */
export interface SpanEdit {
	readonly span: Span;
	/** The plain text to insert (used by the CLI and by clients without snippet support). */
	readonly newText: string;
	/** The same edit as an LSP snippet (`${1:placeholder}`), for clients that accept snippet edits. */
	readonly snippet?: string;
}

export interface Fix {
	readonly title: string;
	readonly edits: readonly SpanEdit[];
	/** Safe to apply without looking, so `source.fixAll.postmortem` may apply it. */
	readonly safe?: boolean;
	readonly preferred?: boolean;
}

export interface Problem {
	readonly span: Span;
	readonly message: string;
	readonly fixes?: readonly Fix[];
}

/** A phrase from one of a rule's phrase lists, found in a sentence. */
export interface PhraseHit {
	readonly list: string;
	/** The phrase as written in the list (before variant expansion). */
	readonly phrase: string;
	readonly span: Span;
	readonly sentence: Sentence;
	/** Index of the first matched word in the sentence's word list. */
	readonly wordIndex: number;
	readonly wordCount: number;
}

export interface RuleContext {
	readonly doc: PostmortemDocument;
	/** Today's date, injectable so tests are stable (due dates, "now"). */
	readonly today: Date;
	/** Every hit of this rule's phrase lists, in document order. */
	readonly phraseHits: readonly PhraseHit[];
	/** Team names from the config file (e.g. '@platform-team'). */
	readonly teams: readonly string[];
	report(problem: Problem): void;
}

export interface Rule {
	/** `category/name`, stable and never reused. Also the docs page `docs/rules/<id>.md`. */
	readonly id: string;
	readonly category: Category;
	/** One sentence, shown in the README's rules table and in `postmortem rules`. */
	readonly description: string;
	readonly defaultSeverity: SeverityOrOff;
	/**
	 * Named phrase lists this rule matches, from its data file. Teams can extend them in the config file.
	 * Entries are literal word sequences; `(a|b|)` groups give simple word-form variants.
	 */
	readonly phraseLists?: Readonly<Record<string, readonly string[]>>;
	/** Rules that do not look at prose (e.g. structure checks) still run on non-English documents. */
	readonly englishOnly?: boolean;
	check(context: RuleContext): void;
}

export function categoryOf(ruleId: string): Category | undefined {
	const prefix = ruleId.split('/')[0];
	return (categories as readonly string[]).includes(prefix) ? (prefix as Category) : undefined;
}
