import assert from 'node:assert/strict';
import { ambiguousDate } from '../../../../server/src/rules/timeline/ambiguous-date';
import { applyEdits, checkRule, runRule } from '../../helpers';

const lines = ['## Timeline', '- [|04-03-2026 15:48 UTC|] Report submitted', '- 05-03-2026 10:07 UTC First fix', '- 06-03-2026 10:20 UTC More fixes'];

suite('timeline/ambiguous-date', () => {
	test('fires once when no date settles day/month order, naming both readings', () => {
		const [finding] = checkRule(ambiguousDate, lines);
		assert.match(finding.message, /4 March or 3 April/);
	});

	test('offers to rewrite every date as YYYY-MM-DD under either reading', () => {
		const text = lines.join('\n').replace(/\[\||\|\]/g, '');
		const [finding] = runRule(ambiguousDate, text);
		assert.deepEqual(finding.fixes.map((fix) => fix.title), ['Dates are day-month: write them as YYYY-MM-DD', 'Dates are month-day: write them as YYYY-MM-DD']);
		assert.equal(
			applyEdits(text, finding.fixes[0].edits),
			'## Timeline\n- 2026-03-04 15:48 UTC Report submitted\n- 2026-03-05 10:07 UTC First fix\n- 2026-03-06 10:20 UTC More fixes',
		);
		assert.match(applyEdits(text, finding.fixes[1].edits), /^## Timeline\n- 2026-04-03 15:48 UTC/);
	});

	test('is quiet when one date settles the order, or dates are ISO', () => {
		checkRule(ambiguousDate, ['## Timeline', '- 04-03-2026 15:48 Report', '- 27-03-2026 10:07 Fix']);
		checkRule(ambiguousDate, ['## Timeline', '- 2026-03-04 15:48 Report', '- 2026-03-05 10:07 Fix']);
	});
});
