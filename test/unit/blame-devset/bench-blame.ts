/**
 * Cost of the blame rules on the largest corpus document, next to markdown-it's bare parse of the same
 * text: `npx tsx test/unit/blame-devset/bench-blame.ts`. Runs are interleaved round after round and warm;
 * both the median and the fastest tenth are printed, because on a shared machine the median carries other
 * processes' load. Every run parses afresh (the rules cache per-sentence analysis on the parsed model),
 * so the blame rules' cost is "parse + blame rules" minus "parse", their phrase walk included; in the full
 * lint the walk is shared with other rules' phrase lists, so their marginal cost is smaller.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import { defaultConfig } from '../../../server/src/config';
import { lint } from '../../../server/src/lint';
import { parsePostmortem } from '../../../server/src/model/parse';
import { rules } from '../../../server/src/rules';
import { blameRules } from '../../../server/src/rules/blame';
import { median, ms, percentile } from '../../bench/timing';
import { testToday } from '../helpers';
import { corpusRoot } from './score';

const file = join(corpusRoot, 'postmortems', 'ethereum--2025-02-24-holesky-pectra.md');
const text = readFileSync(file, 'utf8');
const markdownIt = new MarkdownIt();
const options = { config: defaultConfig, today: testToday };
const otherRules = rules.filter((rule) => rule.category !== 'blame');

const runs: readonly (readonly [string, () => unknown])[] = [
	['markdown-it bare parse', () => markdownIt.parse(text, {})],
	['postmortem parse', () => parsePostmortem(text)],
	['parse + blame rules', () => lint(parsePostmortem(text), { ...options, rules: blameRules })],
	['parse + full lint, all rules', () => lint(parsePostmortem(text), options)],
	['parse + lint without blame', () => lint(parsePostmortem(text), { ...options, rules: otherRules })],
];
const samples = runs.map((): number[] => []);
for (let round = 0; round < 600; round++) {
	runs.forEach(([, run], index) => {
		const started = performance.now();
		run();
		if (round >= 50) {
			samples[index].push(performance.now() - started);
		}
	});
}
const medians = samples.map(median);
const fastest = samples.map((values) => percentile(values, 0.1));
console.log(`${file.split('/').pop()}: ${text.split('\n').length} lines, ${(text.length / 1024).toFixed(1)} KB; median | fastest tenth, and × bare parse`);
const row = (name: string, medianMs: number, fastMs: number): void =>
	console.log(`  ${name.padEnd(30)} ${ms(medianMs).padStart(9)} ${(medianMs / medians[0]).toFixed(2)}× | ${ms(fastMs).padStart(9)} ${(fastMs / fastest[0]).toFixed(2)}×`);
runs.forEach(([name], index) => row(name, medians[index], fastest[index]));
row('blame rules alone', medians[2] - medians[1], fastest[2] - fastest[1]);
row('blame in the full lint', medians[3] - medians[4], fastest[3] - fastest[4]);
