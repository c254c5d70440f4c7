/**
 * Scores action-item/vague and action-item/people-fix on the labelled dev set (see README.md): precision
 * and recall per rule and together, on the tuning part and on the held-out part. Corpus items are read
 * from ../shared/corpus at test time; without it only the written items are scored.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../server/src/lint';
import { parsePostmortem } from '../../../server/src/model/parse';
import type { PostmortemDocument } from '../../../server/src/model/types';
import { peopleFix } from '../../../server/src/rules/action-item/people-fix';
import { vague } from '../../../server/src/rules/action-item/vague';
import { configWith, testToday } from '../helpers';
import labels from './labels.json';
import roundThree from './holdout-r3.json';
import roundFourA from './holdout-r4a.json';
import roundFourB from './holdout-r4b.json';
import roundFiveA from './holdout-r5a.json';
import roundFiveB from './holdout-r5b.json';
import roundFiveC from './holdout-r5c.json';
import roundFiveD from './holdout-r5d.json';
import roundSixA from './holdout-r6a.json';
import roundSixB from './holdout-r6b.json';
import roundSixC from './holdout-r6c.json';
import roundSixD from './holdout-r6d.json';
import roundSixE from './holdout-r6e.json';
import roundSixF from './holdout-r6f.json';

/**
 * Held-out files (same shape as holdout-r3.json, entries `holdout: true`), read at test time so that the
 * engineer tuning the rules never imports them. Rounds 4, 5 and 6 were scored once (README.md) and their
 * misses read, so they are burned and imported above as tuning data. Round 7 (1,890 items written blind,
 * committed before the tuning after round 6 changed any rule) was scored once: 0.937 / 0.904. Its misses
 * were read to describe them, so the next tuning must move it to the tuning part after a round 8 is written.
 */
const heldOutFiles: readonly string[] = ['holdout-r7a.json', 'holdout-r7b.json', 'holdout-r7c.json', 'holdout-r7d.json', 'holdout-r7e.json', 'holdout-r7f.json', 'holdout-r7g.json'];

function heldOutEntries(): Entry[] {
	return heldOutFiles.flatMap((file) => JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as Entry[]);
}

interface Entry {
	readonly file?: string;
	readonly line?: number;
	readonly id?: string;
	readonly md?: string;
	readonly vague: boolean;
	readonly peopleFix: boolean;
	readonly holdout: boolean;
}

interface Outcome {
	readonly name: string;
	readonly holdout: boolean;
	readonly expected: { readonly vague: boolean; readonly peopleFix: boolean };
	readonly actual: { readonly vague: boolean; readonly peopleFix: boolean } | undefined;
}

const corpus = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const config = configWith();
const rules = [vague, peopleFix];

function corpusPath(file: string): string {
	return file.startsWith('templates/') ? join(corpus, file) : join(corpus, 'postmortems', file);
}

/** What the two rules say about the item starting on `line` (1-based; any line for a written item), or undefined when there is no such item. */
function judge(doc: PostmortemDocument, line: number | undefined): Outcome['actual'] {
	const item = doc.actionItems.find((candidate) => line === undefined || candidate.line + 1 === line);
	if (item === undefined) {
		return undefined;
	}
	const findings = lint(doc, { config, today: testToday, rules }).filter((finding) => finding.span.start >= item.span.start && finding.span.end <= item.span.end);
	return { vague: findings.some((finding) => finding.ruleId === vague.id), peopleFix: findings.some((finding) => finding.ruleId === peopleFix.id) };
}

function score(entries: readonly Entry[], withCorpus: boolean): Outcome[] {
	const docs = new Map<string, PostmortemDocument>();
	const outcomes: Outcome[] = [];
	for (const entry of entries) {
		if (entry.md !== undefined) {
			const doc = parsePostmortem(`## Action items\n\n${entry.md}\n`);
			outcomes.push({ name: entry.id ?? '?', holdout: entry.holdout, expected: entry, actual: judge(doc, undefined) });
		} else if (withCorpus && entry.file !== undefined && entry.line !== undefined) {
			let doc = docs.get(entry.file);
			if (doc === undefined) {
				doc = parsePostmortem(readFileSync(corpusPath(entry.file), 'utf8'));
				docs.set(entry.file, doc);
			}
			outcomes.push({ name: `${entry.file}:${entry.line}`, holdout: entry.holdout, expected: entry, actual: judge(doc, entry.line) });
		}
	}
	return outcomes;
}

interface Counts {
	tp: number;
	fp: number;
	fn: number;
}

function count(outcomes: readonly Outcome[], key: 'vague' | 'peopleFix'): Counts {
	const counts = { tp: 0, fp: 0, fn: 0 };
	for (const { expected, actual } of outcomes) {
		const said = actual?.[key] ?? false;
		counts.tp += said && expected[key] ? 1 : 0;
		counts.fp += said && !expected[key] ? 1 : 0;
		counts.fn += !said && expected[key] ? 1 : 0;
	}
	return counts;
}

function ratio(numerator: number, denominator: number): number {
	return denominator === 0 ? 1 : numerator / denominator;
}

function report(part: string, outcomes: readonly Outcome[]): { precision: number; recall: number } {
	const perRule = { vague: count(outcomes, 'vague'), peopleFix: count(outcomes, 'peopleFix') };
	const total = { tp: perRule.vague.tp + perRule.peopleFix.tp, fp: perRule.vague.fp + perRule.peopleFix.fp, fn: perRule.vague.fn + perRule.peopleFix.fn };
	const line = (name: string, c: Counts): string =>
		`  ${name.padEnd(10)} precision ${ratio(c.tp, c.tp + c.fp).toFixed(3)}  recall ${ratio(c.tp, c.tp + c.fn).toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
	console.log(`${part}: ${outcomes.length} items`);
	console.log(line('vague', perRule.vague));
	console.log(line('people-fix', perRule.peopleFix));
	console.log(line('both', total));
	for (const outcome of outcomes) {
		const wrong = outcome.actual === undefined || outcome.actual.vague !== outcome.expected.vague || outcome.actual.peopleFix !== outcome.expected.peopleFix;
		if (wrong) {
			const said = outcome.actual === undefined ? 'no item found' : `said vague=${outcome.actual.vague} people-fix=${outcome.actual.peopleFix}`;
			console.log(`    ${outcome.name}: labelled vague=${outcome.expected.vague} people-fix=${outcome.expected.peopleFix}, ${said}`);
		}
	}
	return { precision: ratio(total.tp, total.tp + total.fp), recall: ratio(total.tp, total.tp + total.fn) };
}

suite('action-item dev set', () => {
	// Rounds 1, 2 (labels.json) and 3 to 6 are burned and tune; round 7 is held out in the files listed in
	// `heldOutFiles` (README.md).
	const tuning = [labels, roundThree, roundFourA, roundFourB, roundFiveA, roundFiveB, roundFiveC, roundFiveD, roundSixA, roundSixB, roundSixC, roundSixD, roundSixE, roundSixF].flat() as readonly Entry[];
	const entries = [...tuning, ...heldOutEntries()];
	const withCorpus = existsSync(corpus);

	test('has at least 80 items; a wired held-out round keeps at least 30% of them aside', () => {
		assert.ok(entries.length >= 80);
		// The issue keeps 30% aside. Earlier rounds are burned, so the held-out part is the fresh round wired
		// in `heldOutFiles`; between rounds (none wired) there is nothing to hold.
		const held = entries.filter((entry) => entry.holdout).length;
		console.log(`      held out: ${held} of ${entries.length} items (${((100 * held) / entries.length).toFixed(1)}%, target 30%)`);
		assert.ok(heldOutFiles.length === 0 || held >= 0.3 * entries.length, `held out ${held} of ${entries.length}`);
	});

	test('every labelled item is found as an action item', function () {
		if (!withCorpus) {
			console.log('skipped corpus items: ../shared/corpus not found');
		}
		const missing = score(entries, withCorpus).filter((outcome) => outcome.actual === undefined).map((outcome) => outcome.name);
		assert.deepEqual(missing, []);
	});

	test('tuning part: precision and recall of vague + people-fix are at least 0.9', function () {
		if (!withCorpus) {
			console.log('skipped corpus items: ../shared/corpus not found; scoring the written items only');
		}
		const { precision, recall } = report('tuning part', score(entries.filter((entry) => !entry.holdout), withCorpus));
		assert.ok(precision >= 0.9, `precision ${precision.toFixed(3)} < 0.9`);
		assert.ok(recall >= 0.9, `recall ${recall.toFixed(3)} < 0.9`);
	});

	/**
	 * The target is 0.9 / 0.9 on held-out items too. Scored once each, after tuning: round 2 reached
	 * precision 0.939, recall 0.575 with phrase lists; round 3 (150 items) 0.902 / 0.671 with the predicate
	 * classes; round 4 (380 items) 0.964 / 0.889 with the principle-based defaults; round 5 (884 items) 0.952 /
	 * 0.899; round 6 (1,290 items) 0.945 / 0.872; round 7 (1,890 items, 30% of the set) 0.937 / 0.904 after the
	 * object-head and audience-and-outcome readings (see README.md). Both bars hold now, so a change that
	 * drops the held-out part below either fails.
	 */
	test('held-out part: precision and recall of vague + people-fix are at least 0.9', function () {
		if (!entries.some((entry) => entry.holdout)) {
			console.log('skipped: no held-out items (see README.md)');
			this.skip();
		}
		if (!withCorpus) {
			console.log('skipped corpus items: ../shared/corpus not found; scoring the written items only');
		}
		const { precision, recall } = report('held-out part', score(entries.filter((entry) => entry.holdout), withCorpus));
		assert.ok(precision >= 0.9, `precision ${precision.toFixed(3)} < 0.9`);
		assert.ok(recall >= 0.9, `recall ${recall.toFixed(3)} < 0.9`);
	});
});
