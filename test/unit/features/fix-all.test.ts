import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/lint';
import { applySpanEdits, collectSafeEdits, composeEdits, editsAreSafe } from '../../../server/src/features/fix-all';
import type { Fix, Rule, SpanEdit } from '../../../server/src/rules/rule';
import { actionsAt, analyse, applyAction, editsOf, environment, wordRule } from './helpers';

const fixAll = 'source.fixAll.postmortem';

function finding(fixes: Fix[], start = 0): Finding {
	return { ruleId: 'test/x', category: 'structure', severity: 'warning', message: 'm', span: { start, end: start + 1 }, fixes };
}

function edit(start: number, end: number, newText: string): SpanEdit {
	return { span: { start, end }, newText };
}

/** "human error" → "a gap in the process": safe. */
const humanError = wordRule('human error', 'test/human-error', (span) => [{ title: 'Rewrite', safe: true, edits: [{ span, newText: 'a gap in the process' }] }]);
/** "process" → "review process": safe, overlaps the text written by the fix above. */
const process = wordRule('the process', 'test/process', (span) => [{ title: 'Rewrite', safe: true, edits: [{ span, newText: 'the review step' }] }]);
/** "simply" → "": not marked safe, so fix-all leaves it. */
const simply = wordRule('simply ', 'test/simply', (span) => [{ title: 'Remove', edits: [{ span, newText: '' }] }]);

function fixAllOnce(text: string, rules: readonly Rule[]): string | undefined {
	const analysed = analyse(text, rules);
	const actions = actionsAt(analysed, { start: 0, end: 0 }, environment(true, rules), [fixAll]);
	assert.ok(actions.every((action) => action.kind === fixAll));
	return actions.length === 0 ? undefined : applyAction(analysed.document, actions[0]);
}

suite('features/fix-all: collecting safe edits', () => {
	test('only fixes marked safe', () => {
		const edits = collectSafeEdits([finding([{ title: 'a', edits: [edit(0, 1, 'x')] }]), finding([{ title: 'b', safe: true, edits: [edit(2, 3, 'y')] }])], 'abcd');
		assert.deepEqual(edits, [edit(2, 3, 'y')]);
	});

	test('a fix touching one already taken is skipped whole; two insertions at one offset conflict', () => {
		const edits = collectSafeEdits(
			[
				finding([{ title: 'a', safe: true, edits: [edit(0, 2, 'x')] }]),
				finding([{ title: 'b', safe: true, edits: [edit(1, 3, 'y'), edit(5, 5, 'z')] }]),
				finding([{ title: 'c', safe: true, edits: [edit(4, 4, 'p')] }]),
				finding([{ title: 'd', safe: true, edits: [edit(4, 4, 'q')] }]),
			],
			'abcdefgh',
		);
		assert.deepEqual(edits, [edit(0, 2, 'x'), edit(4, 4, 'p')]);
	});

	test('edits out of bounds, inside a surrogate pair or a CRLF, or overlapping each other are refused', () => {
		const text = 'a🎉b\r\nc';
		assert.equal(editsAreSafe(text, [edit(2, 3, '')]), false, 'splits the emoji');
		assert.equal(editsAreSafe(text, [edit(5, 5, 'x')]), false, 'splits CRLF');
		assert.equal(editsAreSafe(text, [edit(7, 9, '')]), false, 'past the end');
		assert.equal(editsAreSafe(text, [edit(-1, 0, '')]), false, 'before the start');
		assert.equal(editsAreSafe(text, [edit(0, 2, ''), edit(1, 4, '')]), false, 'overlapping');
		assert.equal(editsAreSafe(text, [edit(0, 1, 'x'), edit(1, 3, ''), edit(6, 7, 'y')]), true);
		assert.deepEqual(collectSafeEdits([finding([{ title: 'a', safe: true, edits: [edit(2, 3, '')] }])], text), []);
	});

	test('edits that change nothing are dropped', () => {
		assert.deepEqual(collectSafeEdits([finding([{ title: 'a', safe: true, edits: [edit(0, 1, 'a')] }])], 'abc'), []);
	});
});

suite('features/fix-all: composing passes', () => {
	test('composed edits equal the passes applied one after the other (random edits)', () => {
		let seed = 42;
		const random = (limit: number): number => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed % limit;
		};
		const randomEdits = (text: string): SpanEdit[] => {
			const edits: SpanEdit[] = [];
			let cursor = 0;
			while (cursor < text.length && edits.length < 5) {
				const start = cursor + random(4);
				const end = Math.min(text.length, start + random(3));
				if (start > text.length) {
					break;
				}
				edits.push(edit(start, end, 'xyz'.slice(0, random(4))));
				cursor = end + 1;
			}
			return edits;
		};
		for (let round = 0; round < 2000; round++) {
			const original = 'abcdefghijklmnop'.slice(0, 4 + random(12));
			const first = randomEdits(original);
			const middle = applySpanEdits(original, first);
			const second = randomEdits(middle);
			const composed = composeEdits(original, first, second);
			assert.equal(applySpanEdits(original, composed), applySpanEdits(middle, second), JSON.stringify({ original, first, second, composed }));
			assert.ok(editsAreSafe(original, composed) || composed.some((candidate) => candidate.span.start === candidate.span.end));
		}
	});
});

suite('features/fix-all: the source action', () => {
	test('applies only safe rewrites, and applying it again changes nothing', () => {
		const text = 'It was human error. We simply retried.\n';
		const once = fixAllOnce(text, [humanError, simply]);
		assert.equal(once, 'It was a gap in the process. We simply retried.\n');
		assert.equal(fixAllOnce(once, [humanError, simply]), undefined);
	});

	test('a rewrite that makes another safe finding is followed to a fixpoint in one action', () => {
		const text = 'It was human error.\r\nAnd human error again.';
		const once = fixAllOnce(text, [humanError, process]);
		assert.equal(once, 'It was a gap in the review step.\r\nAnd a gap in the review step again.');
		assert.equal(fixAllOnce(once, [humanError, process]), undefined);
	});

	test('never a disable comment or a rename, and only when asked for', () => {
		const text = '---\npeople:\n  Dave: the on-call engineer\n---\nDave saw human error.\n';
		const blame = wordRule('human error', 'blame/test-human-error');
		assert.equal(fixAllOnce(text, [blame]), undefined);
		const analysed = analyse(text, [humanError]);
		assert.ok(actionsAt(analysed, { start: 0, end: 0 }, environment(true, [humanError])).every((action) => action.kind !== fixAll));
		const after = fixAllOnce(text, [humanError]);
		assert.equal(after, text.replace('human error', 'a gap in the process'));
	});

	test('a byte order mark, line endings and the missing final newline stay', () => {
		const text = '\uFEFFhuman error\r\nline\rhuman error';
		assert.equal(fixAllOnce(text, [humanError]), '\uFEFFa gap in the process\r\nline\ra gap in the process');
	});
});

suite('features/code-actions: rule quick fixes', () => {
	const snippetFix = wordRule('should have caught', 'test/hindsight', (span) => [
		{ title: 'Say what did not catch it', preferred: true, edits: [{ span, newText: 'did not catch (because …)', snippet: 'did not catch (because ${1:…})' }] },
	]);

	test('snippet edits for snippet clients, plain text otherwise; the finding is gone after and nothing new appears', () => {
		const text = 'The check should have caught it.\n';
		for (const snippets of [true, false]) {
			const analysed = analyse(text, [snippetFix]);
			const actions = actionsAt(analysed, { start: 12, end: 12 }, environment(snippets));
			assert.deepEqual(actions.map((action) => action.title), ['Say what did not catch it', 'Disable test/hindsight for this line']);
			assert.equal(actions[0].isPreferred, true);
			const change = actions[0].edit?.documentChanges?.[0];
			assert.ok(change !== undefined && 'edits' in change);
			assert.equal('snippet' in change.edits[0], snippets);
			const after = applyAction(analysed.document, actions[0]);
			assert.equal(after, 'The check did not catch (because …) it.\n');
			assert.deepEqual(analyse(after, [snippetFix]).analysis.findings, []);
		}
	});

	test('a rule fix with bad edits is not offered; the disable fix still is', () => {
		const broken = wordRule('oops', 'test/broken', (span) => [
			{ title: 'Past the end', edits: [{ span: { start: span.start, end: 10_000 }, newText: '' }] },
			{ title: 'Overlapping', edits: [{ span, newText: 'a' }, { span: { start: span.start + 1, end: span.end }, newText: 'b' }] },
			{ title: 'No edits', edits: [] },
		]);
		const analysed = analyse('An oops here.\n', [broken]);
		const actions = actionsAt(analysed, { start: 4, end: 4 }, environment(false));
		assert.deepEqual(actions.map((action) => action.title), ['Disable test/broken for this line']);
		editsOf(analysed.document, actions[0].edit);
	});

	test('actions carry the version they were computed for', () => {
		const analysed = analyse('An oops here.\n', [wordRule('oops')], {}, 7);
		const [action] = actionsAt(analysed, { start: 4, end: 4 }, environment(false));
		const change = action.edit?.documentChanges?.[0];
		assert.ok(change !== undefined && 'textDocument' in change);
		assert.equal(change.textDocument.version, 7);
	});
});
