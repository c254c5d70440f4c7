/** HTML comments inside prose and action items are nobody's words: templates' hints, control comments' reasons. */
import assert from 'node:assert/strict';
import { maskInline } from '../../../server/src/model/prose';
import { parse } from '../helpers';

suite('model: HTML comments in text', () => {
	test('a comment is masked up to its "-->", even when it contains ">"', () => {
		const source = 'Rolled back <!-- postmortem-disable-line blame/x -- a -> he should have known --> fast.';
		const masked = maskInline(source);
		assert.equal(masked.length, source.length);
		assert.equal(masked.replace(/ +/g, ' '), 'Rolled back fast.');
	});

	test('an unclosed "<!--" still masks only up to the next ">", as before', () => {
		assert.equal(maskInline('a <!-- b > c'), 'a          c');
	});

	test('action-item fields are not read from comments on the item\'s line', () => {
		const doc = parse(['# T', '', '## Action items', '', '- Add a canary stage <!-- postmortem-disable-line action-item/untracked -- Owner: @bob, due 2026-01-01, TODO, PAY-12 -->']);
		const [item] = doc.actionItems;
		assert.equal(item.owner, undefined);
		assert.equal(item.due, undefined);
		assert.deepEqual(item.tracking, []);
		assert.notEqual(item.status, 'open');
	});

	test('fields outside the comment keep their offsets', () => {
		const doc = parse(['# T', '', '## Action items', '', '- Add a canary <!-- hint: owner? --> Owner: @platform, PAY-7']);
		const [item] = doc.actionItems;
		assert.equal(item.owner?.text, '@platform');
		assert.equal(doc.text.slice(item.owner?.span.start, item.owner?.span.end), '@platform');
		assert.deepEqual(item.tracking.map((field) => doc.text.slice(field.span.start, field.span.end)), ['PAY-7']);
	});
});
