/**
 * `npm run bench`: prints figures, not pass/fail. Run `npm run build` first (the latency and process
 * figures use the built server and CLI).
 */
import MarkdownIt from 'markdown-it';
import { defaultConfig } from '../../server/src/config';
import { lint } from '../../server/src/lint';
import { parsePostmortem } from '../../server/src/model/parse';
import { rules } from '../../server/src/rules';
import { largeDocument, largeRealDocument, mediumDocument, samplePath, type BenchDocument } from './documents';
import { measureLatency, type LatencyFigures } from './latency';
import { otherLinters } from './others';
import { serverHeap, serverRss } from './memory';
import { cliProcessMs, extensionActivationMs, vsixSizeKb } from './process';
import { shippedEngine, type Engine } from './shipped-engine';
import { ms, timeInterleaved } from './timing';

const markdownIt = new MarkdownIt();
const today = new Date(Date.UTC(2026, 10, 23));
const quick = process.argv.includes('--quick');

function lintFromText(engine: Engine, text: string): number {
	return engine.lint(engine.parsePostmortem(text), { config: engine.defaultConfig, today }).length;
}

/** The engine's budget is measured on the bundle that ships; the source under tsx is printed for reference. */
function benchDocument(document: BenchDocument, engine: Engine): number {
	const [bare, parseOnly, full, fromSource] = timeInterleaved([
		() => markdownIt.parse(document.text, {}),
		() => engine.parsePostmortem(document.text),
		() => lintFromText(engine, document.text),
		() => lint(parsePostmortem(document.text), { config: defaultConfig, today }),
	]);
	const findings = lintFromText(engine, document.text);
	const ratio = full / bare;
	const verdict = ratio <= 2.5 ? 'within target' : ratio <= 5 ? 'OVER TARGET' : 'REGRESSION (> 5×)';
	console.log(`\n${document.name}: ${document.lines.toLocaleString('en')} lines, ${(document.text.length / 1024).toFixed(1)} KB, ${findings} findings`);
	console.log(`  markdown-it bare parse     ${ms(bare)}`);
	console.log(`  postmortem parse (model)   ${ms(parseOnly)}   ${(parseOnly / bare).toFixed(2)}×`);
	console.log(`  postmortem parse + lint    ${ms(full)}   ${ratio.toFixed(2)}×  (${verdict}; the bundle as shipped)`);
	console.log(`    same from source (tsx)   ${ms(fromSource)}   ${(fromSource / bare).toFixed(2)}×  (development only)`);
	return full;
}

function latencyLine(label: string, figures: LatencyFigures): string {
	return `  ${label.padEnd(34)} median ${ms(figures.median).padStart(9)}   p95 ${ms(figures.p95).padStart(9)}   max ${ms(figures.max).padStart(9)}`;
}

async function benchLatency(document: BenchDocument, lintMs: number): Promise<void> {
	const edits = quick ? 40 : 200;
	const warmupEdits = quick ? 10 : 30;
	console.log(`\nKeystroke → diagnostics over stdio, ${edits} one-character edits after ${warmupEdits} warm-up edits, ${document.lines.toLocaleString('en')}-line document`);
	const floor = await measureLatency('echo', document.text, edits, 0, warmupEdits);
	const server = await measureLatency('postmortem', document.text, edits, 0, warmupEdits);
	const felt = await measureLatency('postmortem', document.text, quick ? 10 : 60, null);
	console.log(latencyLine('echo server (floor)', floor.warm));
	console.log(latencyLine('postmortem, debounce 0', server.warm));
	console.log(latencyLine('  its first edits (JIT warm-up)', server.warmup));
	console.log(latencyLine('postmortem, default debounce', felt.warm));
	const budget = 2 * (floor.warm.p95 + lintMs);
	console.log(`  target: p95 with debounce 0 ≤ 2 × (floor p95 + lint) = ${ms(budget)} → ${server.warm.p95 <= budget ? 'met' : 'NOT MET'}`);
}

async function benchServerMemory(text: string): Promise<void> {
	const rss = await serverRss(text, 60);
	console.log(`  server RSS with 50 open postmortems      ${rss.peak.toFixed(1)} MB right after opening them, ${rss.settled.toFixed(1)} MB after ${rss.settledAfter} s idle   (target ≤ 80 MB)`);
	const heap = await serverHeap(text);
	const growth = (from: number, to: number): string => `${(((to - from) / from) * 100).toFixed(1)}%`;
	console.log(`  heap (after forced GC): ${heap.baseline.heapUsed.toFixed(1)} MB idle, ${heap.withFifty.heapUsed.toFixed(1)} MB with 50 open (${(((heap.withFifty.heapUsed - heap.baseline.heapUsed) / 50) * 1024).toFixed(0)} KB each)`);
	const { cycleStart: start, afterFirstThousand: first, afterSecondThousand: second } = heap;
	console.log(`  heap after 1,000 open/close cycles: ${start.heapUsed.toFixed(1)} → ${first.heapUsed.toFixed(1)} MB (${growth(start.heapUsed, first.heapUsed)}, target within 10%); after 1,000 more: ${second.heapUsed.toFixed(1)} MB (${growth(first.heapUsed, second.heapUsed)})`);
	console.log(`    of which compiled code ${start.code.toFixed(1)} → ${first.code.toFixed(1)} → ${second.code.toFixed(1)} MB, large objects ${start.largeObjects.toFixed(1)} → ${first.largeObjects.toFixed(1)} → ${second.largeObjects.toFixed(1)} MB`);
}

async function main(): Promise<void> {
	console.log(`Postmortem benchmark — Node ${process.version}, ${rules.length} rules, warm medians`);
	const engine = await shippedEngine();
	const medium = mediumDocument();
	const mediumLint = benchDocument(medium, engine);
	const others = await otherLinters(medium.text);
	console.log(`  same document: markdownlint ${ms(others.markdownlint)}, alex ${ms(others.alex)}`);
	benchDocument(largeRealDocument(), engine);
	const largeLint = benchDocument(largeDocument(), engine);

	await benchLatency(medium, mediumLint);
	const fiveThousand = largeRealDocument(5_000);
	await benchLatency(fiveThousand, benchDocument(fiveThousand, engine));

	console.log('\nIncremental work: one-character edit in a 10,000-line document');
	const ten = largeDocument();
	const edited = `${ten.text.slice(0, 5000)}x${ten.text.slice(5000)}`;
	const [afterEdit] = timeInterleaved([() => lintFromText(engine, edited)], { rounds: 20 });
	console.log(`  full re-lint after the edit ${ms(afterEdit)} vs full lint ${ms(largeLint)}: every version is parsed and linted from scratch (see docs/ARCHITECTURE.md, "Incremental work")`);

	console.log('\nProcesses and packaging');
	console.log(`  CLI whole process, lint one postmortem   ${ms(cliProcessMs(samplePath))}   (target ≤ 250 ms)`);
	const activation = extensionActivationMs(quick ? 7 : 15);
	console.log(`  extension activation until server fork   ${ms(activation.untilFork)}   (target ≤ 50 ms; loading the bundle ${ms(activation.load)}; main-thread CPU ${ms(activation.cpuUntilFork)})`);
	await benchServerMemory(medium.text);
	const vsix = vsixSizeKb();
	console.log(`  .vsix size                               ${vsix === undefined ? 'no .vsix built (npm run package)' : `${vsix.toFixed(0)} KB (target ≤ 1 MB)`}`);
	(await import('./rules')).benchRules();
}

void main();
