import assert from 'node:assert/strict';
import { missingOwner } from '../../../../server/src/rules/action-item/missing-owner';
import { checkRule, runRule } from '../../helpers';
import { applyOnlyFix, strongDocument, tableHeader } from './forms';

function fixAndType(lines: readonly string[], typed = 'platform-team'): string {
	const fixed = applyOnlyFix(missingOwner, lines.join('\n'), typed);
	assert.deepEqual(runRule(missingOwner, fixed), [], `still fires after the fix:\n${fixed}`);
	return fixed;
}

suite('action-item/missing-owner', () => {
	test('fires on items with no owner, in list, task and table form', () => {
		checkRule(missingOwner, [
			'## Action items',
			'- [|Add an alert on queue depth above 10k. Due: 2026-12-15.|]',
			'- [ ] [|Cap retries at 3. PAY-12|]',
			'',
			...tableHeader,
			'| [|Cap retries at 3|] |  | 2026-12-15 | PAY-12 |',
		]);
	});

	test('is quiet on the strong item in every form, and on done items', () => {
		assert.deepEqual(runRule(missingOwner, strongDocument.join('\n')), []);
		checkRule(missingOwner, ['## Action items', '- [x] Cap retries at 3', '- Cap retries at 3 (done)', '- ~~Cap retries at 3~~']);
	});

	test('reads owners written as "owner @team", "(owner: x)", "assigned to", a bare handle, or a sub-bullet', () => {
		checkRule(missingOwner, [
			'## Action items',
			'- Cap retries at 3 owner @payments',
			'- Cap retries at 3 (owner: Dana Lee, due: 2026-12-15)',
			'- Cap retries at 3, assigned to the payments team',
			'- Cap retries at 3 @payments',
			'- Cap retries at 3',
			'  - Owner: @payments',
		]);
	});

	test('fix: inserts "Owner: @" inline before the due date, and typing a handle clears the finding', () => {
		const fixed = fixAndType(['## Action items', '- Cap retries at 3. Due: 2026-12-15.']);
		assert.equal(fixed, '## Action items\n- Cap retries at 3. Owner: @platform-team. Due: 2026-12-15.');
	});

	test('fix: an item with no fields gets the field after its last sentence, or in parentheses', () => {
		assert.equal(fixAndType(['## Action items', '- Cap retries at 3.']), '## Action items\n- Cap retries at 3. Owner: @platform-team.');
		assert.equal(fixAndType(['## Action items', '- [ ] Cap retries at 3']), '## Action items\n- [ ] Cap retries at 3 (owner: @platform-team)');
	});

	test('fix: follows the label the document already uses', () => {
		const fixed = fixAndType(['## Action items', '- Cap retries at 3. **Owner:** @ledger.', '- Add a queue alert.']);
		assert.equal(fixed.split('\n')[2], '- Add a queue alert. **Owner:** @platform-team.');
	});

	test('fix: joins an "(owner: x, due: y)" group', () => {
		const fixed = fixAndType(['## Action items', '- Cap retries at 3 (due: 2026-12-15)']);
		assert.equal(fixed.split('\n')[1], '- Cap retries at 3 (owner: @platform-team, due: 2026-12-15)');
	});

	test('fix: adds a sub-bullet next to the item\'s other field sub-bullets', () => {
		const fixed = fixAndType(['## Action items', '- Cap retries at 3', '  - Due: 2026-12-15', '  - Ticket: PAY-12']);
		assert.deepEqual(fixed.split('\n').slice(1), ['- Cap retries at 3', '  - Owner: @platform-team', '  - Due: 2026-12-15', '  - Ticket: PAY-12']);
	});

	test('fix: fills the empty Owner cell of a table row, or adds the missing cell', () => {
		const filled = fixAndType([...tableHeader, '| Cap retries at 3 |  | 2026-12-15 | PAY-12 |'].map((line, index) => (index === 0 ? `## Action items\n${line}` : line)));
		assert.equal(filled.split('\n').at(-1), '| Cap retries at 3 | @platform-team | 2026-12-15 | PAY-12 |');
		const short = fixAndType(['## Action items', '| Action | Ticket | Owner |', '| --- | --- | --- |', '| Cap retries at 3 | PAY-12 |']);
		assert.equal(short.split('\n').at(-1), '| Cap retries at 3 | PAY-12 | @platform-team |');
	});

	test('a table with no Owner column: the message says so and the fix writes the owner in the row', () => {
		const lines = ['## Action items', '| Action | Due |', '| --- | --- |', '| Cap retries at 3 | 2026-12-15 |'];
		const [finding] = runRule(missingOwner, lines.join('\n'));
		assert.match(finding.message, /no Owner column/u);
		assert.equal(fixAndType(lines).split('\n').at(-1), '| Cap retries at 3 (owner: @platform-team) | 2026-12-15 |');
	});

	test('stays quiet on postmortems in other languages, whose field labels it cannot read', () => {
		const text = ['## Maßnahmen', '- [ ] Wiederholungen auf 3 begrenzen. Verantwortlich: Plattform-Team.'];
		assert.equal(runRule(missingOwner, text.join('\n')).length, 1, 'read as English, the German label is missed');
		checkRule(missingOwner, ['---', 'lang: de', '---', ...text]);
	});

	test('offers the fix as a snippet with the cursor after "@"', () => {
		const [finding] = runRule(missingOwner, '## Action items\n- Cap retries at 3.');
		assert.equal(finding.fixes[0].edits[0].snippet, ' Owner: @$1.');
		assert.equal(finding.fixes[0].edits[0].newText, ' Owner: @.');
	});

	test('an owner named in the heading over a group of items owns each item', () => {
		checkRule(missingOwner, ['## Action items', '### Platform (owner: @platform)', '- Retire the legacy queue. Due: 2026-12-15', '### Other', '- [|Cap retries at 3. Due: 2026-12-15|]']);
	});
});
