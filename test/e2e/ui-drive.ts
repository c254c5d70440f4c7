/**
 * Drives the workbench as a person would, with the extension installed from the .vsix: opens a postmortem,
 * finds the squiggle and the Problems row, hovers, and saves screenshots to docs/images/editor-*.png.
 * Each step is a check; a failing step leaves .e2e/ui-failure.png, and the steps after it do not run.
 */
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { CodeServer } from './lib/code-server';
import { log } from './lib/log';
import { cacheDir } from './lib/paths';
import { workbenchUrl } from './lib/workbench';

export interface UiResult {
	readonly passed: number;
	readonly failed: number;
}

const postmortemFile = '2026-11-10-search-index-lag.md';
const viewport = { width: 1280, height: 760 };

interface Drive {
	readonly page: Page;
	readonly outDir: string;
}

type Step = (drive: Drive) => Promise<string>;

export async function driveUi(server: CodeServer, browser: Browser, folder: string, outDir: string): Promise<UiResult> {
	const page = await browser.newPage({ viewport });
	page.on('pageerror', (error) => log('page error:', error.message));
	const drive: Drive = { page, outDir };
	const steps: Array<[string, Step]> = [
		['the workbench opens the fixture folder', (d) => openWorkbench(d, workbenchUrl(server, folder))],
		['a postmortem opens and gets a squiggle', openPostmortem],
		['the Problems panel lists the rule id', problemsRow],
		['hovering the squiggle shows the message', hoverSquiggle],
	];
	let passed = 0;
	let failed = 0;
	for (const [name, step] of steps) {
		try {
			const detail = await step(drive);
			passed++;
			log(`ui ok   ${name}${detail ? `: ${detail}` : ''}`);
		} catch (error) {
			failed++;
			log(`ui FAIL ${name}: ${(error as Error).message.split('\n')[0]}`);
			const failureShot = path.join(cacheDir, 'ui-failure.png');
			await page.screenshot({ path: failureShot }).catch(() => undefined);
			log(`the page at that moment: ${failureShot}`);
			break;
		}
	}
	await page.close().catch(() => undefined);
	return { passed, failed: failed + (failed > 0 ? steps.length - passed - failed : 0) };
}

async function openWorkbench({ page }: Drive, url: string): Promise<string> {
	await page.goto(url);
	await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
	await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'postmortems' }).waitFor({ timeout: 60_000 });
	return '';
}

export async function runCommand(page: Page, title: string): Promise<void> {
	await page.keyboard.press('F1');
	const input = page.locator('.quick-input-widget input');
	await input.waitFor({ state: 'visible', timeout: 15_000 });
	await input.fill(`>${title}`);
	await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15_000 });
	await page.keyboard.press('Enter');
}

async function openPostmortem({ page }: Drive): Promise<string> {
	await page.keyboard.press('Control+P');
	const input = page.locator('.quick-input-widget input');
	await input.waitFor({ state: 'visible' });
	await input.fill(postmortemFile);
	await page.locator('.quick-input-list .monaco-list-row', { hasText: postmortemFile }).first().waitFor();
	await page.keyboard.press('Enter');
	await page.locator('.monaco-editor .view-lines', { hasText: 'Stale search results' }).waitFor({ timeout: 30_000 });
	// The status bar item counts the postmortem's problems once the server has checked it.
	const status = page.locator('.statusbar-item', { hasText: /Postmortem: \d+/ }).first();
	await status.waitFor({ timeout: 60_000 });
	// Squiggles are drawn for visible lines only: bring the out-of-order entry into view.
	await page.locator('.monaco-editor .view-lines').first().click();
	await goToText(page, '10:31 Mira found');
	await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 30_000 });
	return `status bar "${(await status.innerText()).trim()}", ${await page.locator('.monaco-editor .squiggly-warning').count()} warning squiggles in view`;
}

async function problemsRow({ page }: Drive): Promise<string> {
	await runCommand(page, 'View: Focus Problems');
	const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'timeline/out-of-order' }).first();
	await row.waitFor({ timeout: 30_000 });
	return (await row.innerText()).replace(/\s+/g, ' ');
}

/** Scrolls the out-of-order entry into view by searching for it, then hovers its timestamp. */
async function hoverSquiggle({ page, outDir }: Drive): Promise<string> {
	await hoverText(page, '- 10:31 Mira found', '- 10:'.length);
	const hover = page.locator('.monaco-hover', { hasText: 'later than the entry below' }).first();
	await hover.waitFor({ state: 'visible', timeout: 15_000 });
	await page.screenshot({ path: path.join(outDir, 'editor-diagnostics.png') });
	return 'editor-diagnostics.png';
}

/** Puts the cursor on the first occurrence of `text` with the Find widget, then closes it. */
export async function goToText(page: Page, text: string): Promise<void> {
	await page.keyboard.press('Control+F');
	const find = page.locator('.find-widget textarea, .find-widget input').first();
	await find.waitFor({ state: 'visible', timeout: 10_000 });
	await find.fill(text);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Escape');
}

/** Moves the mouse over character `column` of the visible editor line that contains `lineText`. */
export async function hoverText(page: Page, lineText: string, column: number): Promise<void> {
	// The line's own span is as wide as its text (the .view-line div is much wider).
	const line = page.locator('.monaco-editor .view-line', { hasText: lineText }).first().locator(':scope > span');
	await line.waitFor({ timeout: 10_000 });
	const box = await line.boundingBox();
	const text = await line.innerText();
	if (box === null || text.length === 0) {
		throw new Error(`editor line not visible: ${lineText}`);
	}
	const charWidth = box.width / text.length;
	await page.mouse.move(box.x + charWidth * (text.indexOf(lineText) + column + 0.5), box.y + box.height / 2);
}
