/**
 * Every timeline finding over the shared corpus (55 real postmortems, 10 templates), with a judgement of each
 * made by reading the document. A new finding or a lost one fails this test: read it, judge it, update the
 * list. Only file names and line numbers are kept here, never corpus text.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../../server/src/lint';
import { lineAt } from '../../../../server/src/model/text';
import { parsePostmortem } from '../../../../server/src/model/parse';
import { timelineRules } from '../../../../server/src/rules/timeline';
import { configWith, testToday } from '../../helpers';

const corpus = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'corpus');

const expected: readonly (readonly [string, number, string])[] = [
	['postmortems/2i2c--2023-02-01-daskhub-evictions.md', 7, 'timeline/vague-time'], // right: an hour range instead of a time
	['postmortems/2i2c--2025-05-12-earthscope-provisioning.md', 107, 'timeline/mixed-formats'], // right: 12-hour time among 24-hour ones
	['postmortems/2i2c--2025-05-12-earthscope-provisioning.md', 130, 'timeline/mixed-formats'], // right: 12-hour time among 24-hour ones
	['postmortems/chia--2021-10-31-dust-storm.md', 24, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/chia--2021-10-31-dust-storm.md', 26, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/chia--2021-10-31-dust-storm.md', 28, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/chia--2021-10-31-dust-storm.md', 30, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/chia--2021-10-31-dust-storm.md', 32, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/chia--2021-10-31-dust-storm.md', 34, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/chia--2021-10-31-dust-storm.md', 36, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/chia--2021-10-31-dust-storm.md', 38, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/chia--2021-10-31-dust-storm.md', 40, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/chia--2021-10-31-dust-storm.md', 50, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/chia--2021-10-31-dust-storm.md', 52, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/dfds--2019-11-k8s-ip-starvation.md', 34, 'timeline/placeholder'], // right: time left blank
	['postmortems/dfds--2020-01-adsync-migration.md', 14, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/dfds--2020-01-adsync-migration.md', 15, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/dfds--2020-01-adsync-migration.md', 16, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/dfds--2020-01-adsync-migration.md', 17, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/dfds--2020-01-adsync-migration.md', 18, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/dfds--2021-12-log4shell.md', 22, 'timeline/out-of-order'], // right: listed before an earlier time
	['postmortems/dfds--2023-02-total-node-failure.md', 15, 'timeline/large-gap'], // right: nearly an hour between the alert and the first action
	['postmortems/dfds--2023-02-total-node-failure.md', 26, 'timeline/out-of-order'], // right: listed before an earlier time
	['postmortems/dfds--2024-03-nodes-notready.md', 16, 'timeline/placeholder'], // right: template row left in
	['postmortems/dfds--2024-03-nodes-notready.md', 28, 'timeline/large-gap'], // right: gap between mitigation and resolution
	['postmortems/dfds--2024-03-nodes-notready.md', 34, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/dfds--2024-03-nodes-notready.md', 35, 'timeline/invalid-time'], // right: a 24-hour time with AM/PM, a five-digit year, or unknown digits
	['postmortems/ethereum--2025-03-05-sepolia-pectra.md', 80, 'timeline/missing-time-zone'], // right: the timeline's zone differs from the UTC used elsewhere and is never named
	['postmortems/ethereum--2025-03-05-sepolia-pectra.md', 150, 'timeline/large-gap'], // debatable: gap in the retrospective talk after the incident
	['postmortems/learningequality--001-buildkite-failing-build.md', 4, 'timeline/vague-time'], // right: no line of the timeline has a time
	['postmortems/learningequality--004-sushibar-certificate-expired.md', 56, 'timeline/missing-time-zone'], // right: no zone anywhere
	['postmortems/learningequality--004-sushibar-certificate-expired.md', 67, 'timeline/large-gap'], // right: overnight gap with the fault still open
	['postmortems/moj-cloud-platform--2023-01-11-cluster-image-pull.md', 33, 'timeline/missing-time-zone'], // right: no zone anywhere
	['postmortems/moj-cloud-platform--2023-01-11-cluster-image-pull.md', 34, 'timeline/out-of-order'], // right: wrong year
	['postmortems/moj-cloud-platform--2023-07-21-vpc-cni.md', 23, 'timeline/missing-time-zone'], // right: no zone anywhere
	['postmortems/moj-cloud-platform--2023-07-21-vpc-cni.md', 27, 'timeline/large-gap'], // right: long stretch of investigation with no entry
	['postmortems/moj-cloud-platform--2026-03-30-ingress-nginx-rollback.md', 44, 'timeline/missing-time-zone'], // right: no zone anywhere
	['postmortems/mybinder--2018-01-18-reddit-hug.md', 28, 'timeline/large-gap'], // right: long stretch with no entry
	['postmortems/mybinder--2018-02-20-jupyterlab-announcement.md', 20, 'timeline/large-gap'], // debatable: gap before the incident started
	['postmortems/mybinder--2018-02-20-jupyterlab-announcement.md', 243, 'timeline/invalid-time'], // right: unknown digits
	['postmortems/mybinder--2018-04-18-cull-flood.md', 34, 'timeline/out-of-order'], // right: listed before an earlier time
	['postmortems/mybinder--2018-04-18-cull-flood.md', 82, 'timeline/large-gap'], // right: long stretch with no entry
	['postmortems/mybinder--2018-04-18-cull-flood.md', 88, 'timeline/large-gap'], // right: overnight gap before the fix
	['postmortems/mybinder--2020-07-09-simultaneous-launches-scipy.md', 12, 'timeline/missing-time-zone'], // wrong: the zone is declared but misspelt; a reader understands it
	['postmortems/mybinder--2020-07-09-simultaneous-launches-scipy.md', 22, 'timeline/mixed-formats'], // right: 12-hour time among 24-hour ones
	['postmortems/persistence--2022-11-06-v4-upgrade-halt.md', 87, 'timeline/large-gap'], // right: long stretch with no entry
	['postmortems/persistence--2022-11-06-v4-upgrade-halt.md', 91, 'timeline/large-gap'], // right: long stretch with no entry
	['postmortems/portswigger--2023-11-dataloss-crossplane-upgrade.md', 9, 'timeline/missing-time-zone'], // right: no zone anywhere
	['postmortems/portswigger--2024-10-saas-outage.md', 22, 'timeline/missing-time-zone'], // right: no zone anywhere
	['postmortems/portswigger--2024-10-saas-outage.md', 45, 'timeline/large-gap'], // debatable: the hour is narrated in untimed sub-bullets
	['postmortems/portswigger--2025-05-all-instances-unavailable.md', 21, 'timeline/missing-time-zone'], // right: no zone anywhere
	['postmortems/portswigger--2026-03-workflow-script-injection.md', 25, 'timeline/ambiguous-date'], // right: every date has day and month under 13
	['postmortems/portswigger--2026-03-workflow-script-injection.md', 26, 'timeline/out-of-order'], // right: an earlier event listed after a later one
	['postmortems/portswigger--2026-03-workflow-script-injection.md', 44, 'timeline/vague-time'], // right: an entry with no time
	['postmortems/posthog--2025-10-21-feature-flags-recurring-outages.md', 47, 'timeline/large-gap'], // right: 40 minutes with errors elevated and no entry
	['postmortems/wire--2022-05-23-website-outage.md', 9, 'timeline/missing-time-zone'], // right: no zone anywhere
	['postmortems/wire--2023-01-04-website-dos-outage.md', 17, 'timeline/missing-time-zone'], // right: no zone in the timeline (UTC only inferable from other prose)
	['postmortems/wire--2023-01-04-website-dos-outage.md', 23, 'timeline/out-of-order'], // right: malformed entry listed before an earlier time
	['templates/dfds--postmortem-template.md', 11, 'timeline/placeholder'], // right (a template): placeholder row
	['templates/mybinder--incident-report-template.md', 13, 'timeline/placeholder'], // right (a template): placeholder heading
	['templates/mybinder--incident-report-template.md', 17, 'timeline/placeholder'], // right (a template): placeholder heading
	['templates/mybinder--incident-report-template.md', 21, 'timeline/placeholder'], // right (a template): placeholder heading
];

function lintCorpus(): string[] {
	const found: string[] = [];
	for (const folder of ['postmortems', 'templates']) {
		for (const name of readdirSync(join(corpus, folder)).sort()) {
			const doc = parsePostmortem(readFileSync(join(corpus, folder, name), 'utf8'));
			for (const finding of lint(doc, { config: configWith(), today: testToday, rules: timelineRules })) {
				found.push(`${folder}/${name}:${lineAt(doc.lineStarts, finding.span.start) + 1} ${finding.ruleId}`);
			}
		}
	}
	return found;
}

suite('timeline rules on the corpus', () => {
	suiteSetup(function () {
		if (!existsSync(corpus)) {
			console.log('skipped: ../shared/corpus not found');
			this.skip();
		}
	});

	test('fire exactly where expected, and nowhere else', () => {
		assert.deepEqual(lintCorpus(), expected.map(([file, line, rule]) => `${file}:${line} ${rule}`));
	});

	test('every timeline check fires somewhere in the corpus', () => {
		const fired = new Set(expected.map(([, , rule]) => rule));
		assert.deepEqual(timelineRules.map((rule) => rule.id).filter((id) => !fired.has(id)), []);
	});
});
