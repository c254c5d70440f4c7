/** The lint engine: severities, the cap, and isolation of a rule that throws. */
import assert from 'node:assert/strict';
import { lint } from '../../server/src/lint';
import type { Rule } from '../../server/src/rules/rule';
import { configWith, parse } from './helpers';

function ruleReporting(id: string, count: number): Rule {
	return {
		id,
		category: 'structure',
		description: 'Test rule.',
		defaultSeverity: 'warning',
		check(context) {
			for (let index = 0; index < count; index++) {
				context.report({ span: { start: index, end: index + 1 }, message: `${id} ${index}` });
			}
		},
	};
}

const throwing: Rule = {
	id: 'structure/throws',
	category: 'structure',
	description: 'Test rule that throws.',
	defaultSeverity: 'warning',
	check() {
		throw new Error('boom');
	},
};

suite('lint engine', () => {
	const doc = parse('# Title\n\nSome text here for offsets.\n');

	test('findings come sorted by position and capped at maxProblems', () => {
		const findings = lint(doc, { config: configWith({ maxProblems: 3 }), rules: [ruleReporting('structure/a', 5), ruleReporting('structure/b', 5)] });
		assert.deepEqual(findings.map((finding) => finding.message), ['structure/a 0', 'structure/b 0', 'structure/a 1']);
	});

	test('severity comes from the rule, then the category, and off removes the rule', () => {
		const rules = [ruleReporting('structure/a', 1), ruleReporting('structure/b', 1)];
		const findings = lint(doc, { config: configWith({ rules: { structure: 'error', 'structure/b': 'off' } }), rules });
		assert.deepEqual(findings.map((finding) => [finding.ruleId, finding.severity]), [['structure/a', 'error']]);
	});

	test('a rule that throws is reported through onRuleError and the others still run', () => {
		const errors: string[] = [];
		const findings = lint(doc, {
			config: configWith(),
			rules: [throwing, ruleReporting('structure/a', 1)],
			onRuleError: (ruleId, error) => errors.push(`${ruleId}: ${(error as Error).message}`),
		});
		assert.deepEqual(errors, ['structure/throws: boom']);
		assert.equal(findings.length, 1);
	});

	test('without onRuleError the exception propagates, so tests see broken rules', () => {
		assert.throws(() => lint(doc, { config: configWith(), rules: [throwing] }), /boom/);
	});
});
