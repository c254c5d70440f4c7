import assert from 'node:assert/strict';
import { computeMetrics, type TimelineMetrics } from '../../../server/src/timeline/metrics';
import { parse } from '../helpers';

function metricsOf(lines: readonly string[]): TimelineMetrics {
	return computeMetrics(parse(lines));
}

/** Minutes of each figure, and the 1-based lines each was measured between. */
function figures(metrics: TimelineMetrics): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of ['timeToDetect', 'timeToAcknowledge', 'timeToMitigate', 'timeToResolve', 'totalImpact'] as const) {
		const figure = metrics[name];
		if (figure !== undefined) {
			out[name] = `${figure.minutes} min, line ${figure.from.line + 1} → ${figure.to.line + 1}`;
		}
	}
	return out;
}

suite('timeline/metrics', () => {
	test('bold lifecycle labels give every figure, with the entries they came from', () => {
		const metrics = metricsOf([
			'# Checkout outage',
			'## Timeline',
			'All times UTC.',
			'',
			'- 14:02 **Impact started** Deploy of payments-api 4.2 began returning errors',
			'- 14:10 **Detected** Checkout error-rate alert',
			'- 14:13 **Acknowledged** On-call took the page',
			'- 14:35 **Mitigated** Traffic moved back to 4.1',
			'- 14:47 **Resolved** Error rate at baseline',
		]);
		assert.deepEqual(figures(metrics), {
			timeToDetect: '8 min, line 5 → 6',
			timeToAcknowledge: '3 min, line 6 → 7',
			timeToMitigate: '33 min, line 5 → 8',
			timeToResolve: '45 min, line 5 → 9',
			totalImpact: '33 min, line 5 → 8',
		});
		assert.equal(metrics.detected?.source, 'label');
		assert.equal(metrics.detected?.evidence, '**Detected**');
		assert.deepEqual(metrics.origin && { kind: metrics.origin.kind, line: metrics.origin.line }, { kind: 'impact-start', line: 4 });
	});

	test('a timeline crossing midnight with bare times counts on into the next day', () => {
		const metrics = metricsOf([
			'## Timeline',
			'',
			'All times CET.',
			'',
			'- 23:50 **Impact started** Nightly batch job saturates the orders database',
			'- 23:58 **Detected** Database CPU alert',
			'- 00:04 **Acknowledged** On-call acknowledged',
			'- 00:40 **Mitigated** Batch job paused',
			'- 01:15 **Resolved** Replication lag back to zero',
		]);
		assert.deepEqual(figures(metrics), {
			timeToDetect: '8 min, line 5 → 6',
			timeToAcknowledge: '6 min, line 6 → 7',
			timeToMitigate: '50 min, line 5 → 8',
			timeToResolve: '85 min, line 5 → 9',
			totalImpact: '50 min, line 5 → 8',
		});
	});

	test('recognisable wording stands in for labels, in a dated table', () => {
		const metrics = metricsOf([
			'## Timeline',
			'',
			'| Time | Event |',
			'|------|-------|',
			'| 2026-11-18 16:45 UTC | Deploy of search 2.3 begins |',
			'| 2026-11-18 16:52 UTC | Error rate spiked on the search API |',
			'| 2026-11-18 17:01 UTC | Latency alert fired |',
			'| 2026-11-18 17:04 UTC | On-call acknowledged the page |',
			'| 2026-11-18 17:20 UTC | Search 2.3 rolled back |',
			'| 2026-11-18 17:31 UTC | Incident resolved |',
		]);
		assert.deepEqual(figures(metrics), {
			timeToDetect: '9 min, line 6 → 7',
			timeToAcknowledge: '3 min, line 7 → 8',
			timeToMitigate: '28 min, line 6 → 9',
			timeToResolve: '39 min, line 6 → 10',
			totalImpact: '28 min, line 6 → 9',
		});
		assert.equal(metrics.detected?.source, 'wording');
		assert.equal(metrics.detected?.evidence, 'alert fired');
		assert.equal(metrics.impactStart?.evidence, 'Error rate spiked');
	});

	test('a date given once, then bare times with seconds, across midnight in heading entries', () => {
		const metrics = metricsOf([
			'## Timeline',
			'',
			'### 2026-03-04T23:55:00Z',
			'**Impact started** Certificate on the API gateway expires',
			'',
			'### 00:07:30',
			'Synthetic check paged the on-call engineer',
			'',
			'### 00:31:00',
			'New certificate deployed; **Mitigated** is not at the start so wording decides',
			'',
			'### 00:40:15',
			'**Resolved** All clients reconnected',
		]);
		assert.equal(metrics.impactStart?.line, 2);
		assert.equal(metrics.timeToDetect?.minutes, 12.5);
		assert.equal(metrics.detected?.evidence, 'paged');
		assert.equal(metrics.timeToResolve?.minutes, 45.25);
	});

	test('a failed or only started rollback is not the mitigation', () => {
		const metrics = metricsOf([
			'## Timeline',
			'- 10:00 Checkout errors started after the 10:00 deploy',
			'- 10:05 Alert fired for checkout errors',
			'- 10:07 Rollback attempted',
			'- 10:12 Rollback failed: the old image was gone',
			'- 10:30 Rolled back to 4.1 from the backup registry',
		]);
		assert.equal(metrics.mitigated?.line, 5);
		assert.equal(metrics.timeToMitigate?.minutes, 30);
	});

	test('a follow-up timeline does not lend its wording to the incident', () => {
		const metrics = metricsOf([
			'## Timeline',
			'- 10:00 Alert fired for checkout errors',
			'- 10:20 Rolled back to 4.1',
			'',
			'## Follow-up timeline',
			'- 16:00 Customer reported a second, unrelated issue',
			'- 16:05 Support acknowledged the report',
		]);
		assert.equal(metrics.detected?.line, 1);
		assert.equal(metrics.acknowledged, undefined);
	});

	test('without an impact start, durations from it are absent and T+ counts from the first entry', () => {
		const metrics = metricsOf(['## Timeline', '- 09:00 Deploy started', '- 09:10 Alert fired', '- 09:12 Acknowledged by on-call']);
		assert.equal(metrics.impactStart, undefined);
		assert.equal(metrics.timeToDetect, undefined);
		assert.equal(metrics.timeToAcknowledge?.minutes, 2);
		assert.deepEqual(metrics.origin && { kind: metrics.origin.kind, line: metrics.origin.line, minutes: metrics.origin.minutes % 1440 }, { kind: 'first-entry', line: 1, minutes: 540 });
	});

	test('figures follow the clock, not the order of lines; contradictory labels give no negative figure', () => {
		const listedLate = metricsOf(['## Timeline', '- 09:30 **Detected** Alert', '- 09:10 **Impact started** Errors']);
		assert.equal(listedLate.timeToDetect?.minutes, 20);
		const contradictory = metricsOf(['## Timeline', '- 09:10 **Detected** Alert', '- 09:30 **Impact started** Errors']);
		assert.equal(contradictory.timeToDetect, undefined);
	});

	test('no timeline, no figures', () => {
		const metrics = metricsOf(['# Outage', '## Summary', 'Alert fired at 10:00.']);
		assert.equal(metrics.origin, undefined);
		assert.equal(metrics.detected, undefined);
	});
});

suite('timeline/metrics with several incidents in one timeline', () => {
	test('a second incident after the first is resolved lends nothing to the first', () => {
		const metrics = metricsOf([
			'## Timeline',
			'All times UTC.',
			'### October 21, 2025',
			'- 21:45 UTC Deploy timeout handling change',
			'- 21:47 UTC Automated monitoring detects increased error rates',
			'- 23:28 UTC Service fully recovered',
			'### October 24, 2025',
			'- 18:10 UTC Initial customer reports of widespread failures',
			'- 18:45 UTC Engineering begins investigation into customer reports',
			'- 19:12 UTC Rate limiting disabled, service fully recovered',
		]);
		assert.equal(metrics.detected?.line, 4);
		assert.equal(metrics.acknowledged, undefined);
		assert.equal(metrics.resolved?.line, 5);
	});
});
