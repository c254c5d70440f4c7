import assert from 'node:assert/strict';
import { vagueTime } from '../../../../server/src/rules/timeline/vague-time';
import { checkRule } from '../../helpers';

suite('timeline/vague-time', () => {
	test('fires on relative times opening untimed timeline lines', () => {
		checkRule(vagueTime, ['## Timeline', '- 14:02 Deploy started', '- [|Shortly after|], the error rate rose', '- [|Later that evening|] the team rolled back']);
		checkRule(vagueTime, ['## Timeline', '| Time | Event |', '|---|---|', '| 14:02 | Deploy |', '| [|Later|] | Rollback |']);
	});

	test('fires on an hour without minutes', () => {
		const [finding] = checkRule(vagueTime, ['## Timeline', '- 14:02 Deploy', '- [|around 3pm|] customers noticed errors']);
		assert.match(finding.message, /only the hour/);
		checkRule(vagueTime, ['## Timeline', '- 2023-02-01 - Summary updated [|between 8-9 PM|]']);
	});

	test('fires once on a timeline that never says when', () => {
		checkRule(vagueTime, ['## [|Events/Timeline:|]', '', 'Found an error in the build.', '', 'Tested on a laptop.', '', 'Rebuilt the image.']);
	});

	test('is quiet inside entries that have a time, in intro prose, and outside the timeline', () => {
		checkRule(vagueTime, ['## Timeline', 'This timeline was compiled later from the chat log.', '', '- 14:02 Deploy; alerts fired later', '  - Shortly after, Dave rolled back', '- 14:30 Resolved']);
		checkRule(vagueTime, ['## Summary', 'Later that evening the team rolled back.', '## Timeline', '- 14:02 Deploy']);
		checkRule(vagueTime, ['## Timeline', '> Later we saw it again', '- 14:02 Deploy']);
	});

	test('a timeline with dates but no times, or only a link, is not "never says when"', () => {
		checkRule(vagueTime, ['## Timeline', 'All times US/Pacific', '', '2019-07-25:', '', 'Issue opened', '', '2019-08-09:', '', 'Fuzzer report']);
		checkRule(vagueTime, ['## Timeline', 'See the status page for the full timeline.']);
	});
});
