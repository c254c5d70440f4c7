/**
 * The real webview in headless Chromium: what it sends back (reveal requests, exports), what it keeps
 * while hidden, how it follows the theme, and that the canaries the security suite relies on do fire.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseFromWebview } from '../../client/src/preview/messages';
import { buildChartPayload } from '../../server/src/chart/chart-data';
import type { ChartPayload } from '../../server/src/chart/types';
import { defaultLayerOrder } from '../../server/src/config';
import { parsePostmortem } from '../../server/src/model/parse';
import { payloads, prefixDocument } from './hostile';
import { launchHarness, openWebview, type Harness } from './chromium';

interface PageHelpers {
	send(message: unknown): void;
	posted(): unknown[];
	clearPosted(): void;
	state(): unknown;
}
declare const window: { __pm: PageHelpers };

const uri = 'file:///work/postmortems/checkout.md';
const text = [
	'# Checkout outage',
	'',
	'## Contributing factors',
	'',
	'- **Testing**: no test covered the empty-cart path.',
	'- **Alerting**: the error-rate alert waited 30 minutes.',
	'- **Testing**: staging had no real traffic.',
	'',
].join('\n');

function payloadOf(source: string, version: number, extra: Partial<ChartPayload> = {}): ChartPayload {
	return { ...buildChartPayload({ uri, version, doc: parsePostmortem(source), isPostmortem: true, layerOrder: defaultLayerOrder }), ...extra };
}

async function send(page: Page, message: unknown): Promise<void> {
	await page.evaluate((value) => window.__pm.send(value), message);
}

async function show(page: Page, payload: ChartPayload): Promise<void> {
	await send(page, { type: 'update', source: payload.uri, payload });
	await page.locator(`#app[data-version="${payload.version}"]`).waitFor();
}

async function nextPosted(page: Page, type: string): Promise<Record<string, unknown>> {
	await page.waitForFunction((wanted) => window.__pm.posted().some((message) => (message as { type: string }).type === wanted), type);
	const message = (await page.evaluate(() => window.__pm.posted())).find((candidate) => (candidate as { type: string }).type === type);
	await page.evaluate(() => window.__pm.clearPosted());
	return message as Record<string, unknown>;
}

suite('webview in Chromium: interaction', function () {
	this.timeout(120_000);
	let harness: Harness;
	let page: Page;

	suiteSetup(async () => {
		harness = await launchHarness();
		page = await openWebview(harness);
		await page.evaluate(() => window.__pm.clearPosted());
	});

	suiteTeardown(async () => {
		await harness?.close();
	});

	test('a click on a hole, or Enter on a focused hole, asks to reveal that factor in this document', async () => {
		const payload = payloadOf(text, 1);
		await show(page, payload);
		const second = payload.layout.holes.find((hole) => hole.number === 2);
		assert.ok(second);
		await page.locator('.pm-hole[data-hole="2"]').click();
		const clicked = await nextPosted(page, 'reveal');
		assert.deepEqual(clicked, { type: 'reveal', source: uri, line: second.line, hole: 2 });
		assert.ok(parseFromWebview(clicked), 'the extension accepts what the webview sends');
		await page.locator('.pm-hole[data-hole="3"]').focus();
		await page.keyboard.press('Enter');
		const third = payload.layout.holes.find((hole) => hole.number === 3);
		assert.deepEqual(await nextPosted(page, 'reveal'), { type: 'reveal', source: uri, line: third?.line, hole: 3 });
		await page.locator('.pm-legend-entry[data-hole="1"]').click();
		assert.equal((await nextPosted(page, 'reveal')).hole, 1, 'legend entries reveal too');
	});

	test('holes are focusable buttons named by their factor; hovering shows the factor', async () => {
		await show(page, payloadOf(text, 2));
		const hole = page.locator('.pm-hole[data-hole="1"]');
		assert.equal(await hole.getAttribute('tabindex'), '0');
		assert.equal(await hole.getAttribute('role'), 'button');
		assert.match((await hole.getAttribute('aria-label')) ?? '', /^Factor 1, Testing: no test covered the empty-cart path\.$/);
		await hole.hover();
		assert.match((await page.locator('.pm-detail').textContent()) ?? '', /no test covered the empty-cart path/);
	});

	test('highlight marks the hole and its legend entry; a late older version does not replace a newer one', async () => {
		await show(page, payloadOf(text, 10));
		await send(page, { type: 'highlight', source: uri, hole: 2 });
		await page.locator('.pm-highlight').first().waitFor();
		assert.equal(await page.locator('.pm-highlight').count(), 2);
		await send(page, { type: 'highlight', source: 'file:///other.md', hole: 1 });
		await send(page, { type: 'update', source: uri, payload: payloadOf(`${text}- **Runbooks**: none\n`, 9) });
		await page.waitForTimeout(100);
		assert.equal(await page.locator('#app').getAttribute('data-version'), '10');
		assert.deepEqual(await page.locator('.pm-highlight').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-hole'))), ['2', '2']);
	});

	test('the timeline figures and the action-item summary show when the payload has them', async () => {
		await show(page, payloadOf(text, 20, { metrics: { timeToDetectMinutes: 12, timeToMitigateMinutes: 95 }, actionItems: { items: 4, owned: 3, dated: 2, tracked: 1 } }));
		assert.equal(await page.locator('.pm-metrics').textContent(), 'Time to detect12 minTime to mitigate1 h 35 min');
		assert.match((await page.locator('.pm-action-items').textContent()) ?? '', /4 · 3 with an owner · 2 with a due date · 1 tracked/);
		await show(page, payloadOf(text, 21));
		assert.equal(await page.locator('.pm-metrics').count(), 0);
	});

	test('state saved while hidden draws at once when the webview comes back', async () => {
		const payload = payloadOf(text, 30);
		await show(page, payload);
		const saved = await page.evaluate(() => window.__pm.state());
		assert.deepEqual((saved as { payload: ChartPayload }).payload, payload);
		const restored = await openWebview(harness, saved);
		assert.equal(await restored.locator('#app').getAttribute('data-version'), '30', 'drawn before any message arrives');
		assert.deepEqual(await restored.evaluate(() => window.__pm.posted()), [{ type: 'ready', source: uri }]);
		await restored.close();
	});

	test('colours follow the editor theme variables, and high contrast draws outlines', async () => {
		await show(page, payloadOf(text, 40));
		const faceFill = async (): Promise<string> => String(await page.evaluate(`getComputedStyle(document.querySelector('.pm-slice-face')).fill`));
		await page.evaluate(`(() => {
			document.documentElement.style.setProperty('--vscode-charts-yellow', 'rgb(1, 2, 3)');
			document.documentElement.style.setProperty('--vscode-editor-background', 'rgb(4, 5, 6)');
			document.body.className = 'vscode-dark';
		})()`);
		assert.equal(await faceFill(), 'rgb(1, 2, 3)');
		await page.evaluate(`document.body.className = 'vscode-high-contrast'`);
		assert.equal(await faceFill(), 'rgb(4, 5, 6)');
		await page.evaluate(`document.body.className = ''`);
	});

	test('PNG export draws the chart through the canvas under the policy and sends a PNG back', async () => {
		for (const [index, payloadText] of [[0, text], [1, prefixDocument(payloads[5])], [2, prefixDocument(payloads[payloads.length - 3])]] as const) {
			const payload = payloadOf(payloadText, 50 + index);
			await show(page, payload);
			await page.locator('.pm-export-png').click();
			const message = await nextPosted(page, 'savePng');
			assert.ok(parseFromWebview(message), 'a valid savePng message');
			const png = Buffer.from(String(message.data), 'base64');
			assert.equal(png.readUInt32BE(16), Math.floor(payload.layout.width * 2), 'IHDR width: the chart at twice its size');
			await page.locator('.pm-export-svg').click();
			assert.deepEqual(await nextPosted(page, 'exportSvg'), { type: 'exportSvg', source: uri });
		}
	});

	test('corpus postmortems render in the webview', async function () {
		const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'postmortems');
		if (!existsSync(corpus)) {
			console.log('skipped: ../shared/corpus not found');
			this.skip();
		}
		let version = 100;
		let holes = 0;
		for (const file of readdirSync(corpus).filter((name) => name.endsWith('.md'))) {
			const payload = { ...payloadOf(readFileSync(join(corpus, file), 'utf8'), version++) };
			await show(page, payload);
			assert.equal(await page.locator('.pm-hole').count(), payload.layout.holes.length, file);
			holes += payload.layout.holes.length;
		}
		assert.ok(holes > 100);
	});

	test('the canaries notice markup that gets into the page (so a clean report means something)', async () => {
		const probe = await openWebview(harness);
		await probe.evaluate(`(() => {
			const div = document.createElement('div');
			div.setAttribute('onclick', 'window.__pwned = 1');
			document.body.appendChild(div);
			const script = document.createElement('script');
			script.textContent = 'window.__pwned = 1';
			document.body.appendChild(script);
		})()`);
		await probe.waitForFunction('window.__violations.length > 0');
		const report = (await probe.evaluate('({ pwned: window.__pwned, violations: window.__violations, scripts: document.scripts.length })')) as { pwned: number; violations: string[]; scripts: number };
		assert.equal(report.scripts, 2, 'the probe script is in the page');
		assert.equal(report.pwned, 0, 'the policy kept it from running');
		assert.ok(report.violations.some((violation) => violation.startsWith('script-src')), report.violations.join('; '));
		const before = harness.leaked.length;
		await probe.evaluate(`window.location.href = 'https://evil.test/away'`).catch(() => undefined);
		await probe.waitForTimeout(300);
		assert.ok(harness.leaked.slice(before).some((url) => url.startsWith('https://evil.test/')), 'a request that leaves is recorded');
		await probe.close();
	});
});
