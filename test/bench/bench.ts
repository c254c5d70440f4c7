/**
 * `npm run bench`: prints figures, not pass/fail. Parse and full lint (all rules) from text, warm, next to
 * markdown-it's bare parse of the same text, and the ratio (target ≤ 2.5×; above 5× is a regression).
 */
import MarkdownIt from 'markdown-it';
import { defaultConfig } from '../../server/src/config';
import { lint } from '../../server/src/lint';
import { parsePostmortem } from '../../server/src/model/parse';
import { rules } from '../../server/src/rules';
import { largeDocument, largeRealDocument, mediumDocument, type BenchDocument } from './documents';
import { ms, timeInterleaved } from './timing';

const markdownIt = new MarkdownIt();
const today = new Date(Date.UTC(2026, 10, 23));

function lintFromText(text: string): number {
	return lint(parsePostmortem(text), { config: defaultConfig, today }).length;
}

function benchDocument(document: BenchDocument): void {
	const [bare, parseOnly, full] = timeInterleaved([
		() => markdownIt.parse(document.text, {}),
		() => parsePostmortem(document.text),
		() => lintFromText(document.text),
	]);
	const findings = lintFromText(document.text);
	const ratio = full / bare;
	const verdict = ratio <= 2.5 ? 'within target' : ratio <= 5 ? 'OVER TARGET' : 'REGRESSION (> 5×)';
	console.log(`\n${document.name}: ${document.lines.toLocaleString('en')} lines, ${(document.text.length / 1024).toFixed(1)} KB, ${findings} findings`);
	console.log(`  markdown-it bare parse     ${ms(bare)}`);
	console.log(`  postmortem parse (model)   ${ms(parseOnly)}   ${(parseOnly / bare).toFixed(2)}×`);
	console.log(`  postmortem parse + lint    ${ms(full)}   ${ratio.toFixed(2)}×  (${verdict})`);
}

function main(): void {
	console.log(`Postmortem benchmark — Node ${process.version}, ${rules.length} rules, warm medians`);
	benchDocument(mediumDocument());
	benchDocument(largeRealDocument());
	benchDocument(largeDocument());
}

main();
