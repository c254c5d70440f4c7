import assert from 'node:assert/strict';
import { outOfOrder } from '../../../../server/src/rules/timeline/out-of-order';
import { checkRule } from '../../helpers';

suite('timeline/out-of-order', () => {
	test('blames the later line when it jumps back below its neighbours', () => {
		const [finding] = checkRule(outOfOrder, ['## Timeline', '- 14:02 Deploy', '- 14:10 Alert', '- [|09:12|] Rollback', '- 14:40 Resolved']);
		assert.match(finding.message, /earlier than the entry above it \(14:10, line 3\)/);
	});

	test('blames the earlier line when it is later than both neighbours', () => {
		checkRule(outOfOrder, ['## Timeline', '| Time | Event |', '|---|---|', '| 2023-02-14 11:01 | LB healthy |', '| [|2023-02-14 11:08|] | Mail sent |', '| 2023-02-14 11:07 | Ticket raised |', '| 2023-02-14 11:59 | Resolved |']);
	});

	test('a wrong year is a jump back', () => {
		checkRule(outOfOrder, ['## Timeline', '- 2023-01-11 14:22 Login errors', '- 2023-01-11 14:34 Passwords compared', '- [|2022-01-11 14:40|] Password updated', '- 2023-01-11 14:51 Explanation found']);
	});

	test('understands midnight, dates given once, and date headings', () => {
		checkRule(outOfOrder, ['## Timeline', '- 2026-11-18 23:50 Batch job starts', '- 23:58 Alert', '- 00:04 Acknowledged', '- 01:15 Resolved']);
		checkRule(outOfOrder, ['## Timeline', '### May 12', '#### 22:00', 'Report', '#### 23:00', 'Logs read', '### May 13', '#### 14:30', 'Cause found']);
	});

	test('understands bare 12-hour times in a 12-hour timeline', () => {
		checkRule(outOfOrder, ['## Timeline', '### 11:40 AM-1:00 PM Fix', '- 11:45 Test shared', '- 11:57 Discussion', '- 1:17 Updated test', '- 1:19 Passes']);
	});

	test('an approximate time placed after a later one is out of order too', () => {
		checkRule(outOfOrder, ['## Timeline', '- **04-03-2026 15:48 UTC** – Report submitted', '- **[|04-03-2026 ~14:18 UTC|]** – Payload had already run']);
	});

	test('equal times and separate timelines are fine', () => {
		checkRule(outOfOrder, ['## Timeline', '- 10:00 A', '- 10:00 B', '## Follow-up timeline', '- 09:00 C']);
	});
});
