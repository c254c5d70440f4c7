/** Hostile and huge inputs: the action-item rules never throw and grow linearly with the number of items. */
import assert from 'node:assert/strict';
import { lint } from '../../../../server/src/lint';
import { parsePostmortem } from '../../../../server/src/model/parse';
import { actionItemRules } from '../../../../server/src/rules/action-item';
import { configWith, testToday } from '../../helpers';

const config = configWith({ maxProblems: 1_000_000 });

/**
 * The least CPU time of five lints: the process's CPU time, not wall time, and the minimum, so other
 * processes on a busy machine (CI runs this beside other suites) cannot make a linear rule look quadratic.
 */
function lintMs(text: string): number {
	const doc = parsePostmortem(text);
	let least = Number.POSITIVE_INFINITY;
	for (let run = 0; run < 5; run++) {
		const before = process.cpuUsage();
		lint(doc, { config, today: testToday, rules: actionItemRules });
		const used = process.cpuUsage(before);
		least = Math.min(least, (used.user + used.system) / 1000);
	}
	return least;
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
