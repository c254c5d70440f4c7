import assert from 'node:assert/strict';
import { parse } from '../helpers';

suite('model: front matter the YAML library would warn about', () => {
	// Found by test/unit/robustness/positions: the library printed a process warning for each parse.
	test('an ambiguous alias is an error on the model, not a warning on stderr', async () => {
		const warnings: string[] = [];
		const listen = (warning: Error): void => {
			warnings.push(warning.message);
		};
		process.on('warning', listen);
		try {
			const doc = parse(['---', 'title: *a:', '---', '', '# Incident'].join('\n'));
			assert.match(doc.frontMatter?.error ?? '', /not valid YAML/);
			await new Promise((resolve) => setImmediate(resolve));
		} finally {
			process.off('warning', listen);
		}
		assert.deepEqual(warnings, []);
	});
});
