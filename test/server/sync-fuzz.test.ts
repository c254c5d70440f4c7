/**
 * Sync fuzzing over stdio against the real built server (debounce 0): after every didChange batch the
 * published diagnostics for that version equal a from-scratch analysis of the reference text.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultConfig } from '../../server/src/config';
import { AnalysisCache } from '../../server/src/documents';
import { docsBaseUri, toDiagnostic } from '../../server/src/features/diagnostics';
import { randomChange, seededRandom, startingDocuments } from '../unit/robustness/edit-generator';
import { referenceApply, type ContentChange } from '../unit/robustness/reference-document';
import { TestLspClient } from './lsp-client';

const sequences = Number(process.env.POSTMORTEM_STDIO_FUZZ_SEQUENCES ?? 200);
const docsBase = docsBaseUri();

function expectedDiagnostics(uri: string, version: number, text: string): unknown[] {
	const document = TextDocument.create(uri, 'markdown', version, text);
	const settings = { enable: true, config: defaultConfig, debounceMs: 0, relativePath: 'postmortems/incident.md' };
	return new AnalysisCache(new Set()).analyze(document, settings).findings.map((finding) => JSON.parse(JSON.stringify(toDiagnostic(document, finding, docsBase))));
}

suite('sync fuzzing over stdio', function () {
	this.timeout(600_000);
	let client: TestLspClient;

	suiteSetup(async () => {
		client = new TestLspClient({ settings: { debounceMs: 0 }, rootPath: '/fuzz' });
		await client.initialize();
	});

	suiteTeardown(async () => {
		await client.shutdown();
	});

	test(`${sequences} seeded sequences: published diagnostics equal a from-scratch analysis, version by version`, async () => {
		const base = Number(process.env.POSTMORTEM_FUZZ_SEED ?? 7_000_000);
		let batches = 0;
		for (let index = 0; index < sequences; index++) {
			const seed = base + index;
			const random = seededRandom(seed);
			const uri = `file:///fuzz/postmortems/incident-${index}.md`;
			let text = startingDocuments[Math.floor(random() * startingDocuments.length)];
			let version = 1;
			await client.open(uri, text, version);
			const count = 1 + Math.floor(random() * 4);
			for (let batch = 0; batch < count; batch++, batches++) {
				const changes: ContentChange[] = [];
				for (let change = 1 + Math.floor(random() * 6); change > 0; change--) {
					const next = randomChange(random, referenceApply(text, changes));
					changes.push(next);
				}
				text = referenceApply(text, changes);
				version++;
				await client.change(uri, version, changes);
				const expectedVersion = version;
				const published = await client.waitForDiagnostics(uri, (p) => p.version === expectedVersion);
				assert.deepEqual(published.diagnostics, expectedDiagnostics(uri, version, text), `seed ${seed}, batch ${batch}: ${JSON.stringify(changes)}`);
			}
			await client.close(uri);
		}
		console.log(`      ${sequences} sequences, ${batches} batches over stdio, 0 divergences`);
	});
});
