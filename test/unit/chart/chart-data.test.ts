import assert from 'node:assert/strict';
import { chartPayloadFor } from '../../../server/src/chart/chart-data';
import { defaultConfig } from '../../../server/src/config';
import type { Analysis } from '../../../server/src/documents';
import { parsePostmortem } from '../../../server/src/model/parse';
import { payloadOf, withFactors } from './fixtures';

function analysisOf(text: string, version = 3): Analysis {
	return {
		uri: 'file:///work/pm.md',
		version,
		doc: parsePostmortem(text),
		isPostmortem: true,
		findings: [],
		settings: { enable: true, config: { ...defaultConfig, layers: ['Alerting', 'Testing'] }, debounceMs: undefined, relativePath: 'pm.md' },
	};
}

const timeline = [
	'## Timeline',
	'',
	'All times UTC.',
	'',
	'- 2026-03-02 10:00 **Impact started** the new build reached every region',
	'- 2026-03-02 10:12 **Detected** the error-rate alert fired',
	'- 2026-03-02 10:15 **Acknowledged** the on-call engineer acknowledged the page',
	'- 2026-03-02 10:40 **Mitigated** the previous build was restored',
	'- 2026-03-02 11:05 **Resolved** error rate back to normal',
	'',
].join('\n');

suite('chart payload', () => {
	test('carries the uri, the version it was made from, the title and the factor offsets', () => {
		const text = withFactors([['Testing', 'no test for [the retry path](https://example.com/retry)'], ['Alerting', 'the alert waited']]);
		const payload = payloadOf(text);
		assert.equal(payload.uri, 'file:///work/pm.md');
		assert.equal(payload.version, 7);
		assert.equal(payload.title, 'Checkout outage');
		const testing = payload.layout.holes.find((hole) => hole.layer === 'Testing');
		assert.equal(testing?.text, 'no test for the retry path', 'link targets are not shown');
		assert.equal(text.slice(testing?.start, testing?.end), 'no test for [the retry path](https://example.com/retry)');
	});

	test('for an analysis: the configured layer order and the timeline figures', () => {
		const payload = chartPayloadFor(analysisOf(withFactors([['Testing', 'no test'], ['Alerting', 'no page']]) + '\n' + timeline));
		assert.equal(payload.version, 3);
		assert.deepEqual(payload.layout.slices.map((slice) => slice.layer), ['Alerting', 'Testing']);
		assert.deepEqual(payload.metrics, { timeToDetectMinutes: 12, timeToAcknowledgeMinutes: 3, timeToMitigateMinutes: 40, timeToResolveMinutes: 65 });
	});

	test('for an analysis: the action-item counts', () => {
		const actions = '\n## Action items\n\n- [ ] Add a retry test. Owner: @payments. Due: 2026-12-15. PAY-12.\n- [ ] Lower the alert threshold.\n';
		const payload = chartPayloadFor(analysisOf(withFactors([['Testing', 'no test']]) + actions));
		assert.deepEqual(payload.actionItems, { items: 2, owned: 1, dated: 1, tracked: 1 });
	});

	test('no timeline figures and no action items: neither field', () => {
		const payload = chartPayloadFor(analysisOf(withFactors([['Testing', 'no test']])));
		assert.equal('metrics' in payload, false);
		assert.equal('actionItems' in payload, false);
	});
});
