import assert from 'node:assert/strict';
import { largeGap } from '../../../../server/src/rules/timeline/large-gap';
import { checkRule } from '../../helpers';

suite('timeline/large-gap', () => {
	test('shows a long stretch with no entry as information, on the entry after it', () => {
		const [finding] = checkRule(largeGap, ['## Timeline', '- 09:33 Users alerted us', '- 09:35 Looking', '- 09:40 Still looking', '- [|10:29|] Node rollover started', '- 10:31 Nodes healthy']);
		assert.equal(finding.severity, 'information');
		assert.match(finding.message, /No entry for 49 min \(09:40 → 10:29\)/);
	});

	test('measures from the end of a range entry', () => {
		checkRule(largeGap, ['## Timeline', '- 17:00-18:00 Manual culling', '- 18:03 Culling automated', '- 18:10 Deploy fails', '- 18:22 Revert']);
	});

	test('is quiet on timelines spanning days, and before detection or after resolution', () => {
		checkRule(largeGap, ['## Timeline', '- 2022-10-29 01:02 AMI released', '- 2022-10-31 07:30 Nodes roll over', '- 2022-10-31 07:40 Errors', '- 2022-11-02 13:46 Rolled back']);
		checkRule(largeGap, ['## Timeline', '- 08:00 Config change merged', '- 11:00 Alert fired', '- 11:05 Acknowledged', '- 11:10 Rolled back', '- 11:12 Incident resolved', '- 15:00 Postmortem drafted']);
	});

	test('shows at most the two longest gaps', () => {
		const findings = checkRule(largeGap, ['## Timeline', '- 10:00 a', '- 10:02 b', '- 11:00 c', '- 11:02 d', '- [|12:30|] e', '- 12:32 f', '- [|13:40|] g']);
		assert.equal(findings.length, 2);
	});
});
