import assert from 'node:assert/strict';
import { checkDisable } from './disable-check';
import { everySentenceRule, wordRule } from './helpers';

const flag = wordRule('FLAG');
const other = wordRule('OTHER', 'test/other');

/** Disables the first FLAG finding, as a snippet client and as a plain-text client; returns the snippet result. */
function disableFlag(lines: readonly string[] | string, eol = '\n', asksForReason = true): string {
	const text = typeof lines === 'string' ? lines : lines.join(eol);
	const plain = checkDisable(text, [flag, other], (finding) => finding.ruleId === 'test/word', false);
	assert.equal(plain.after.includes('-- REASON -->'), asksForReason, 'plain-text clients get a visible placeholder');
	return checkDisable(text, [flag, other], (finding) => finding.ruleId === 'test/word', true).after;
}

suite('features/disable-comment: placement keeps the rendering', () => {
	test('first line of a paragraph: its own line above', () => {
		const after = disableFlag(['# Title', '', 'FLAG starts here', 'and goes on.']);
		assert.equal(after, ['# Title', '', '<!-- postmortem-disable-next-line test/word -- reason -->', 'FLAG starts here', 'and goes on.'].join('\n'));
	});

	test('middle and last line of a paragraph: at the end of the line, inline', () => {
		assert.equal(disableFlag(['First line', 'middle FLAG', 'last.']), ['First line', 'middle FLAG <!-- postmortem-disable-line test/word -- reason -->', 'last.'].join('\n'));
		assert.equal(disableFlag(['First line', 'middle', 'last FLAG.', '']), ['First line', 'middle', 'last FLAG. <!-- postmortem-disable-line test/word -- reason -->', ''].join('\n'));
	});

	test('list item first line and continuation line', () => {
		assert.equal(disableFlag(['- FLAG item', '  continued', '- next']), ['- FLAG item <!-- postmortem-disable-line test/word -- reason -->', '  continued', '- next'].join('\n'));
		assert.equal(disableFlag(['- item', '  continued FLAG', '- next']), ['- item', '  continued FLAG <!-- postmortem-disable-line test/word -- reason -->', '- next'].join('\n'));
	});

	test('nested, ordered and task lists', () => {
		disableFlag(['- a', '  - nested FLAG', '  - other', '- b']);
		disableFlag(['1. first', '2. FLAG second', '3. third']);
		disableFlag(['- [ ] FLAG task', '- [x] done']);
		disableFlag(['* a', '', '  * b', '', '    FLAG second paragraph of b', '* c']);
	});

	test('a later paragraph in a list item gets its own line at the item indentation', () => {
		const after = disableFlag(['- a', '', '  FLAG para', '- b']);
		assert.equal(after, ['- a', '', '  <!-- postmortem-disable-next-line test/word -- reason -->', '  FLAG para', '- b'].join('\n'));
	});

	test('table rows: disable and enable around the whole table', () => {
		const table = ['Before.', '', '| Time | Event |', '|---|---|', '| 10:00 | FLAG |', '| 11:00 | fine |', '', 'After.'];
		assert.equal(
			disableFlag(table),
			['Before.', '', '<!-- postmortem-disable test/word -- reason -->', '| Time | Event |', '|---|---|', '| 10:00 | FLAG |', '| 11:00 | fine |', '<!-- postmortem-enable test/word -->', '', 'After.'].join('\n'),
		);
		disableFlag(['| FLAG | Event |', '|---|---|', '| 10:00 | x |']);
		disableFlag(['Text right before', '| a | b |', '|---|---|', '| FLAG | c |', 'lazy row']);
		disableFlag(['- item', '', '  | a | b |', '  |---|---|', '  | FLAG | c |', '', '- next']);
		disableFlag(['> | a | b |', '> |---|---|', '> | FLAG | c |', '', 'after']);
	});

	test('a table that opens a list item: inside the row\'s last cell', () => {
		const after = disableFlag(['- | a | b |', '  |---|---|', '  | FLAG | c |', '- next']);
		assert.equal(after, ['- | a | b |', '  |---|---|', '  | FLAG | c <!-- postmortem-disable-line test/word -- reason --> |', '- next'].join('\n'));
	});

	test('headings: a line above, or at the very end without a space', () => {
		assert.equal(disableFlag(['# Title', '', '## FLAG heading ##', '', 'text']), ['# Title', '', '<!-- postmortem-disable-next-line test/word -- reason -->', '## FLAG heading ##', '', 'text'].join('\n'));
		disableFlag(['FLAG Title', '=====', '', 'text']);
		assert.equal(disableFlag(['- ## FLAG', '- b']), ['- ## FLAG<!-- postmortem-disable-line test/word -- reason -->', '- b'].join('\n'));
		disableFlag(['- ## FLAG ##', '- b']);
	});

	test('block quotes keep their > prefix', () => {
		assert.equal(disableFlag(['> FLAG quoted', '> more', '', 'text']), ['> <!-- postmortem-disable-next-line test/word -- reason -->', '> FLAG quoted', '> more', '', 'text'].join('\n'));
		disableFlag(['> quoted', '> more FLAG', '', 'text']);
		disableFlag(['> quoted', 'lazy FLAG', '', 'text']);
		disableFlag(['> > nested', '> >', '> > FLAG deeper']);
		disableFlag(['- item', '', '  > FLAG quote in item', '- next']);
	});

	test('front matter: next to it, and in it (disable for the file)', () => {
		disableFlag(['---', 'title: x', '---', 'FLAG para', 'more']);
		disableFlag(['---', 'title: x', '---', '# FLAG', '']);
		const inFrontMatter = disableFlag(['---', 'title: FLAG', '---', '# T', '']);
		assert.equal(inFrontMatter, ['---', 'title: FLAG', '---', '<!-- postmortem-disable-file test/word -- reason -->', '# T', ''].join('\n'));
	});

	test('CRLF stays CRLF', () => {
		for (const lines of [['# T', '', 'FLAG a', 'b'], ['a', 'b FLAG', 'c'], ['| a |', '|---|', '| FLAG |', '', 'x'], ['---', 'a: FLAG', '---', 'x']]) {
			const after = disableFlag(lines, '\r\n');
			assert.ok(!/[^\r]\n|\r(?!\n)/.test(after), JSON.stringify(after));
		}
	});

	test('emoji and other astral characters around the target', () => {
		disableFlag(['Text 🎉 FLAG 🎉', 'more 🎉']);
		disableFlag(['first', 'Text 🎉 FLAG 🎉']);
		disableFlag(['first', '🎉FLAG🎉', 'last']);
	});

	test('the last line without a trailing newline', () => {
		disableFlag(['# T', '', 'some text FLAG']);
		disableFlag(['# T', '', 'first', 'last FLAG']);
		disableFlag(['| a |', '|---|', '| FLAG |']);
		disableFlag('FLAG');
	});

	test('hard line breaks stay hard line breaks', () => {
		assert.equal(disableFlag(['first', 'line FLAG  ', 'next']), ['first', 'line FLAG <!-- postmortem-disable-line test/word -- reason -->  ', 'next'].join('\n'));
		assert.equal(disableFlag(['first', 'line FLAG\\', 'next']), ['first', 'line FLAG <!-- postmortem-disable-line test/word -- reason -->\\', 'next'].join('\n'));
		disableFlag(['first', 'escaped FLAG\\\\', 'next']);
	});

	test('code spans and HTML that go on past the line end are not entered', () => {
		assert.equal(
			disableFlag(['first', 'second FLAG `code', 'goes on` end']),
			['first', 'second FLAG <!-- postmortem-disable-line test/word -- reason -->`code', 'goes on` end'].join('\n'),
		);
		disableFlag(['first', 'second FLAG <span', 'class="x">end</span>']);
		disableFlag(['first', 'second FLAG <!-- a comment', 'that ends here --> end']);
		disableFlag(['first', 'second FLAG ``a ` b', 'c`` end']);
	});

	test('a byte order mark stays first', () => {
		const after = disableFlag('\uFEFFFLAG first\n');
		assert.ok(after.startsWith('\uFEFF<!-- postmortem-disable-next-line'));
	});

	test('code blocks: disable for the file', () => {
		assert.match(disableFlag(['# T', '', '```', 'FLAG', '```', '']), /^<!-- postmortem-disable-file test\/word -- reason -->\n# T/);
		disableFlag(['# T', '', '    indented FLAG', '', 'x']);
	});

	test('a finding on a blank line: a comment line above it when a top-level block follows, else for the file', () => {
		/** Reports the blank line right before the line reading `lines[line + 1]` (or the last line), wherever it moves to. */
		const blankAt = (lines: readonly string[], line: number): string => {
			const follower = lines[line + 1];
			const rule = {
				...flag,
				check: (context: Parameters<typeof flag.check>[0]): void => {
					const all = context.doc.text.split('\n');
					all.forEach((text, index) => {
						if (text === '' && (follower === undefined ? index === all.length - 1 : all[index + 1] === follower)) {
							const start = all.slice(0, index).join('\n').length + (index === 0 ? 0 : 1);
							context.report({ span: { start, end: start }, message: 'blank' });
						}
					});
				},
			};
			return checkDisable(lines.join('\n'), [rule], () => true).after;
		};
		assert.equal(blankAt(['', 'Intro', '', '# T'], 0), '<!-- postmortem-disable-next-line test/word -- reason -->\n\nIntro\n\n# T');
		assert.equal(blankAt(['Intro', '', 'More'], 1), 'Intro\n<!-- postmortem-disable-next-line test/word -- reason -->\n\nMore');
		assert.match(blankAt(['- a', '', '- b'], 1), /^<!-- postmortem-disable-file/);
		assert.match(blankAt(['- a', '', '  more of a'], 1), /^<!-- postmortem-disable-file/);
		assert.match(blankAt(['```', 'code', '', '```'], 2), /^<!-- postmortem-disable-file/);
		assert.equal(blankAt(['Intro', ''], 1), 'Intro\n<!-- postmortem-disable-next-line test/word -- reason -->\n');
	});

	test('a control comment already aimed at the line gets the rule added', () => {
		const above = disableFlag(['# T', '', '<!-- postmortem-disable-next-line test/other -- known -->', 'FLAG and OTHER', 'x'], '\n', false);
		assert.equal(above, ['# T', '', '<!-- postmortem-disable-next-line test/other test/word -- known -->', 'FLAG and OTHER', 'x'].join('\n'));
		const inline = disableFlag(['a', 'FLAG OTHER <!-- postmortem-disable-line test/other -->', 'x'], '\n', false);
		assert.equal(inline, ['a', 'FLAG OTHER <!-- postmortem-disable-line test/other test/word -->', 'x'].join('\n'));
	});

	test('other rules on the same line keep their findings', () => {
		disableFlag(['# T', '', 'FLAG and OTHER here', 'more OTHER']);
	});

	test('every sentence of a mixed document', () => {
		const text = [
			'---',
			'title: Mixed',
			'---',
			'# Outage on 3 May',
			'',
			'Summary first line.',
			'Second line. Third sentence.',
			'',
			'## Timeline',
			'',
			'| Time | Event |',
			'| --- | --- |',
			'| 10:00 | Alert fired. |',
			'',
			'- 10:05 Paged the on-call.',
			'  Rolled back.',
			'- [ ] Add a canary.',
			'  1. Nested step.',
			'',
			'> Customer said it was slow.',
			'> Then it recovered.',
			'',
			'Closing words',
			'====',
		].join('\n');
		const analysed = checkDisable(text, [everySentenceRule], () => true).after;
		assert.ok(analysed.length > text.length);
		const count = text.split('\n').length;
		for (let line = 0; line < count; line++) {
			const lineStart = text.split('\n').slice(0, line).join('\n').length + (line === 0 ? 0 : 1);
			const lineEnd = lineStart + text.split('\n')[line].length;
			try {
				checkDisable(text, [everySentenceRule], (finding) => finding.span.start >= lineStart && finding.span.start <= lineEnd);
			} catch (error) {
				if (!(error instanceof assert.AssertionError && error.message.startsWith('the test text has the finding'))) {
					throw error;
				}
			}
		}
	});
});
