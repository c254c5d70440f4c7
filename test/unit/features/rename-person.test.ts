import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver';
import type { Span } from '../../../server/src/model/types';
import { actionsAt, analyse, applyAction, assertSameRendering, environment, wordRule } from './helpers';

/** A stand-in for a blame rule: every "should have caught" is a finding of category blame. */
const hindsight = wordRule('should have caught', 'blame/test-hindsight');
const structure = wordRule('should have caught', 'structure/test-phrase');

const roster = ['---', 'people:', '  Dave: the on-call engineer', '  James: the SRE', '---'];

function spanOf(text: string, needle: string, occurrence = 0): Span {
	let index = -1;
	for (let count = 0; count <= occurrence; count++) {
		index = text.indexOf(needle, index + 1);
	}
	assert.ok(index !== -1, `${needle} is in the text`);
	return { start: index, end: index + needle.length };
}

function renameActions(text: string, at: Span, snippets = true, rules = [hindsight], only?: string[]): CodeAction[] {
	return actionsAt(analyse(text, rules), at, environment(snippets), only).filter((action) => action.title.startsWith('Replace '));
}

function applyOnly(text: string, actions: readonly CodeAction[]): string {
	assert.equal(actions.length, 1, `one rename action: ${actions.map((action) => action.title).join(' | ')}`);
	assert.equal(actions[0].kind, 'refactor.rewrite');
	return applyAction(analyse(text, [hindsight]).document, actions[0]);
}

suite('features/rename-person: roster names', () => {
	const body = [
		'# Incident',
		'',
		'Dave should have caught the alert. Later, Dave\'s rollback fixed it, and James\' runbook helped.',
		'',
		'> Dave said it was fine.',
		'',
		'The log shows `Dave` restarted it. The message "Dave, stop" was typed by a customer.',
		'',
		'- Thanks to Dave.',
		'- Ping @Dave or Dave-bot, or mail Dave.example.com; DaveOps is a tool.',
		'',
		'| Owner | Task |',
		'|---|---|',
		'| Dave | Add a check |',
	];
	const text = [...roster, ...body].join('\n');

	test('from a blame finding: every occurrence in the author\'s prose, with possessives and capitals', () => {
		const after = applyOnly(text, renameActions(text, spanOf(text, 'should have caught')));
		assert.equal(
			after,
			[
				...roster,
				'# Incident',
				'',
				'The on-call engineer should have caught the alert. Later, the on-call engineer\'s rollback fixed it, and James\' runbook helped.',
				'',
				'> Dave said it was fine.',
				'',
				'The log shows `Dave` restarted it. The message "Dave, stop" was typed by a customer.',
				'',
				'- Thanks to the on-call engineer.',
				'- Ping @Dave or Dave-bot, or mail Dave.example.com; DaveOps is a tool.',
				'',
				'| Owner | Task |',
				'|---|---|',
				'| The on-call engineer | Add a check |',
			].join('\n'),
		);
	});

	test('the title says what and with what', () => {
		assert.deepEqual(renameActions(text, spanOf(text, 'should have caught')).map((action) => action.title), ["Replace 'Dave' with 'the on-call engineer' everywhere"]);
	});

	test('from the cursor on a roster name, without a finding', () => {
		const after = applyOnly(text, renameActions(text, spanOf(text, 'James\''), true, []));
		assert.ok(after.includes('and the SRE\'s runbook helped'), after);
	});

	test('not on a quoted or code occurrence, and not for quick-fix-only requests', () => {
		assert.deepEqual(renameActions(text, spanOf(text, 'Dave said'), true, []), []);
		assert.deepEqual(renameActions(text, spanOf(text, '`Dave`'), true, []), []);
		assert.deepEqual(renameActions(text, spanOf(text, 'should have caught'), true, [hindsight], ['quickfix']), []);
		assert.equal(renameActions(text, spanOf(text, 'should have caught'), true, [hindsight], ['refactor']).length, 1);
	});

	test('only blame findings lead to a name', () => {
		assert.deepEqual(renameActions(text, spanOf(text, 'should have caught'), true, [structure]), []);
	});

	test('a role written with a capital article reads naturally mid-sentence', () => {
		const withCapital = ['---', 'people: { Dave: The incident commander }', '---', 'Thanks to Dave. Dave should have caught it.'].join('\n');
		const after = applyOnly(withCapital, renameActions(withCapital, spanOf(withCapital, 'should have caught')));
		assert.ok(after.endsWith('Thanks to the incident commander. The incident commander should have caught it.'), after);
	});

	test('a roster name inside a longer roster name is left to the longer one', () => {
		const both = ['---', 'people:', '  Dave: the on-call engineer', '  Dave Smith: the database owner', '---', 'Dave Smith paged Dave. Dave should have caught it.'].join('\n');
		const after = applyOnly(both, renameActions(both, spanOf(both, 'should have caught')));
		assert.ok(after.endsWith('Dave Smith paged the on-call engineer. The on-call engineer should have caught it.'), after);
		const longFirst = both.replace('Dave should have caught', 'Dave Smith should have caught');
		assert.deepEqual(renameActions(longFirst, spanOf(longFirst, 'should have caught')).map((action) => action.title), ["Replace 'Dave Smith' with 'the database owner' everywhere"]);
	});

	test('CRLF, emoji and a name at the very end', () => {
		const crlf = ['---', 'people:', '  Dave: the on-call engineer', '---', '🎉 Dave should have caught it, said 🎉 Dave'].join('\r\n');
		const after = applyOnly(crlf, renameActions(crlf, spanOf(crlf, 'should have caught')));
		assert.equal(after, crlf.replace(/Dave(?=\s)/, 'the on-call engineer').replace(/Dave$/, 'the on-call engineer'));
	});
});

suite('features/rename-person: names not in the roster', () => {
	test('adds front matter with the name and a role placeholder (snippet) — then the roster action replaces', () => {
		const text = '# Incident\n\nDave should have caught the alert. Jenny paged Dave.\n';
		const actions = renameActions(text, spanOf(text, 'should have caught'));
		assert.deepEqual(actions.map((action) => action.title), ["Replace 'Dave' with a role… (add Dave to people: in the front matter)"]);
		const withRoster = applyOnly(text, actions);
		assert.equal(withRoster, `---\npeople:\n  Dave: role\n---\n${text}`);
		assertSameRendering(text, withRoster.slice(withRoster.indexOf('---\n#') + 4), 'only front matter added');
		const filled = withRoster.replace('Dave: role', 'Dave: the on-call engineer');
		const replaced = applyOnly(filled, renameActions(filled, spanOf(filled, 'should have caught')));
		assert.ok(replaced.endsWith('The on-call engineer should have caught the alert. Jenny paged the on-call engineer.\n'), replaced);
	});

	test('plain-text clients get a visible placeholder', () => {
		const text = '# Incident\n\nDave should have caught the alert. Jenny paged Dave.\n';
		const after = applyOnly(text, renameActions(text, spanOf(text, 'should have caught'), false));
		assert.ok(after.startsWith('---\npeople:\n  Dave: TODO role\n---\n'), after);
	});

	test('existing front matter: a new people key, a block roster, a flow roster', () => {
		const cases: [string, string][] = [
			['---\ntitle: Outage\n---\nDave should have caught it. Ask Dave.', '---\ntitle: Outage\npeople:\n  Dave: role\n---\n'],
			['---\npeople:\n    Jenny: the IC\n# a comment\n---\nDave should have caught it. Ask Dave.', '---\npeople:\n    Jenny: the IC\n    Dave: role\n# a comment\n---\n'],
			['---\npeople: { Jenny: the IC }\n---\nDave should have caught it. Ask Dave.', '---\npeople: { Jenny: the IC, Dave: role }\n---\n'],
			['---\npeople: {}\n---\nDave should have caught it. Ask Dave.', '---\npeople: { Dave: role }\n---\n'],
			['\uFEFF# T\r\n\r\nDave should have caught it. Ask Dave.', '\uFEFF---\r\npeople:\r\n  Dave: role\r\n---\r\n# T'],
		];
		for (const [text, expectedStart] of cases) {
			const after = applyOnly(text, renameActions(text, spanOf(text, 'should have caught')));
			assert.ok(after.startsWith(expectedStart), JSON.stringify(after));
			assert.equal(analyse(after, []).analysis.doc.metadata.people.Dave, 'role');
		}
	});

	test('front matter it cannot safely extend gets no action', () => {
		for (const text of [
			'+++\ntitle = "x"\n+++\nDave should have caught it. Ask Dave.',
			'---\npeople:\n  - name: Jenny\n    role: IC\n---\nDave should have caught it. Ask Dave.',
			'---\ntitle: [broken\n---\nDave should have caught it. Ask Dave.',
		]) {
			assert.deepEqual(renameActions(text, spanOf(text, 'should have caught')), [], text);
		}
	});

	test('names: the nearest capitalised word before the phrase that is not a common word', () => {
		const name = (text: string): string[] => renameActions(text, spanOf(text, 'should have caught')).map((action) => /'([^']+)'/.exec(action.title)?.[1] ?? '');
		assert.deepEqual(name('After the deploy, Dave should have caught it.'), ['Dave']);
		assert.deepEqual(name('After Dave deployed, the reviewer should have caught it.'), ['Dave']);
		assert.deepEqual(name('Dave Smith should have caught it. We thank Dave Smith.'), ['Dave Smith']);
		assert.deepEqual(name('The reviewer should have caught it.'), []);
		assert.deepEqual(name('On Monday the reviewer should have caught it.'), []);
		assert.deepEqual(name('The Payments team should have caught it.'), []);
		assert.deepEqual(name('Testing should have caught it. We skipped testing.'), []);
		assert.deepEqual(name('Dave should have caught it.'), ['Dave']);
		assert.deepEqual(name('Nobody should have caught it.'), []);
		assert.deepEqual(name('Someone should have caught it.'), []);
		assert.deepEqual(name('Engineers should have caught it.'), []);
		assert.deepEqual(name('Monitoring should have caught it. We improved monitoring.'), []);
		assert.deepEqual(name('Unfortunately Jenny should have caught it.'), ['Jenny']);
		assert.deepEqual(name('> Dave should have caught it.'), [], 'quoted sentences are left alone');
	});
});
