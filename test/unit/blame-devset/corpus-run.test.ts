/**
 * The blame rules over every corpus document: prints the warnings per document (read them; see
 * corpus-report.ts to print one document) and checks the run is quiet where it must be.
 */
import assert from 'node:assert/strict';
import { corpusFiles, formatReport, reportDocument, type DocumentReport } from './corpus-report';
import { corpusAvailable } from './score';

suite('blame rules over the corpus', function () {
	let reports: DocumentReport[] = [];

	suiteSetup(function () {
		if (!corpusAvailable()) {
			console.log('skipped: ../shared/corpus not found');
			this.skip();
		}
		reports = corpusFiles().map(reportDocument);
	});

	test('prints blame warnings per document', () => {
		const total = reports.reduce((sum, report) => sum + report.findings.length, 0);
		for (const report of reports.filter((r) => r.findings.length > 0)) {
			console.log(`      ${formatReport(report).replace(/\n/g, '\n      ')}`);
		}
		console.log(`      ${total} blame warning(s) in ${reports.length} documents (${reports.filter((r) => r.findings.length === 0).length} without any)`);
		assert.ok(reports.length >= 60);
	});

	test('templates get no blame warnings', () => {
		for (const report of reports.filter((r) => r.file.startsWith('templates/'))) {
			assert.deepEqual(report.findings.map((f) => `${f.line}: ${f.finding.ruleId} ${f.words}`), [], report.file);
		}
	});

	test('real postmortems average well under one warning-level blame finding each', () => {
		const warnings = reports.flatMap((r) => r.findings).filter((f) => f.finding.severity === 'warning');
		const documents = reports.filter((r) => r.file.startsWith('postmortems/')).length;
		assert.ok(warnings.length <= documents / 4, `${warnings.length} warnings in ${documents} documents`);
	});
});
