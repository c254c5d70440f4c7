/**
 * Runs the enabled rules over a parsed document: one walk over the sentences for every phrase list, then
 * each rule's check, then control comments, severities and the per-document cap. Pure.
 */
import { effectiveSeverity, type PostmortemConfig } from './config';
import { sameElements } from './memo';
import { isEnglish } from './model/language';
import type { PostmortemDocument, Span } from './model/types';
import { PhraseMatcher, type PhraseSource } from './phrases';
import { isSuppressed } from './suppressions';
import { rules as allRules } from './rules';
import type { Category, Fix, PhraseHit, Problem, Rule, Severity } from './rules/rule';

export interface Finding {
	readonly ruleId: string;
	readonly category: Category;
	readonly severity: Severity;
	readonly message: string;
	readonly span: Span;
	readonly fixes: readonly Fix[];
}

export interface LintOptions {
	readonly config: PostmortemConfig;
	/** Injectable clock, so tests of due dates and "today" are stable. */
	readonly today?: Date;
	/** Defaults to the registry; tests pass a single rule. */
	readonly rules?: readonly Rule[];
	/**
	 * Called when a rule throws, after which the other rules still run: one broken rule must not take every
	 * diagnostic away from the user. Without it the error propagates, so tests see it.
	 */
	readonly onRuleError?: (ruleId: string, error: unknown) => void;
}

export function lint(doc: PostmortemDocument, options: LintOptions): Finding[] {
	const english = isEnglish(doc);
	const active = (options.rules ?? allRules)
		.map((rule) => ({ rule, severity: effectiveSeverity(options.config, rule.id, rule.defaultSeverity) }))
		.filter((entry): entry is { rule: Rule; severity: Severity } => entry.severity !== 'off')
		.filter((entry) => english || !entry.rule.englishOnly);
	const hitsByRule = findPhraseHits(doc, active.map((entry) => entry.rule), options.config);
	const today = options.today ?? new Date();
	const findings: Finding[] = [];
	for (const { rule, severity } of active) {
		const report = (problem: Problem): void => {
			if (!isSuppressed(doc, rule.id, problem.span)) {
				findings.push(toFinding(rule, severity, problem));
			}
		};
		const context = { doc, today, phraseHits: hitsByRule.get(rule.id) ?? [], teams: options.config.teams, report };
		if (options.onRuleError === undefined) {
			rule.check(context);
			continue;
		}
		try {
			rule.check(context);
		} catch (error) {
			options.onRuleError(rule.id, error);
		}
	}
	findings.sort(compareFindings);
	return findings.slice(0, options.config.maxProblems);
}

function toFinding(rule: Rule, severity: Severity, problem: Problem): Finding {
	return {
		ruleId: rule.id,
		category: rule.category,
		severity,
		message: problem.message,
		span: problem.span,
		fixes: problem.fixes ?? [],
	};
}

/** Rule ids are ASCII: a plain comparison orders them, without loading ICU's collation data (9 ms and 3 MB). */
function compareFindings(a: Finding, b: Finding): number {
	return a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * The matcher depends only on the enabled rules and the config's phrases and allow list. Every document
 * has its own config object, so it is cached by content, not identity: one trie serves every document that
 * has the same settings.
 */
const matcherCache = new Map<string, PhraseMatcher>();
const maxCachedMatchers = 16;

/** The matcher of the last lint: the same rules and config object as last time need no key at all. */
let lastMatcher: { readonly rules: readonly Rule[]; readonly config: PostmortemConfig; readonly matcher: PhraseMatcher } | undefined;

function matcherFor(rules: readonly Rule[], config: PostmortemConfig): PhraseMatcher {
	if (lastMatcher !== undefined && lastMatcher.config === config && sameElements(lastMatcher.rules, rules)) {
		return lastMatcher.matcher;
	}
	const matcher = cachedMatcher(rules, config);
	lastMatcher = { rules, config, matcher };
	return matcher;
}

function cachedMatcher(rules: readonly Rule[], config: PostmortemConfig): PhraseMatcher {
	const key = JSON.stringify([rules.map((rule) => rule.id), config.phrases, config.allow]);
	let matcher = matcherCache.get(key);
	if (matcher === undefined) {
		matcher = new PhraseMatcher(phraseSources(rules, config), config.allow);
		if (matcherCache.size >= maxCachedMatchers) {
			matcherCache.clear();
		}
		matcherCache.set(key, matcher);
	}
	return matcher;
}

/** Every phrase of every list of `rules`, with the config's team additions: what the engine's matcher is built from. */
export function phraseSources(rules: readonly Rule[], config: PostmortemConfig): PhraseSource[] {
	const sources: PhraseSource[] = [];
	for (const rule of rules) {
		const lists = Object.entries(rule.phraseLists ?? {});
		for (const [list, phrases] of lists) {
			for (const phrase of phrases) {
				sources.push({ owner: rule.id, list, phrase });
			}
		}
		// Team additions go to the rule's first list, which each rule's docs page names.
		const extra = config.phrases[rule.id];
		if (extra !== undefined && lists.length > 0) {
			for (const phrase of extra) {
				sources.push({ owner: rule.id, list: lists[0][0], phrase });
			}
		}
	}
	return sources;
}

/**
 * Walks every sentence once. Hits in quoted material (block quotes, text in quotation marks) are not the
 * author's voice and are dropped here, so no rule can forget to.
 */
function findPhraseHits(
	doc: PostmortemDocument,
	rules: readonly Rule[],
	config: PostmortemConfig,
): Map<string, PhraseHit[]> {
	const hits = new Map<string, PhraseHit[]>();
	if (!rules.some((rule) => rule.phraseLists !== undefined)) {
		return hits;
	}
	const matcher = matcherFor(rules, config);
	for (const sentence of doc.sentences) {
		if (sentence.quoted) {
			continue;
		}
		for (const match of matcher.matchWords(sentence.text, sentence)) {
			const words = sentence.words;
			const span = { start: words[match.wordIndex].start, end: words[match.wordIndex + match.wordCount - 1].end };
			if (sentence.quotedSpans.some((quoted) => quoted.start <= span.start && span.end <= quoted.end)) {
				continue;
			}
			const list = hits.get(match.source.owner) ?? [];
			list.push({ list: match.source.list, phrase: match.source.phrase, span, sentence, ...match });
			hits.set(match.source.owner, list);
		}
	}
	return hits;
}
