/**
 * Cost of the blame rules on the largest corpus document, next to markdown-it's bare parse of the same
 * text (warm, interleaved medians): `npx tsx test/unit/blame-devset/bench-blame.ts`. The blame rules are
 * timed on an already parsed document (their phrase walk included); the full lint parses and runs every rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { defaultConfig } from '../../../server/src/config';
import { lint } from '../../../server/src/lint';
import { parsePostmortem } from '../../../server/src/model/parse';
import { blameRules } from '../../../server/src/rules/blame';
import { ms, timeInterleaved } from '../../bench/timing';
import { testToday } from '../helpers';
import { corpusRoot } from './score';

const file = join(corpusRoot, 'postmortems', 'ethereum--2025-02-24-holesky-pectra.md');
const text = readFileSync(file, 'utf8');
const markdownIt = new MarkdownIt();
const parsed = parsePostmortem(text);
const options = { config: defaultConfig, today: testToday };

const [bare, parse, blame, full] = timeInterleaved(
	[
		() => markdownIt.parse(text, {}),
		() => parsePostmortem(text),
		() => lint(parsed, { ...options, rules: blameRules }),
		() => lint(parsePostmortem(text), options),
	],
	{ rounds: 400, budgetMs: 8000 },
);
console.log(`${file.split('/').pop()}: ${text.split('\n').length} lines, ${(text.length / 1024).toFixed(1)} KB`);
console.log(`  markdown-it bare parse        ${ms(bare)}`);
console.log(`  postmortem parse              ${ms(parse)}   ${(parse / bare).toFixed(2)}×`);
console.log(`  blame rules (parsed doc)      ${ms(blame)}   ${(blame / bare).toFixed(2)}×`);
console.log(`  parse + full lint, all rules  ${ms(full)}   ${(full / bare).toFixed(2)}×  (budget 2.5×)`);
