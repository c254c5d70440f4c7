/**
 * The disable quick fix on real documents: for lines with prose in every corpus file (every sentence's
 * first word is a finding of a test rule), applying the fix keeps the markdown-it rendering, silences that
 * finding and adds none. Lines are sampled evenly so the suite stays within a few seconds.
 */
import assert from 'node:assert/strict';
import { lineAt } from '../../../server/src/model/text';
import { corpusFiles, requireCorpus } from '../corpus';
import { checkDisable } from './disable-check';
import { analyse, everySentenceRule } from './helpers';

const linesPerFile = Number(process.env.DISABLE_CORPUS_LINES ?? 8);

suite('features/disable-comment on the corpus', () => {
	test('every sampled line of every corpus file: same rendering, finding gone, nothing new', function () {
		requireCorpus(this);
		this.timeout(120_000);
		const titles = new Map<string, number>();
		let checked = 0;
		for (const file of corpusFiles()) {
			const analysed = analyse(file.text, [everySentenceRule]);
			const { analysis } = analysed;
			const lines = [...new Set(analysis.findings.map((finding) => lineAt(analysis.doc.lineStarts, finding.span.start)))];
			const step = Math.max(1, Math.floor(lines.length / linesPerFile));
			for (let index = 0; index < lines.length; index += step) {
				const line = lines[index];
				const pick = (finding: { span: { start: number } }): boolean => lineAt(analysis.doc.lineStarts, finding.span.start) === line;
				try {
					const { action } = checkDisable(file.text, [everySentenceRule], pick, true, analysed);
					const scope = action.title.replace('Disable test/every-sentence for ', '');
					titles.set(scope, (titles.get(scope) ?? 0) + 1);
				} catch (error) {
					assert.fail(`${file.name} line ${line + 1}: ${error instanceof Error ? error.message : String(error)}`);
				}
				checked++;
			}
		}
		console.log(`      ${checked} lines checked; scopes: ${[...titles].map(([scope, count]) => `${scope} ${count}`).join(', ')}`);
		assert.ok(checked > 300);
	});
});
