import assert from 'node:assert/strict';
import { placeholder } from '../../../../server/src/rules/timeline/placeholder';
import { checkRule } from '../../helpers';

suite('timeline/placeholder', () => {
	test('fires on template times left in a table row', () => {
		checkRule(placeholder, ['## Timeline', '| Time | Event |', '|---|---|', '| [|2024-03-13 HH:mm|] | Short event description. |', '| 2024-03-13 10:01 | Node NotReady |']);
	});

	test('fires on a template year and on {{ }} variables in headings', () => {
		checkRule(placeholder, ['## Timeline', '- [|20xx-MM-DD HH:mm|] Short event description']);
		checkRule(placeholder, ['## Timeline', '### [|{{ yyyy-mm-dd hh:mm }}|]', 'Start of incident.', '### [|{{ hh:mm }}|]', 'Investigation starts.']);
	});

	test('says "no time given" for a blank --:-- time', () => {
		const [finding] = checkRule(placeholder, ['## Timeline', '| When | What |', '|---|---|', '| [|2019-12-03 --:--|] | Surge of new deployments |']);
		assert.match(finding.message, /No time given/);
	});

	test('is quiet on real times and outside the timeline', () => {
		checkRule(placeholder, ['## Summary', 'Fill in HH:MM later.', '## Timeline', '- 14:02 Deploy', '- 14:10 Alert']);
	});
});
