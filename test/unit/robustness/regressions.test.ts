/**
 * Small inputs for the bugs the pathological and positions suites found, each frozen as a named test so
 * the bug stays fixed even if the big generated inputs change.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { lint } from '../../../server/src/lint';
import { parsePostmortem } from '../../../server/src/model/parse';
import { findRule, rules } from '../../../server/src/rules';
import { everyRuleOn, robustnessToday } from './registry-config';

function lintAll(text: string): number {
	return lint(parsePostmortem(text), { config: everyRuleOn(), rules, today: robustnessToday }).length;
}

function timeAll(text: string): number {
	const started = performance.now();
	lintAll(text);
	return performance.now() - started;
}

suite('robustness: frozen regressions', () => {
	// The model gives entries before any heading section index 0; with no sections at all, the timeline
	// rules read `doc.sections[0].kind` and threw (found by '10k timeline rows', bare).
	test('a timeline-shaped list in a document without headings lints without throwing', () => {
		assert.doesNotThrow(() => lintAll('- 10:00 Deploy started.\n- 10:05 Alert fired.\n- 10:09 Rolled back.\n'));
	});

	// blame/hindsight walked the whole sentence for every phrase hit: 38 s on this 68 KB run-on sentence.
	test("'Dave should have ' × 4,000 (one sentence) lints in well under a second", () => {
		const elapsed = timeAll('Dave should have '.repeat(4000));
		assert.ok(elapsed < 1500, `took ${Math.round(elapsed)} ms`);
	});

	// timeline/mixed-formats copied its per-style list for every entry: 2.5 s on 20,000 entries.
	test('timeline/mixed-formats alone on a 20,000-entry timeline takes well under a second', () => {
		const rule = findRule('timeline/mixed-formats');
		assert.ok(rule !== undefined);
		const entries = Array.from({ length: 20_000 }, (_, index) => `- ${String(Math.floor(index / 60) % 24).padStart(2, '0')}:${String(index % 60).padStart(2, '0')} Step ${index}.`);
		const doc = parsePostmortem(`## Timeline\n\n${entries.join('\n')}\n`);
		const started = performance.now();
		lint(doc, { config: everyRuleOn(), rules: [rule], today: robustnessToday });
		const elapsed = performance.now() - started;
		assert.ok(elapsed < 1000, `took ${Math.round(elapsed)} ms`);
	});

	// isSuppressed asked every control comment about every finding: 10 s for one rule on 10,000 of them.
	test('10,000 disable-next-line comments each silence their line, quickly', () => {
		const text = '## Contributing factors\n\n' + '<!-- postmortem-disable-next-line blame -->\n- Dave should have known the cache would break.\n'.repeat(10_000);
		const doc = parsePostmortem(text);
		const started = performance.now();
		const findings = lint(doc, { config: everyRuleOn(), rules, today: robustnessToday });
		const elapsed = performance.now() - started;
		assert.equal(findings.filter((finding) => finding.category === 'blame').length, 0);
		assert.ok(elapsed < 3000, `took ${Math.round(elapsed)} ms`);
		const unsilenced = lint(parsePostmortem(text.replace(/<!--[^>]*-->\n/g, '')), { config: everyRuleOn(), rules, today: robustnessToday });
		assert.ok(unsilenced.some((finding) => finding.category === 'blame'), 'without the comments the blame rules fire');
	});

	// The action-item rules re-copied an item's whole text for each of its fields: 3.6 s on this 128 KB item.
	test('an action item with 20,000 tracking references is read in linear time', () => {
		const doc = parsePostmortem(`# Incident\n\n## Action items\n\n- [ ] ${';to ABC-12 '.repeat(20_000)}\n`);
		assert.equal(doc.actionItems[0]?.tracking.length, 20_000);
		const started = performance.now();
		lint(doc, { config: everyRuleOn(), rules, today: robustnessToday });
		const elapsed = performance.now() - started;
		assert.ok(elapsed < 2000, `took ${Math.round(elapsed)} ms`);
	});

	// The owner and due-date fixes looked for the document's label style by scanning every action item, for
	// every item missing a field: quadratic (30,000 items took 7 s).
	test('30,000 action items without owner or due date lint in linear time', () => {
		const doc = parsePostmortem(`# Incident\n\n## Action items\n\n${'- [ ] Add a regression test for the cache.\n'.repeat(30_000)}`);
		const started = performance.now();
		const findings = lint(doc, { config: everyRuleOn(), rules, today: robustnessToday });
		const elapsed = performance.now() - started;
		assert.ok(findings.some((finding) => finding.ruleId === 'action-item/missing-owner' && finding.fixes.length > 0));
		assert.ok(elapsed < 2000, `took ${Math.round(elapsed)} ms`);
	});
});
