import * as assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../../server/src/config';
import { configFromText, findConfigFile, loadConfig, readConfigFile } from '../../../server/src/config-file';
import { findJsonSyntaxError } from '../../../server/src/json-syntax';
import schema from '../../../server/schema/postmortemrc.schema.json';

suite('config file: configFromText', () => {
	test('valid JSON applies over the defaults', () => {
		const { config, errors } = configFromText('{"rules": {"blame": "off"}, "maxProblems": 5}', '.postmortemrc.json');
		assert.deepEqual(errors, []);
		assert.equal(config.rules.blame, 'off');
		assert.equal(config.maxProblems, 5);
		assert.deepEqual(config.layers, defaultConfig.layers);
	});

	test('a leading BOM in JSON is accepted', () => {
		const { config, errors } = configFromText('\uFEFF{"maxProblems": 7}', '.postmortemrc.json');
		assert.deepEqual(errors, []);
		assert.equal(config.maxProblems, 7);
	});

	test('valid YAML applies, and YAML 1.2 reads `off` as the string', () => {
		const { config, errors } = configFromText('rules:\n  blame: off\nteams: ["@sre"]\n', '.postmortemrc.yaml');
		assert.deepEqual(errors, []);
		assert.equal(config.rules.blame, 'off');
		assert.deepEqual(config.teams, ['@sre']);
	});

	test('an empty file or one with only comments is no config, not an error', () => {
		for (const [text, name] of [['', '.postmortemrc.json'], ['  \n', '.postmortemrc.json'], ['# nothing yet\n', '.postmortemrc.yml']]) {
			const { config, errors } = configFromText(text, name);
			assert.deepEqual(errors, [], `${name}: ${JSON.stringify(text)}`);
			assert.deepEqual(config, defaultConfig);
		}
	});

	test('wrong type for maxProblems names the file and the key; the default applies', () => {
		const { config, errors } = configFromText('{"maxProblems": "ten", "teams": ["@a"]}', 'x/.postmortemrc.json');
		assert.equal(errors.length, 1);
		assert.match(errors[0], /^x\/\.postmortemrc\.json: "maxProblems"/);
		assert.equal(config.maxProblems, defaultConfig.maxProblems);
		assert.deepEqual(config.teams, ['@a'], 'the valid keys still apply');
	});

	test('"rules": [] is one error naming "rules"', () => {
		const { config, errors } = configFromText('{"rules": []}', '.postmortemrc.json');
		assert.equal(errors.length, 1);
		assert.match(errors[0], /"rules"/);
		assert.deepEqual(config.rules, {});
	});

	test('a bad severity names the rule key and its value', () => {
		const { config, errors } = configFromText('{"rules": {"blame": 7, "timeline": "warning"}}', '.postmortemrc.json');
		assert.equal(errors.length, 1);
		assert.match(errors[0], /"rules".*"blame".*7/);
		assert.equal(config.rules.blame, undefined);
		assert.equal(config.rules.timeline, 'warning');
	});

	test('an unknown rule id is reported, so a typo does not silently do nothing', () => {
		const { config, errors } = configFromText('{"rules": {"blame/no-such-rule": "off"}}', '.postmortemrc.json');
		assert.equal(errors.length, 1);
		assert.match(errors[0], /"blame\/no-such-rule"/);
		assert.equal(config.rules['blame/no-such-rule'], undefined);
	});

	test('unknown top-level key is named', () => {
		const { errors } = configFromText('{"maxProblem": 3}', '.postmortemrc.json');
		assert.equal(errors.length, 1);
		assert.match(errors[0], /"maxProblem"/);
	});

	test('null and a top-level array are one error each; the defaults apply', () => {
		for (const text of ['null', '[1, 2]']) {
			const { config, errors } = configFromText(text, '.postmortemrc.json');
			assert.equal(errors.length, 1, text);
			assert.match(errors[0], /^\.postmortemrc\.json: expected an object at the top level/);
			assert.deepEqual(config, defaultConfig);
		}
		const yaml = configFromText('- a\n- b\n', '.postmortemrc.yaml');
		assert.equal(yaml.errors.length, 1);
		assert.match(yaml.errors[0], /top level/);
	});

	test('JSON syntax error gives one message with line and column', () => {
		const text = '{\n  "rules": {\n    "blame": "off",\n  }\n}';
		const { config, errors } = configFromText(text, '.postmortemrc.json');
		assert.equal(errors.length, 1);
		assert.match(errors[0], /^\.postmortemrc\.json:4:3: JSON syntax error: /);
		assert.deepEqual(config, defaultConfig);
	});

	test('JSON syntax error position counts from after the BOM, as the editor shows it', () => {
		const { errors } = configFromText('\uFEFF{"a": }', '.postmortemrc.json');
		assert.equal(errors.length, 1);
		assert.match(errors[0], /^\.postmortemrc\.json:1:7: /);
	});

	test('YAML syntax error gives one message with line and column', () => {
		const { config, errors } = configFromText('rules:\n  blame: off\nteams: [a, b\nlayers: []\n', '.postmortemrc.yaml');
		assert.equal(errors.length, 1);
		assert.match(errors[0], /^\.postmortemrc\.yaml:\d+:\d+: YAML syntax error: \S/);
		assert.deepEqual(config, defaultConfig);
	});

	test('duplicate YAML keys are an error rather than a silent last-one-wins', () => {
		const { errors } = configFromText('maxProblems: 1\nmaxProblems: 2\n', '.postmortemrc.yml');
		assert.equal(errors.length, 1);
		assert.match(errors[0], /^\.postmortemrc\.yml:2:1: /);
	});

	test('a YAML alias bomb is refused, not expanded', () => {
		const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
		for (let i = 1; i < 12; i++) {
			const previous = String.fromCharCode(96 + i);
			const name = String.fromCharCode(97 + i);
			lines.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(',')}]`);
		}
		const { config, errors } = configFromText(lines.join('\n'), '.postmortemrc.yaml');
		assert.equal(errors.length, 1);
		assert.deepEqual(config, defaultConfig);
	});
});

suite('config file: JSON syntax locator', () => {
	test('valid JSON has no error', () => {
		for (const text of ['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]}', ' 0 ']) {
			assert.equal(findJsonSyntaxError(text), undefined, text);
		}
	});

	test('locates the first error', () => {
		const cases: [string, number][] = [
			['{"a": }', 6],
			['{"a": 1,}', 8],
			['{"a" 1}', 5],
			['[1 2]', 3],
			["{'a': 1}", 1],
			['{"a": 01}', 7],
			['{"a": "x\ny"}', 8],
			['{"a": 1} x', 9],
			['{', 1],
		];
		for (const [text, offset] of cases) {
			assert.equal(findJsonSyntaxError(text)?.offset, offset, text);
		}
	});

	test('agrees with JSON.parse on what is valid', () => {
		const samples = ['{"a":1}', '{"a":1,}', '[1,,2]', '"\\x"', '-', '1.', '.5', 'nul', '{"a":[{}]}', '"\t"', '1e5', '-0'];
		for (const text of samples) {
			let valid = true;
			try {
				JSON.parse(text);
			} catch {
				valid = false;
			}
			assert.equal(findJsonSyntaxError(text) === undefined, valid, text);
		}
	});

	test('deep nesting is reported instead of overflowing the stack', () => {
		assert.notEqual(findJsonSyntaxError('['.repeat(100_000)), undefined);
	});
});

suite('config file: finding and reading', () => {
	let dir: string;

	setup(async () => {
		dir = await mkdtemp(join(tmpdir(), 'postmortem-config-'));
	});

	teardown(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	test('no config file: the defaults, no path, no errors', async () => {
		const loaded = await loadConfig(dir);
		assert.deepEqual(loaded, { config: defaultConfig, errors: [], path: undefined, unreadable: false });
	});

	test('.postmortemrc.json wins over .yaml and .yml', async () => {
		await writeFile(join(dir, '.postmortemrc.yml'), 'maxProblems: 3\n');
		await writeFile(join(dir, '.postmortemrc.yaml'), 'maxProblems: 2\n');
		assert.equal(await findConfigFile(dir), join(dir, '.postmortemrc.yaml'));
		await writeFile(join(dir, '.postmortemrc.json'), '{"maxProblems": 1}');
		const loaded = await loadConfig(dir);
		assert.equal(loaded.path, join(dir, '.postmortemrc.json'));
		assert.equal(loaded.config.maxProblems, 1);
	});

	test('a directory named like the config file is skipped', async () => {
		await mkdir(join(dir, '.postmortemrc.json'));
		await writeFile(join(dir, '.postmortemrc.yml'), 'maxProblems: 3\n');
		assert.equal((await loadConfig(dir)).config.maxProblems, 3);
	});

	test('a missing explicit file is unreadable with one message naming it', async () => {
		const loaded = await readConfigFile(join(dir, 'nope.json'), 'nope.json');
		assert.equal(loaded.unreadable, true);
		assert.equal(loaded.errors.length, 1);
		assert.match(loaded.errors[0], /^nope\.json: cannot be read/);
		assert.deepEqual(loaded.config, defaultConfig);
	});

	test('errors in the file name it as displayed', async () => {
		await writeFile(join(dir, '.postmortemrc.json'), '{"maxProblems": "ten"}');
		const loaded = await loadConfig(dir);
		assert.equal(loaded.unreadable, false);
		assert.equal(loaded.errors.length, 1);
		assert.ok(loaded.errors[0].startsWith(join(dir, '.postmortemrc.json')), loaded.errors[0]);
	});
});

suite('config file: JSON schema', () => {
	test('describes exactly the keys the validator accepts', () => {
		const keys = Object.keys(schema.properties).sort();
		assert.deepEqual(keys, ['$schema', ...Object.keys(defaultConfig)].sort());
		assert.equal(schema.additionalProperties, false);
		for (const [key, value] of Object.entries(schema.properties)) {
			assert.ok(typeof (value as { description?: unknown }).description === 'string', `${key} has a description`);
		}
	});

	test('severities match the ones the validator accepts', () => {
		assert.deepEqual(schema.definitions.severity.enum, ['error', 'warning', 'information', 'hint', 'off']);
	});

	test('the documented defaults are the real defaults', () => {
		assert.equal(schema.properties.maxProblems.default, defaultConfig.maxProblems);
		assert.deepEqual(schema.properties.layers.default, defaultConfig.layers);
		assert.deepEqual(schema.properties.files.properties.include.default, defaultConfig.files.include);
		assert.deepEqual(schema.properties.files.properties.exclude.default, defaultConfig.files.exclude);
	});
});
