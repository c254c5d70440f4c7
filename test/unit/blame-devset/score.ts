/**
 * Scores the blame rules on the labelled dev set at sentence level: an entry is predicted 'blame' when a
 * blame rule reports a span inside it. Written entries are linted under their section heading; corpus
 * entries are linted as part of their whole document (so sections and quotes count) and cover every
 * sentence overlapping their line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../../../server/src/config';
import { lint, type Finding } from '../../../server/src/lint';
import { parsePostmortem } from '../../../server/src/model/parse';
import type { PostmortemDocument, Span } from '../../../server/src/model/types';
import { blameRules } from '../../../server/src/rules/blame';
import { testToday } from '../helpers';
import type { CorpusEntry, DevEntry, DevLabel, WrittenEntry } from './types';

export const corpusRoot = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus');

export interface Scored {
	readonly entry: DevEntry;
	readonly predicted: DevLabel;
	/** The entry's text (for corpus entries read from the corpus, for printing only). */
	readonly text: string;
	readonly findings: readonly Finding[];
}

export interface Score {
	readonly precision: number;
	readonly recall: number;
	readonly truePositives: number;
	readonly falsePositives: number;
	readonly falseNegatives: number;
	readonly total: number;
}

function lintBlame(doc: PostmortemDocument): Finding[] {
	return lint(doc, { config: defaultConfig, today: testToday, rules: blameRules });
}

function inside(span: Span, range: Span): boolean {
	return span.start >= range.start && span.end <= range.end;
}

function scoreWritten(entry: WrittenEntry): Scored {
	const prefix = `# Incident review\n\n## ${entry.section}\n\n`;
	const range = { start: prefix.length, end: prefix.length + entry.text.length };
	const findings = lintBlame(parsePostmortem(`${prefix}${entry.text}\n`)).filter((finding) => inside(finding.span, range));
	return { entry, predicted: findings.length > 0 ? 'blame' : 'neutral', text: entry.text, findings };
}

const corpusCache = new Map<string, { doc: PostmortemDocument; findings: Finding[] }>();

function lintCorpusFile(file: string): { doc: PostmortemDocument; findings: Finding[] } {
	let cached = corpusCache.get(file);
	if (cached === undefined) {
		const doc = parsePostmortem(readFileSync(join(corpusRoot, file), 'utf8'));
		cached = { doc, findings: lintBlame(doc) };
		corpusCache.set(file, cached);
	}
	return cached;
}

function scoreCorpus(entry: CorpusEntry): Scored {
	const { doc, findings } = lintCorpusFile(entry.file);
	const line = { start: doc.lineStarts[entry.line - 1], end: doc.lineStarts[entry.line] ?? doc.text.length };
	const sentences = doc.sentences.filter((sentence) => sentence.span.start < line.end && sentence.span.end > line.start);
	const hits = findings.filter((finding) => sentences.some((sentence) => inside(finding.span, sentence.span)));
	const text = doc.text.slice(line.start, line.end).trim();
	return { entry, predicted: hits.length > 0 ? 'blame' : 'neutral', text, findings: hits };
}

export function corpusAvailable(): boolean {
	return existsSync(join(corpusRoot, 'MANIFEST.tsv'));
}

export function scoreEntries(entries: readonly DevEntry[], withCorpus: boolean): Scored[] {
	return entries
		.filter((entry) => withCorpus || !('file' in entry))
		.map((entry) => ('file' in entry ? scoreCorpus(entry) : scoreWritten(entry)));
}

export function summarise(scored: readonly Scored[]): Score {
	const truePositives = scored.filter((s) => s.predicted === 'blame' && s.entry.label === 'blame').length;
	const falsePositives = scored.filter((s) => s.predicted === 'blame' && s.entry.label === 'neutral').length;
	const falseNegatives = scored.filter((s) => s.predicted === 'neutral' && s.entry.label === 'blame').length;
	return {
		precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
		recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
		truePositives,
		falsePositives,
		falseNegatives,
		total: scored.length,
	};
}

export function describe(scored: Scored): string {
	const where = 'file' in scored.entry ? `${scored.entry.file}:${scored.entry.line}` : scored.entry.section;
	const rules = scored.findings.map((finding) => finding.ruleId).join(', ');
	return `${scored.entry.label.toUpperCase()} predicted ${scored.predicted} [${where}]${rules ? ` (${rules})` : ''}\n    ${scored.text.slice(0, 200)}`;
}
