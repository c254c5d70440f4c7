/**
 * Scores the blame rules on the labelled dev set (sentence level) and prints precision and recall for the
 * tuning part and the held-out part. Fails below precision 0.9 or recall 0.85 on either part.
 */
import assert from 'node:assert/strict';
import { devEntries } from './dev';
import { heldOutEntries } from './held-out';
import { corpusAvailable, describe as describeScored, scoreEntries, summarise, type Score } from './score';

const minimumPrecision = 0.9;
const minimumRecall = 0.85;

function line(name: string, score: Score): string {
	return `${name}: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} (${score.total} entries: ${score.truePositives} TP, ${score.falsePositives} FP, ${score.falseNegatives} FN)`;
}

suite('blame dev set', () => {
	const withCorpus = corpusAvailable();

	test('the set is large enough and labelled both ways', () => {
		const all = [...devEntries, ...heldOutEntries];
		assert.ok(all.length >= 200, `${all.length} entries`);
		assert.ok(all.filter((entry) => entry.label === 'blame').length >= 60);
		assert.ok(all.filter((entry) => entry.label === 'neutral').length >= 100);
		assert.ok(heldOutEntries.length >= 0.3 * all.length, 'at least 30% held out');
	});

	for (const [name, entries] of [['dev', devEntries], ['held-out', heldOutEntries]] as const) {
		test(`${name} part: precision ≥ ${minimumPrecision}, recall ≥ ${minimumRecall}`, () => {
			if (!withCorpus) {
				console.log('      corpus entries skipped: ../shared/corpus not found');
			}
			const scored = scoreEntries(entries, withCorpus);
			const score = summarise(scored);
			console.log(`      ${line(name, score)}`);
			for (const wrong of scored.filter((entry) => entry.predicted !== entry.entry.label)) {
				console.log(`        ${describeScored(wrong).replace(/\n/g, '\n        ')}`);
			}
			assert.ok(score.precision >= minimumPrecision, line(name, score));
			assert.ok(score.recall >= minimumRecall, line(name, score));
		});
	}
});
