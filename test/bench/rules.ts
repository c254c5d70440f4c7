/**
 * Per-rule speed, printed by `npm run bench` (figures, no pass/fail):
 * - each rule of the registry alone (parse excluded: parsed once, then linted with that rule only) on a
 *   ~100 KB realistic postmortem and on the same postmortem at ~200 KB: ms at 100 KB (goal ≤ 50 ms) and
 *   the growth when the input doubles (goal roughly linear, ≤ 2.5);
 * - each pathological payload at 10, 20, 40 and 80 KB: parse + lint with the whole registry, and the
 *   time ratio per doubling (goal ≤ 2.5).
 * The registry is read at run time, so rules added by anyone are measured without editing this file.
 */
import { readFileSync } from 'node:fs';
import { lint } from '../../server/src/lint';
import { parsePostmortem } from '../../server/src/model/parse';
import type { PostmortemDocument } from '../../server/src/model/types';
import { rules } from '../../server/src/rules';
import type { Rule } from '../../server/src/rules/rule';
import { knownTriggers, markdownItCases, postmortemPumps, sized, type Payload } from '../unit/robustness/payloads';
import { everyRuleOn, robustnessToday } from '../unit/robustness/registry-config';
import { samplePath } from './documents';
import { timeInterleaved } from './timing';

const perRuleGoalMs = 50;
const growthGoal = 2.5;

/** The sample postmortem cut at its `## ` headings: front matter and title, then each section's body. */
function sampleSections(): { head: string; bodies: Map<string, string> } {
	const sample = readFileSync(samplePath, 'utf8').replace(/\r\n?/g, '\n');
	const [head, ...rest] = sample.split(/^## /m);
	const bodies = new Map<string, string>();
	for (const part of rest) {
		const newline = part.indexOf('\n');
		bodies.set(part.slice(0, newline).trim(), part.slice(newline + 1).trim());
	}
	return { head, bodies };
}

const timelineEvents = [
	'Deploy of payments-api 4.{k} began; canary at 5% of new sessions.',
	'**Detected** Alert "checkout 5xx above 1% for 5 minutes" fired for shard {k}.',
	'Dave acknowledged the page and opened the incident channel.',
	'Priya took the incident commander role; support was told to expect payment tickets.',
	'Rolled back shard {k} to the previous release.',
	'Error rate on shard {k} back under 0.1% for ten minutes.',
];

/** A valid postmortem with `scale` times the sample's timeline, factors, action items and prose. */
function realisticPostmortem(scale: number): string {
	const { head, bodies } = sampleSections();
	const section = (title: string, body: string): string => `## ${title}\n\n${body}\n`;
	const repeat = (count: number, make: (k: number) => string): string => Array.from({ length: count }, (_, k) => make(k)).join('\n');
	const timeline = repeat(scale * 12, (k) => {
		const minute = 14 * 60 + k * 3;
		const day = 18 + Math.floor(minute / 1440);
		const clock = `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
		return `- 2026-11-${day} ${clock} ${timelineEvents[k % timelineEvents.length].replace('{k}', String(k))}`;
	});
	const prose = (title: string): string => repeat(scale, () => bodies.get(title) ?? '').replace(/\n(?=\S)/g, '\n\n');
	return [
		head.trim(),
		'',
		section('Summary', prose('Summary')),
		section('Impact', bodies.get('Impact') ?? ''),
		section('Timeline', `All times UTC.\n\n${timeline}`),
		section('Detection', prose('Detection')),
		section('Contributing factors', repeat(scale, () => bodies.get('Contributing factors') ?? '')),
		section('What went well', prose('What went well')),
		section('What went wrong', prose('What went wrong')),
		section('Action items', repeat(scale, (k) => (bodies.get('Action items') ?? '').replace(/(PAY|DEP|SRE|PM)-(\d+)/g, (_, key: string, number: string) => `${key}-${number}${k}`))),
		section('Lessons learned', prose('Lessons learned')),
	].join('\n');
}

/** The smallest scale whose text reaches `length`. */
function realisticAt(length: number): string {
	let scale = 1;
	while (realisticPostmortem(scale).length < length) {
		scale++;
	}
	return realisticPostmortem(scale);
}

/** Medians at both sizes, measured in turn round after round so that load from elsewhere falls on both alike. */
function timeRule(rule: Rule, docs: readonly PostmortemDocument[]): number[] {
	const config = everyRuleOn();
	return timeInterleaved(docs.map((doc) => () => lint(doc, { config, rules: [rule], today: robustnessToday })), { warmup: 3, rounds: 60, budgetMs: 400 });
}

function ms(value: number): string {
	return value.toFixed(value < 10 ? 2 : 1).padStart(7);
}

function ratio(value: number, goal: number): string {
	return `${value.toFixed(2)}${value > goal ? ' !' : '  '}`.padStart(7);
}

function benchEachRule(): void {
	const small = parsePostmortem(realisticAt(100 * 1024));
	const large = parsePostmortem(realisticAt(200 * 1024));
	console.log(`\nEach rule alone, parse excluded: realistic postmortem of ${(small.text.length / 1024).toFixed(0)} KB (${small.lineStarts.length} lines) and ${(large.text.length / 1024).toFixed(0)} KB`);
	console.log(`  ${'rule'.padEnd(34)}  100 KB   200 KB   growth   findings  (! = over ${perRuleGoalMs} ms or ${growthGoal}×)`);
	const config = everyRuleOn();
	for (const rule of rules) {
		const [atSmall, atLarge] = timeRule(rule, [small, large]);
		const findings = lint(small, { config, rules: [rule], today: robustnessToday }).length;
		const flag = atSmall > perRuleGoalMs ? '!' : ' ';
		console.log(`  ${rule.id.padEnd(34)} ${ms(atSmall)}${flag} ${ms(atLarge)}  ${ratio(atLarge / Math.max(atSmall, 0.01), growthGoal)}  ${String(findings).padStart(6)}`);
	}
}

const pumpSizes = [10, 20, 40, 80];

/** Parse + lint with the whole registry at each size, interleaved like the per-rule timings. */
function timeWholeRegistry(texts: readonly string[]): number[] {
	const config = everyRuleOn();
	return timeInterleaved(texts.map((text) => () => lint(parsePostmortem(text), { config, rules, today: robustnessToday })), { warmup: 2, rounds: 40, budgetMs: 500 });
}

/** Time ratio per doubling from a least-squares line through log2(time) against log2(size): steadier than any one pair. */
function fittedRatio(sizes: readonly number[], times: readonly number[]): number {
	const xs = sizes.map(Math.log2);
	const ys = times.map((time) => Math.log2(Math.max(time, 0.001)));
	const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
	const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
	const slope = xs.reduce((sum, x, index) => sum + (x - meanX) * (ys[index] - meanY), 0) / xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
	return 2 ** slope;
}

function benchPump(pump: Payload): string {
	const texts = pumpSizes.map((kb) => sized(pump, kb * 1024));
	const times = timeWholeRegistry(texts);
	const ratios = times.slice(1).map((time, index) => time / Math.max(times[index], 0.001));
	const fitted = fittedRatio(texts.map((text) => text.length), times);
	return `  ${pump.name.slice(0, 44).padEnd(44)} ${times.map(ms).join(' ')}  ${ratios.map((value) => ratio(value, growthGoal)).join(' ')}  ${ratio(fitted, growthGoal)}`;
}

function benchPumps(): void {
	console.log('\nPathological payloads: parse + lint with the whole registry (ms) at 10/20/40/80 KB, and the ratio per doubling');
	console.log(`  ${'payload'.padEnd(44)}   10 KB   20 KB   40 KB   80 KB    ×2→20   ×2→40   ×2→80    fitted (! = over ${growthGoal}×)`);
	for (const pump of [...postmortemPumps, ...markdownItCases, ...knownTriggers]) {
		console.log(benchPump(pump));
	}
}

export function benchRules(): void {
	benchEachRule();
	benchPumps();
}

if (require.main === module) {
	benchRules();
}
