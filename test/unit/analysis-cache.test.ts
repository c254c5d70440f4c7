/**
 * The server keeps few analyses: models are ~20 bytes per character of text, so the cache is bounded by count
 * and by total text length, evicts the least recently used, and always keeps the one just made.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultConfig } from '../../server/src/config';
import { AnalysisCache, maxCachedAnalyses, maxCachedTextLength } from '../../server/src/documents';
import type { DocumentSettings } from '../../server/src/settings';
import { testToday } from './helpers';

const settings: DocumentSettings = { enable: true, config: defaultConfig, debounceMs: undefined, relativePath: undefined };
const small = '# Checkout outage\n\n## Impact\n\nCheckout failed for 20 minutes.\n';

function documentOf(name: string, text = small, version = 1): TextDocument {
	return TextDocument.create(`file:///postmortems/${name}.md`, 'markdown', version, text);
}

suite('AnalysisCache', () => {
	test('answers the same version from the cache and a new version with a new analysis', () => {
		const cache = new AnalysisCache(new Set(), () => testToday);
		const first = cache.analyze(documentOf('a'), settings);
		assert.equal(cache.analyze(documentOf('a'), settings), first);
		const edited = cache.analyze(documentOf('a', `${small}More.\n`, 2), settings);
		assert.notEqual(edited, first);
		assert.equal(edited.version, 2);
	});

	test(`keeps at most ${maxCachedAnalyses}, dropping the least recently used`, () => {
		const cache = new AnalysisCache(new Set(), () => testToday);
		const documents = Array.from({ length: maxCachedAnalyses + 1 }, (_, index) => documentOf(`doc-${index}`));
		documents.slice(0, maxCachedAnalyses).forEach((document) => cache.analyze(document, settings));
		cache.analyze(documents[0], settings); // used again: now the most recent
		cache.analyze(documents[maxCachedAnalyses], settings);
		assert.notEqual(cache.current(documents[0]), undefined);
		assert.equal(cache.current(documents[1]), undefined, 'the least recently used is dropped');
		documents.slice(2).forEach((document) => assert.notEqual(cache.current(document), undefined));
	});

	test('drops older analyses when the texts together are too long, but keeps the newest however long', () => {
		const cache = new AnalysisCache(new Set(), () => testToday);
		const long = `${small}${'Checkout failed again. '.repeat(Math.ceil(maxCachedTextLength / 2 / 23))}\n`;
		const first = documentOf('first', long);
		const second = documentOf('second', long);
		cache.analyze(documentOf('tiny'), settings);
		cache.analyze(first, settings);
		cache.analyze(second, settings);
		assert.equal(cache.current(first), undefined, 'two long texts exceed the budget: the older goes');
		assert.notEqual(cache.current(second), undefined);
		assert.equal(cache.current(documentOf('tiny')), undefined, 'older than the dropped one, so dropped first');
		const huge = documentOf('huge', `${small}${'x'.repeat(maxCachedTextLength + 1)}\n`);
		cache.analyze(huge, settings);
		assert.notEqual(cache.current(huge), undefined);
		assert.equal(cache.current(second), undefined);
	});
});
