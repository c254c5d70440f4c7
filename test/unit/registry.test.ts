/** Consistency of the registry: every rule has a unique id, its category, a docs page and a test file. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../server/src/rules';
import { categories } from '../../server/src/rules/rule';

const root = join(__dirname, '..', '..');

suite('rule registry', () => {
	test('ids are unique, category/kebab-case, and start with their category', () => {
		const ids = rules.map((rule) => rule.id);
		assert.equal(new Set(ids).size, ids.length);
		for (const rule of rules) {
			assert.match(rule.id, /^[a-z]+(?:-[a-z]+)*\/[a-z]+(?:-[a-z]+)*$/, rule.id);
			assert.ok((categories as readonly string[]).includes(rule.category), rule.id);
			assert.equal(rule.id.split('/')[0], rule.category, rule.id);
		}
	});

	test('every rule has a description ending in a full stop and a default severity', () => {
		for (const rule of rules) {
			assert.ok(rule.description.length > 10 && rule.description.endsWith('.'), rule.id);
			assert.ok(['error', 'warning', 'information', 'hint', 'off'].includes(rule.defaultSeverity), rule.id);
		}
	});

	test('every rule has a docs page titled with its id and a test file', () => {
		for (const rule of rules) {
			const page = join(root, 'docs', 'rules', `${rule.id}.md`);
			assert.ok(existsSync(page), `missing docs page docs/rules/${rule.id}.md`);
			assert.ok(readFileSync(page, 'utf8').startsWith(`# ${rule.id}\n`), `docs page of ${rule.id} starts with "# ${rule.id}"`);
			assert.ok(existsSync(join(root, 'test', 'unit', 'rules', `${rule.id}.test.ts`)), `missing test/unit/rules/${rule.id}.test.ts`);
		}
	});

	test('the README rules table lists every rule', () => {
		const readme = readFileSync(join(root, 'README.md'), 'utf8');
		for (const rule of rules) {
			assert.ok(readme.includes(`\`${rule.id}\``), `README does not list ${rule.id}`);
		}
	});
});
