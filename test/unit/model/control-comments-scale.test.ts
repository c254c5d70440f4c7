import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { parse } from '../helpers';

suite('model: many control comments', () => {
	test('a control comment inside a fenced code block is still code, not a comment', () => {
		const doc = parse(['```', '<!-- postmortem-disable blame -->', '```', '', '<!-- postmortem-enable blame -->'].join('\n'));
		assert.deepEqual(doc.controlComments.map((comment) => comment.kind), ['enable']);
	});

	// Found by test/unit/robustness ('10k disable/enable regions'): every comment was tested against every
	// code span, and each comment is an HTML block, so reading them was quadratic (20 s).
	test('10,000 disable/enable pairs are read in linear time', () => {
		const text = '<!-- postmortem-disable action-item -->\nDave should have known.\n<!-- postmortem-enable action-item -->\n\n'.repeat(10_000);
		const started = performance.now();
		const doc = parse(text);
		const elapsed = performance.now() - started;
		assert.equal(doc.controlComments.length, 20_000);
		assert.ok(elapsed < 3000, `took ${Math.round(elapsed)} ms`);
	});
});
