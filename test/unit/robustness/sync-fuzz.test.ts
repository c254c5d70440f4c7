/**
 * Differential fuzzing of incremental sync, in process: the server's document store (TextDocuments uses
 * vscode-languageserver-textdocument's update) and the analysis cache, against an independent reference
 * applier and a from-scratch analysis of the same text. Every failing seed is printed; freeze it below.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultConfig } from '../../../server/src/config';
import { AnalysisCache } from '../../../server/src/documents';
import { toDiagnostic } from '../../../server/src/features/diagnostics';
import type { DocumentSettings } from '../../../server/src/settings';
import { testToday } from '../helpers';
import { randomChange, seededRandom, startingDocuments } from './edit-generator';
import { referenceApply, referenceLineStarts, type ContentChange } from './reference-document';

export const fuzzSequences = Number(process.env.POSTMORTEM_FUZZ_SEQUENCES ?? 10_000);
const uri = 'file:///fuzz/postmortems/incident.md';
const settings: DocumentSettings = { enable: true, config: defaultConfig, debounceMs: 0, relativePath: 'postmortems/incident.md' };

function diagnosticsOf(cache: AnalysisCache, document: TextDocument): unknown[] {
	return cache.analyze(document, settings).findings.map((finding) => toDiagnostic(document, finding, 'docs/'));
}

/** Runs one seeded sequence; throws with the seed and the step on the first divergence. */
export function runSequence(seed: number): number {
	const random = seededRandom(seed);
	let reference = startingDocuments[Math.floor(random() * startingDocuments.length)];
	let document = TextDocument.create(uri, 'markdown', 1, reference);
	const incremental = new AnalysisCache(new Set(), () => testToday);
	diagnosticsOf(incremental, document);
	const batches = 1 + Math.floor(random() * 4);
	for (let batch = 0; batch < batches; batch++) {
		const changes: ContentChange[] = [];
		const count = 1 + Math.floor(random() * 6);
		let working = reference;
		for (let index = 0; index < count; index++) {
			const change = randomChange(random, working);
			changes.push(change);
			working = referenceApply(working, [change]);
		}
		reference = referenceApply(reference, changes);
		document = TextDocument.update(document, changes, document.version + 1);
		const context = `seed ${seed}, batch ${batch}: ${JSON.stringify(changes)}`;
		assert.equal(document.getText(), reference, `text diverged (${context})`);
		assert.equal(document.lineCount, referenceLineStarts(reference).length, `line count diverged (${context})`);
		const scratch = TextDocument.create(uri, 'markdown', document.version, reference);
		assert.deepEqual(diagnosticsOf(incremental, document), diagnosticsOf(new AnalysisCache(new Set(), () => testToday), scratch), `diagnostics diverged (${context})`);
	}
	return batches;
}

/** Seeds that once failed, kept as named regression tests. */
const frozenSeeds: readonly { readonly name: string; readonly seed: number }[] = [];

suite('sync fuzzing (in process)', function () {
	this.timeout(600_000);

	for (const { name, seed } of frozenSeeds) {
		test(`frozen seed ${seed}: ${name}`, () => {
			runSequence(seed);
		});
	}

	test(`${fuzzSequences.toLocaleString('en')} seeded edit sequences: text, lines and diagnostics equal a from-scratch analysis`, () => {
		const base = Number(process.env.POSTMORTEM_FUZZ_SEED ?? 20261123);
		let batches = 0;
		for (let index = 0; index < fuzzSequences; index++) {
			const seed = base + index;
			try {
				batches += runSequence(seed);
			} catch (error) {
				console.log(`\n      sync fuzz failed at seed ${seed}; freeze it in frozenSeeds (sync-fuzz.test.ts)`);
				throw error;
			}
		}
		console.log(`      ${fuzzSequences} sequences, ${batches} didChange batches, 0 divergences`);
	});

	test('named scenarios from other servers\' bugs', () => {
		const cases: readonly [string, string, ContentChange[]][] = [
			['insert between CR and LF', 'a\r\nb', [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: 'X' }]],
			['insert CR before LF', 'a\nb', [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: '\r' }]],
			['LF after a final CR', 'a\r', [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }]],
			['delete half of a CRLF', 'a\r\nb', [{ range: { start: { line: 0, character: 1 }, end: { line: 1, character: 0 } }, text: '\r' }]],
			['second change in the first one\'s coordinates', 'abc\ndef', [
				{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x\n' },
				{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, text: 'Z' },
			]],
			['ranges past the end', 'ab', [{ range: { start: { line: 5, character: 0 }, end: { line: 9, character: 9 } }, text: '!' }]],
			['a full replacement in the middle of a batch', 'abc', [
				{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: 'z' },
				{ text: 'new' },
				{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: '!' },
			]],
			['half a surrogate pair deleted by a hostile client', '😀x', [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, text: '' }]],
		];
		for (const [name, text, changes] of cases) {
			const updated = TextDocument.update(TextDocument.create(uri, 'markdown', 1, text), changes, 2);
			assert.equal(updated.getText(), referenceApply(text, changes), name);
			const cache = new AnalysisCache(new Set(), () => testToday);
			assert.deepEqual(diagnosticsOf(cache, updated), diagnosticsOf(new AnalysisCache(new Set(), () => testToday), TextDocument.create(uri, 'markdown', 2, updated.getText())), name);
		}
	});
});
