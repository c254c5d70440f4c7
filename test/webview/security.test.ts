/**
 * The real webview in headless Chromium, fed hostile documents through the same path as in the editor
 * (model → chart payload → message → DOM). Nothing may run, nothing may load, the SVG must be well-formed
 * XML holding only allow-listed elements and attributes, and every payload must show up as text.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { buildChartPayload } from '../../server/src/chart/chart-data';
import { renderSvg } from '../../server/src/chart/svg';
import { svgAttributes } from '../../server/src/chart/tree';
import type { ChartPayload } from '../../server/src/chart/types';
import { defaultLayerOrder } from '../../server/src/config';
import { parsePostmortem } from '../../server/src/model/parse';
import { launchHarness, openWebview, type Harness } from './chromium';
import { hostileDocuments, payloads } from './hostile';

interface SvgCheck {
	readonly wellFormed: boolean;
	readonly problems: string[];
}

interface Report {
	readonly version: string | undefined;
	readonly pwned: number;
	readonly violations: string[];
	readonly page: Record<string, number>;
	readonly location: string;
	readonly svg: SvgCheck | null;
	readonly holeNames: string[];
}

interface PageHelpers {
	send(message: unknown): void;
	report(allowed: readonly string[]): Report;
	checkSvgText(text: string, allowed: readonly string[]): SvgCheck;
	posted(): unknown[];
	clearPosted(): void;
	state(): unknown;
}

// The page's global, as in-page.js sets it up (this file is compiled without the DOM library).
declare const window: { __pm: PageHelpers };

const uri = 'file:///work/postmortems/hostile.md';
const allowed = [...svgAttributes];
const cleanPage = { scripts: 1, iframes: 0, metas: 1, links: 1, bases: 0, handlers: 0 };

function payloadFor(text: string, version: number): ChartPayload {
	return buildChartPayload({ uri, version, doc: parsePostmortem(text), isPostmortem: true, layerOrder: defaultLayerOrder });
}

async function render(page: Page, payload: ChartPayload): Promise<Report> {
	await page.evaluate((message) => window.__pm.send(message), { type: 'update', source: payload.uri, payload });
	await page.waitForFunction((version) => (globalThis as unknown as { document: { getElementById(id: string): { dataset: { version?: string } } | null } }).document.getElementById('app')?.dataset.version === version, String(payload.version));
	return page.evaluate((names) => window.__pm.report(names), allowed);
}

function assertClean(report: Report, name: string): void {
	assert.equal(report.pwned, 0, `${name}: a payload ran`);
	assert.deepEqual(report.violations, [], `${name}: content security policy violations`);
	assert.deepEqual(report.page, cleanPage, `${name}: the page gained elements or handlers`);
	assert.ok(report.svg !== null, `${name}: no chart`);
	assert.equal(report.svg.wellFormed, true, `${name}: ${report.svg.problems.join('; ')}`);
	assert.deepEqual(report.svg.problems, [], name);
}

suite('webview in Chromium: hostile documents', function () {
	this.timeout(300_000);
	let harness: Harness;
	let page: Page;

	suiteSetup(async () => {
		harness = await launchHarness();
		page = await openWebview(harness);
	});

	suiteTeardown(async () => {
		await harness?.close();
	});

	test(`${hostileDocuments().length} hostile documents: nothing runs, nothing loads, the SVG is well-formed and holds the text`, async () => {
		const documents = hostileDocuments();
		assert.ok(documents.length >= 100, `only ${documents.length} documents`);
		let version = 1;
		for (const { name, text } of documents) {
			const payload = payloadFor(text, version++);
			assert.ok(payload.layout.holes.length > 0, `${name}: the document has no factor, so the payload never reaches the chart`);
			const report = await render(page, payload);
			assertClean(report, name);
			for (const hole of payload.layout.holes) {
				assert.ok(report.holeNames.some((label) => label.includes(hole.text.slice(0, 40))), `${name}: factor text not shown as text`);
			}
			for (const theme of ['light', 'dark'] as const) {
				const standalone = await page.evaluate(([svg, names]) => window.__pm.checkSvgText(svg, names), [renderSvg(payload.layout, theme), allowed] as const);
				assert.deepEqual(standalone, { wellFormed: true, problems: [] }, `${name}: standalone ${theme} SVG`);
			}
		}
		// Handlers that would fire later (load errors, animations, refresh) get time to do so.
		await page.waitForTimeout(1000);
		const final = await page.evaluate((names) => window.__pm.report(names), allowed);
		assertClean(final, 'after all documents');
		assert.match(final.location, /^https:\/\/pm-webview\.test\/index\.html$/);
		assert.deepEqual([...new Set(harness.leaked)], [], 'requests left the page');
		assert.deepEqual(harness.dialogs, [], 'dialogs opened');
		console.log(`      ${documents.length} hostile documents from ${payloads.length} payloads rendered: 0 executed, 0 requests, 0 CSP violations`);
	});

	test('a payload whose every string and number is hostile still draws only allowed SVG', async () => {
		const base = payloadFor(hostileDocuments()[0].text, 100_000);
		const hostileValue = '"><script>window.__pwned=1</script><svg onload=alert(1)>';
		let count = 0;
		const poison = (value: unknown, key: string): unknown => {
			if (typeof value === 'string' && key !== 'uri') {
				count++;
				return hostileValue;
			}
			if (typeof value === 'number' && key !== 'version') {
				count++;
				return count % 2 === 0 ? hostileValue : Number.NaN;
			}
			if (Array.isArray(value)) {
				return value.map((item) => poison(item, key));
			}
			if (typeof value === 'object' && value !== null) {
				return Object.fromEntries(Object.entries(value).map(([childKey, child]) => [childKey, poison(child, childKey)]));
			}
			return value;
		};
		const poisoned = { ...(poison(base, '') as ChartPayload), metrics: { timeToDetectMinutes: hostileValue }, actionItems: { items: hostileValue } };
		assert.ok(count > 50);
		await page.evaluate((message) => window.__pm.send(message), { type: 'update', source: uri, payload: poisoned });
		await page.waitForTimeout(200);
		const report = await page.evaluate((names) => window.__pm.report(names), allowed);
		assert.equal(report.pwned, 0);
		assert.deepEqual(report.violations, []);
		assert.deepEqual(report.page, cleanPage);
		if (report.svg !== null) {
			assert.deepEqual(report.svg, { wellFormed: true, problems: [] });
		}
		assert.deepEqual(harness.dialogs, []);
	});
});
