/**
 * The analysis of each open document, cached by (uri, version): one parse and one lint per version,
 * shared by diagnostics, code actions and every other feature.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type Finding } from './lint';
import { parsePostmortem } from './model/parse';
import type { PostmortemDocument } from './model/types';
import { isPostmortem } from './selection';
import type { DocumentSettings } from './settings';

export interface Analysis {
	readonly uri: string;
	readonly version: number;
	readonly doc: PostmortemDocument;
	readonly isPostmortem: boolean;
	/** Empty when the document is not a postmortem or linting is disabled. */
	readonly findings: readonly Finding[];
	readonly settings: DocumentSettings;
}

/**
 * How many analyses stay in memory. A model is ~20 bytes per character of its text (530 KB for a 300-line
 * postmortem, ~18 MB for a 10,000-line one), so keeping one for every open tab would grow without bound.
 * What needs one at once is the document being edited and the editors beside it (code lenses, hovers, code
 * actions, the chart); others are recomputed on demand (~8 ms for 300 lines). So: at most four, and beyond the
 * most recent one only while their texts total at most a million characters. With 50 postmortems open, going
 * from eight to four saved ~2 MB of resident memory right after opening them.
 */
export const maxCachedAnalyses = 4;
export const maxCachedTextLength = 1_000_000;

export class AnalysisCache {
	/** Insertion order is recency order: a hit is moved to the end, the oldest is evicted first. */
	private readonly analyses = new Map<string, Analysis>();

	constructor(
		private readonly forced: ReadonlySet<string>,
		private readonly today: () => Date = () => new Date(),
		/** Where a rule's exception goes; undefined lets it propagate (tests). */
		private readonly onRuleError?: (ruleId: string, error: unknown) => void,
	) {}

	analyze(document: TextDocument, settings: DocumentSettings): Analysis {
		const cached = this.analyses.get(document.uri);
		if (cached !== undefined && cached.version === document.version && cached.settings === settings) {
			this.remember(cached);
			return cached;
		}
		const doc = parsePostmortem(document.getText());
		const postmortem = settings.enable && (this.forced.has(document.uri) || isPostmortem(settings.relativePath, doc, settings.config));
		const findings = postmortem ? lint(doc, { config: settings.config, today: this.today(), onRuleError: this.onRuleError }) : [];
		const analysis: Analysis = { uri: document.uri, version: document.version, doc, isPostmortem: postmortem, findings, settings };
		this.remember(analysis);
		return analysis;
	}

	private remember(analysis: Analysis): void {
		this.analyses.delete(analysis.uri);
		this.analyses.set(analysis.uri, analysis);
		let textLength = 0;
		for (const cached of this.analyses.values()) {
			textLength += cached.doc.text.length;
		}
		while (this.analyses.size > 1 && (this.analyses.size > maxCachedAnalyses || textLength > maxCachedTextLength)) {
			const oldest = this.analyses.values().next().value as Analysis;
			textLength -= oldest.doc.text.length;
			this.analyses.delete(oldest.uri);
		}
	}

	/** The cached analysis when it is for exactly this version. */
	current(document: TextDocument): Analysis | undefined {
		const cached = this.analyses.get(document.uri);
		return cached?.version === document.version ? cached : undefined;
	}

	delete(uri: string): void {
		this.analyses.delete(uri);
	}

	clear(): void {
		this.analyses.clear();
	}
}
