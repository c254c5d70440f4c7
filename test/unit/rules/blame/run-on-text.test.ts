/** Pathological input: blame rules stay linear on one enormous sentence full of trigger phrases. */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { lint } from '../../../../server/src/lint';
import { parsePostmortem } from '../../../../server/src/model/parse';
import { blameRules } from '../../../../server/src/rules/blame';
import { configWith } from '../../helpers';

const phrases = [
	'the team failed to check ',
	'responsible for the outage ',
	'the outage is on the team ',
	'the root cause was ',
	'if Dave had read ',
	'a careless engineer ',
	'caused by the intern ',
	'Dave should have ',
];

suite('blame rules on run-on text', () => {
	for (const phrase of phrases) {
		test(`"${phrase.trim()}" × 4,000 in one sentence lints in well under the debounce budget`, () => {
			const doc = parsePostmortem(`## What went wrong\n\n${phrase.repeat(4000)}.\n`);
			const started = performance.now();
			const findings = lint(doc, { config: configWith(), rules: blameRules });
			const elapsed = performance.now() - started;
			assert.ok(findings.length <= 100, 'findings are capped');
			// Quadratic scans took 3–30 s here; linear ones take well under half a second even on a busy machine.
			assert.ok(elapsed < 3000, `${elapsed.toFixed(0)} ms`);
		});
	}
});
