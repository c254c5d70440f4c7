/** Inline control comments: which findings they turn off, and what they never match. */
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/lint';
import type { Rule } from '../../../server/src/rules/rule';
import { configWith, parse } from '../helpers';

/** A test rule that reports every line containing "BAD", so suppression can be checked line by line. */
const everyBadWord: Rule = {
	id: 'blame/test-bad-word',
	category: 'blame',
	description: 'Test rule.',
	defaultSeverity: 'warning',
	check(context) {
		const { text } = context.doc;
		for (let index = text.indexOf('BAD'); index !== -1; index = text.indexOf('BAD', index + 1)) {
			context.report({ span: { start: index, end: index + 3 }, message: 'bad' });
		}
	},
};

function reportedLines(lines: readonly string[]): number[] {
	const doc = parse(lines);
	return lint(doc, { config: configWith(), rules: [everyBadWord] }).map((finding) => doc.text.slice(0, finding.span.start).split('\n').length);
}

suite('control comments', () => {
	test('disable-next-line turns off the next line only', () => {
		assert.deepEqual(reportedLines(['BAD', '<!-- postmortem-disable-next-line -->', 'BAD', 'BAD']), [1, 4]);
	});

	test('disable-line turns off its own line', () => {
		assert.deepEqual(reportedLines(['BAD <!-- postmortem-disable-line blame/test-bad-word -->', 'BAD']), [2]);
	});

	test('disable … enable is a region, by rule id or category', () => {
		assert.deepEqual(
			reportedLines(['BAD', '<!-- postmortem-disable blame -->', 'BAD', 'BAD', '<!-- postmortem-enable blame -->', 'BAD']),
			[1, 6],
		);
	});

	test('a comment naming another rule does not apply', () => {
		assert.deepEqual(reportedLines(['<!-- postmortem-disable-next-line timeline/out-of-order -->', 'BAD']), [2]);
	});

	test('disable-file turns off everything, wherever it is', () => {
		assert.deepEqual(reportedLines(['BAD', 'BAD', '<!-- postmortem-disable-file -->']), []);
	});

	test('the reason after " -- " is kept and does not count as a rule', () => {
		const doc = parse(['<!-- postmortem-disable-next-line blame/test-bad-word -- quoting the customer -->', 'BAD']);
		assert.deepEqual(doc.controlComments.map((comment) => [comment.kind, comment.rules, comment.reason]), [
			['disable-next-line', ['blame/test-bad-word'], 'quoting the customer'],
		]);
		assert.deepEqual(reportedLines(['<!-- postmortem-disable-next-line blame/test-bad-word -- quoting the customer -->', 'BAD']), []);
	});

	test('a comment inside a code block is an example, not a directive', () => {
		assert.deepEqual(reportedLines(['```', '<!-- postmortem-disable-file -->', '```', 'BAD']), [4]);
	});

	test('a malformed or huge comment does not hang or match', () => {
		const started = Date.now();
		const doc = parse(`<!-- postmortem-disable ${'x'.repeat(100_000)}`);
		assert.equal(doc.controlComments.length, 0);
		assert.ok(Date.now() - started < 1000);
	});
});

suite('control comments where the disable quick fix puts them', () => {
	test('a comment line inside a list item (an HTML block at the item\'s indentation) is read', () => {
		const doc = parse(['- a', '', '  <!-- postmortem-disable-next-line blame/x -- quoting -->', '  para']);
		assert.deepEqual(
			doc.controlComments.map((comment) => [comment.kind, comment.rules, comment.reason, comment.line]),
			[['disable-next-line', ['blame/x'], 'quoting', 2]],
		);
		assert.deepEqual(reportedLines(['- a', '', '  <!-- postmortem-disable-next-line -->', '  BAD', '- BAD']), [5]);
	});

	test('a comment right after a byte order mark is read', () => {
		const doc = parse('\uFEFF<!-- postmortem-disable-file blame -->\n# T\n');
		assert.deepEqual(doc.controlComments.map((comment) => [comment.kind, comment.rules]), [['disable-file', ['blame']]]);
	});

	test('an indented code block is still code', () => {
		assert.deepEqual(reportedLines(['# T', '', '    <!-- postmortem-disable-file -->', '', 'BAD']), [5]);
	});

	test('inline comments in a paragraph, a table cell and a block quote are read', () => {
		const doc = parse(['Text <!-- postmortem-disable-line a/b -->', '', '| x <!-- postmortem-disable-line c/d --> |', '|---|', '', '> <!-- postmortem-disable-next-line e/f -->', '> q']);
		assert.deepEqual(doc.controlComments.map((comment) => comment.rules[0]), ['a/b', 'c/d', 'e/f']);
	});
});

suite('control comment reasons', () => {
	test('a reason may contain ">" and "--", and ends at the first "-->"', () => {
		const doc = parse(['<!-- postmortem-disable-next-line blame/x -- a -> b, 5 > 4 -- see chat --> after -->', 'BAD']);
		assert.deepEqual(doc.controlComments.map((comment) => [comment.rules, comment.reason]), [[['blame/x'], 'a -> b, 5 > 4 -- see chat']]);
	});

	test('a long run of dashes without a closing "-->" does not match or hang', () => {
		const started = Date.now();
		const doc = parse(`<!-- postmortem-disable ${'-'.repeat(50_000)}>`);
		assert.equal(doc.controlComments.length, 0);
		assert.ok(Date.now() - started < 1000);
	});
});
