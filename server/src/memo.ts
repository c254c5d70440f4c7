/**
 * Answers kept per object of the immutable model (a document, a sentence, a table): computed on first
 * request, then shared by every rule and feature that asks, and dropped with the object (WeakMap).
 */

export function memoByObject<Key extends object, Value>(compute: (key: Key) => Value): (key: Key) => Value {
	const answers = new WeakMap<Key, Value>();
	return (key) => {
		let answer = answers.get(key);
		if (answer === undefined && !answers.has(key)) {
			answer = compute(key);
			answers.set(key, answer);
		}
		return answer as Value;
	};
}

/** The same, per object and a second argument kept by identity (a word set, a pattern). */
export function memoByObjectAnd<Key extends object, Argument, Value>(compute: (key: Key, argument: Argument) => Value): (key: Key, argument: Argument) => Value {
	const answers = new WeakMap<Key, Map<Argument, Value>>();
	return (key, argument) => {
		let byArgument = answers.get(key);
		if (byArgument === undefined) {
			byArgument = new Map();
			answers.set(key, byArgument);
		}
		let answer = byArgument.get(argument);
		if (answer === undefined && !byArgument.has(argument)) {
			answer = compute(key, argument);
			byArgument.set(argument, answer);
		}
		return answer as Value;
	};
}

/** Whether two lists hold the same elements (by identity) in the same order: a cache-key comparison that allocates nothing. */
export function sameElements<T>(a: readonly T[], b: readonly T[]): boolean {
	if (a.length !== b.length) {
		return false;
	}
	for (let index = 0; index < a.length; index++) {
		if (a[index] !== b[index]) {
			return false;
		}
	}
	return true;
}

/** The answer kept in `answers` for `key`, computed and kept on first request (an undefined answer is recomputed). */
export function rememberIn<Key, Value>(answers: Map<Key, Value>, key: Key, compute: () => Value): Value {
	let answer = answers.get(key);
	if (answer === undefined) {
		answer = compute();
		answers.set(key, answer);
	}
	return answer;
}
