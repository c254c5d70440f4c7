/** Hostile and huge inputs: the action-item rules never throw and grow linearly with the number of items. */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { lint } from '../../../../server/src/lint';
import { parsePostmortem } from '../../../../server/src/model/parse';
import { actionItemRules } from '../../../../server/src/rules/action-item';
import { configWith, testToday } from '../../helpers';

const config = configWith({ maxProblems: 1_000_000 });

function lintMs(text: string): number {
	const doc = parsePostmortem(text);
	const runs: number[] = [];
	for (let run = 0; run < 3; run++) {
		const started = performance.now();
		lint(doc, { config, today: testToday, rules: actionItemRules });
		runs.push(performance.now() - started);
	}
	return runs.sort((a, b) => a - b)[1];
}

suite('action-item rules on hostile input', () => {
	test('run-on lines of labels, handles, pipes and brackets produce findings, not exceptions', () => {
		const lines = ['due due: due by ', 'owner owner: @@ @a ', '| ', '](( ', '![a ', 'status: ', '1/'];
		for (const line of lines) {
			const text = `## Action items\n- [ ] ${line.repeat(5000)}\n`;
			assert.doesNotThrow(() => lint(parsePostmortem(text), { config, today: testToday, rules: actionItemRules }), line);
		}
	});

	test('five times the items costs about five times the time, not twenty-five', () => {
		const item = '- [ ] Improve monitoring (owner: @a, due: 2026-01-01)\n  - Ticket: PAY-1\n';
		const small = lintMs(`## Action items\n${item.repeat(400)}`);
		const large = lintMs(`## Action items\n${item.repeat(2000)}`);
		assert.ok(large < Math.max(small, 1) * 12, `400 items ${small.toFixed(1)} ms, 2000 items ${large.toFixed(1)} ms`);
	});
});
