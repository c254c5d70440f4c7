/**
 * Every real postmortem in the shared corpus parses, and the per-file counts of what the model found are
 * printed so a change in what the parser sees shows up in review. A few facts checked by hand are pinned.
 */
import assert from 'node:assert/strict';
import { parsePostmortem } from '../../../server/src/model/parse';
import { corpusFiles, requireCorpus } from '../corpus';

suite('model: the real corpus', function () {
	suiteSetup(function () {
		requireCorpus(this);
	});

	test('every file parses; per-file counts of timeline entries, factors and action items', () => {
		const rows: string[] = [];
		for (const file of corpusFiles()) {
			const doc = parsePostmortem(file.text);
			assert.equal(doc.text, file.text);
			rows.push(
				`${file.name.padEnd(68)} ${String(doc.sections.length).padStart(3)} sections ${String(doc.timeline.length).padStart(3)} timeline ${String(doc.factors.length).padStart(3)} factors ${String(doc.actionItems.length).padStart(3)} actions  zone ${doc.declaredTimeZone?.name ?? '-'}`,
			);
		}
		console.log(`\n${rows.join('\n')}\n`);
		assert.equal(rows.length, 65);
	});

	const facts: readonly [string, (doc: ReturnType<typeof parsePostmortem>) => void][] = [
		['postmortems/dfds--2022-10-bad-eks-ami.md', (doc) => {
			assert.equal(doc.timeline.length, 20, 'a 20-row timeline table');
			assert.equal(doc.declaredTimeZone?.name, 'UTC');
			assert.ok(doc.timeline.every((entry) => entry.form === 'table'));
		}],
		['postmortems/dfds--2023-02-total-node-failure.md', (doc) => {
			const minutes = doc.timeline.map((entry) => entry.minutes ?? 0);
			assert.ok(minutes.some((value, index) => index > 0 && value < minutes[index - 1]), 'the out-of-order 11:08/11:07 rows are visible');
		}],
		['postmortems/chia--2021-10-31-dust-storm.md', (doc) => {
			assert.ok(doc.text.includes('\r\n'), 'CRLF file');
			assert.ok(doc.timeline.length >= 10, 'paragraph timeline entries');
			assert.ok(doc.timeline.some((entry) => entry.timestamp.invalid !== undefined), '"13:55 PM" is invalid');
		}],
		['postmortems/mybinder--2017-09-27-hub-403.md', (doc) => {
			assert.ok(doc.timeline.every((entry) => entry.form === 'heading'));
			assert.equal(doc.declaredTimeZone?.name, 'PST');
		}],
		['postmortems/moj-cloud-platform--2023-07-21-vpc-cni.md', (doc) => {
			assert.equal(doc.timeline.length, 8, 'the timeline nested under "Context"');
			assert.ok(doc.sections.some((section) => section.kind === 'impact'), '"- **Impact**: …" is a section');
		}],
		['postmortems/persistence--2022-09-07-v3-upgrade-halt.md', (doc) => {
			assert.ok(doc.timeline.length >= 20, 'hard-break lines under a date label');
			assert.ok(doc.actionItems.every((item) => item.form === 'table'), 'action items as a table');
		}],
	];

	for (const [name, check] of facts) {
		test(`hand-checked: ${name}`, () => {
			const file = corpusFiles().find((candidate) => candidate.name === name);
			assert.ok(file !== undefined, `${name} is in the corpus`);
			check(parsePostmortem(file.text));
		});
	}
});
