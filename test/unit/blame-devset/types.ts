/** Entries of the labelled blame dev set. */
export type DevLabel = 'blame' | 'neutral';

export interface WrittenEntry {
	/** Heading text the sentence is placed under: the section decides tense and mood ("Timeline", "Action items"). */
	readonly section: string;
	/** Markdown: a sentence, a list item or a block quote. */
	readonly text: string;
	readonly label: DevLabel;
	/** The rule expected to fire, when the label is 'blame' (documentation; scoring is per sentence). */
	readonly rule?: string;
}

export interface CorpusEntry {
	/** Path under ../shared/corpus. */
	readonly file: string;
	/** 1-based line; the unit is every sentence overlapping this line. */
	readonly line: number;
	readonly label: DevLabel;
	readonly rule?: string;
}

export type DevEntry = WrittenEntry | CorpusEntry;
