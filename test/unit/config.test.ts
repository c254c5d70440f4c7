/** Config validation: every bad key named once, defaults kept, severities resolved per rule and category. */
import assert from 'node:assert/strict';
import { defaultConfig, effectiveSeverity, mergeConfig, validateConfig } from '../../server/src/config';

suite('config validation', () => {
	test('a valid config passes through with no errors', () => {
		const { input, errors } = validateConfig({ rules: { blame: 'error', 'timeline/gap': 'off' }, maxProblems: 10, teams: ['@sre'] }, 'x');
		assert.deepEqual(errors, []);
		assert.deepEqual(mergeConfig(defaultConfig, input).rules, { blame: 'error', 'timeline/gap': 'off' });
	});

	const badInputs: readonly [string, unknown, RegExp][] = [
		['top-level array', [1], /expected an object/],
		['unknown key', { colour: 'red' }, /unknown key "colour"/],
		['rules as a list', { rules: [] }, /"rules" must be an object/],
		['severity of the wrong type', { rules: { blame: 7 } }, /"blame": 7 is not one of/],
		['maxProblems as text', { maxProblems: 'ten' }, /"maxProblems" must be a whole number/],
		['maxProblems negative', { maxProblems: -1 }, /"maxProblems"/],
		['NaN and infinity', { maxProblems: Number.POSITIVE_INFINITY }, /"maxProblems"/],
		['files as a string', { files: '**/*.md' }, /"files" must be an object/],
		['globs that are not strings', { files: { include: [1, '**/pm/**'] } }, /"include" must contain only strings/],
		['teams as an object', { teams: { a: 1 } }, /"teams" must be a list/],
		['phrases with a non-list', { phrases: { 'blame/hindsight': 'oops' } }, /"blame\/hindsight" must be a list/],
	];

	for (const [name, raw, message] of badInputs) {
		test(`names the bad key: ${name}`, () => {
			const { input, errors } = validateConfig(raw, '.postmortemrc.json');
			assert.equal(errors.length, 1, errors.join('\n'));
			assert.match(errors[0], message);
			assert.match(errors[0], /^\.postmortemrc\.json: /);
			const merged = mergeConfig(defaultConfig, input);
			assert.equal(typeof merged.maxProblems, 'number');
		});
	}

	test('null and undefined mean "no config"', () => {
		assert.deepEqual(validateConfig(null, 'x'), { input: {}, errors: [] });
		assert.deepEqual(validateConfig(undefined, 'x'), { input: {}, errors: [] });
	});

	test('info and warn are accepted spellings', () => {
		const { input, errors } = validateConfig({ rules: { blame: 'info', timeline: 'warn' } }, 'x');
		assert.deepEqual(errors, []);
		assert.deepEqual(input.rules, { blame: 'information', timeline: 'warning' });
	});

	test('a rule setting beats its category, which beats the default', () => {
		const config = mergeConfig(defaultConfig, { rules: { blame: 'error', 'blame/minimising': 'hint' } });
		assert.equal(effectiveSeverity(config, 'blame/hindsight', 'warning'), 'error');
		assert.equal(effectiveSeverity(config, 'blame/minimising', 'warning'), 'hint');
		assert.equal(effectiveSeverity(config, 'timeline/gap', 'information'), 'information');
		assert.equal(effectiveSeverity(mergeConfig(defaultConfig, { rules: { timeline: 'off' } }), 'timeline/gap', 'information'), 'off');
	});
});
