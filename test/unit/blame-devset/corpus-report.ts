/**
 * Blame warnings per corpus document, for reading them by hand: `npx tsx test/unit/blame-devset/corpus-report.ts [filter]`.
 * Prints each finding with its rule, line, the words it covers and the whole sentence. Also used by
 * corpus-run.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../../../server/src/config';
import { lint, type Finding } from '../../../server/src/lint';
import { parsePostmortem } from '../../../server/src/model/parse';
import { blameRules } from '../../../server/src/rules/blame';
import { testToday } from '../helpers';
import { corpusRoot } from './score';

export interface DocumentReport {
	readonly file: string;
	readonly findings: readonly { readonly finding: Finding; readonly line: number; readonly words: string; readonly sentence: string }[];
}

export function corpusFiles(): string[] {
	return ['postmortems', 'templates'].flatMap((folder) =>
		readdirSync(join(corpusRoot, folder))
			.filter((name) => name.endsWith('.md'))
			.sort()
			.map((name) => `${folder}/${name}`),
	);
}

export function reportDocument(file: string): DocumentReport {
	const doc = parsePostmortem(readFileSync(join(corpusRoot, file), 'utf8'));
	const findings = lint(doc, { config: defaultConfig, today: testToday, rules: blameRules }).map((finding) => {
		const line = doc.lineStarts.filter((start) => start <= finding.span.start).length;
		const sentence = doc.sentences.find((s) => s.span.start <= finding.span.start && finding.span.end <= s.span.end);
		return {
			finding,
			line,
			words: doc.text.slice(finding.span.start, finding.span.end),
			sentence: (sentence?.text ?? '').replace(/\s+/g, ' ').trim(),
		};
	});
	return { file, findings };
}

export function formatReport(report: DocumentReport): string {
	const lines = [`${report.file}: ${report.findings.length} blame warning(s)`];
	for (const { finding, line, words, sentence } of report.findings) {
		lines.push(`  ${line}: ${finding.ruleId} “${words}”\n      ${sentence.slice(0, 240)}`);
	}
	return lines.join('\n');
}

if (require.main === module) {
	const filter = process.argv[2] ?? '';
	let total = 0;
	for (const file of corpusFiles().filter((name) => name.includes(filter))) {
		const report = reportDocument(file);
		total += report.findings.length;
		console.log(formatReport(report));
	}
	console.log(`\n${total} blame warning(s) in total`);
}
