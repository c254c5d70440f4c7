/** Answers kept per model object: computed once, falsy answers included, and kept apart per argument. */
import assert from 'node:assert/strict';
import { memoByObject, memoByObjectAnd, rememberIn, sameElements } from '../../server/src/memo';

suite('memo', () => {
	test('computes once per object, and keeps a false or undefined answer too', () => {
		let calls = 0;
		const answer = memoByObject((key: { value: boolean | undefined }) => {
			calls++;
			return key.value;
		});
		const falsy = { value: false };
		const missing = { value: undefined };
		assert.equal(answer(falsy), false);
		assert.equal(answer(falsy), false);
		assert.equal(answer(missing), undefined);
		assert.equal(answer(missing), undefined);
		assert.equal(calls, 2);
	});

	test('keeps one answer per object and argument', () => {
		let calls = 0;
		const has = memoByObjectAnd((words: { list: string[] }, word: string) => {
			calls++;
			return words.list.includes(word);
		});
		const words = { list: ['a'] };
		assert.equal(has(words, 'a'), true);
		assert.equal(has(words, 'b'), false);
		assert.equal(has(words, 'a'), true);
		assert.equal(has({ list: ['b'] }, 'b'), true);
		assert.equal(calls, 3);
	});

	test('sameElements compares by identity, in order', () => {
		const a = { id: 1 };
		const b = { id: 2 };
		assert.equal(sameElements([a, b], [a, b]), true);
		assert.equal(sameElements([a, b], [b, a]), false);
		assert.equal(sameElements([a], [a, b]), false);
		assert.equal(sameElements([a], [{ id: 1 }]), false);
		assert.equal(sameElements([], []), true);
	});

	test('rememberIn computes once per key and keeps the answer in the given map', () => {
		const answers = new Map<string, number>();
		let calls = 0;
		const length = (key: string) => rememberIn(answers, key, () => (calls++, key.length));
		assert.equal(length('abc'), 3);
		assert.equal(length('abc'), 3);
		assert.equal(length('de'), 2);
		assert.equal(calls, 2);
		assert.equal(answers.get('abc'), 3);
	});
});
