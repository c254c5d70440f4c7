/**
 * Drives the workbench as a person would, with the extension installed from the .vsix: opens a postmortem,
 * finds the squiggle and the Problems row, hovers, types a timeline entry and picks from the completion
 * list, opens the Swiss cheese preview, edits a factor and clicks a hole. Saves docs/images/editor-*.png.
 * Each step is a check; a failing step leaves .e2e/ui-failure.png, and the steps after it do not run.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
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
	/** The postmortem's lines as the drive has edited them, to go to a line by number. */
	readonly lines: string[];
}

type Step = (drive: Drive) => Promise<string>;

export async function driveUi(server: CodeServer, browser: Browser, folder: string, outDir: string): Promise<UiResult> {
	const page = await browser.newPage({ viewport });
	page.on('pageerror', (error) => log('page error:', error.message));
	const lines = fs.readFileSync(path.join(folder, 'postmortems', postmortemFile), 'utf8').split('\n');
	const drive: Drive = { page, outDir, lines };
	const steps: Array<[string, Step]> = [
		['the workbench opens the fixture folder', (d) => openWorkbench(d, workbenchUrl(server, folder))],
		['a postmortem opens and gets a squiggle', openPostmortem],
		['the Problems panel lists the rule id', problemsRow],
		['hovering "human error" shows why it is flagged', hoverSquiggle],
		['typing a new timeline entry offers the next timestamps', completeTimestamp],
		['the Swiss cheese preview opens beside the postmortem', openPreview],
		['the chart follows an edit: a new factor adds a hole', chartFollowsEdit],
		['clicking a hole puts the cursor on its factor', clickHole],
		['the extension page shows the README', extensionPage],
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

async function openPostmortem(drive: Drive): Promise<string> {
	const { page } = drive;
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
	await goToLineWith(drive, '10:31 Mira found');
	await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 30_000 });
	return `status bar "${(await status.innerText()).trim()}", ${await page.locator('.monaco-editor .squiggly-warning').count()} warning squiggles in view`;
}

async function problemsRow({ page }: Drive): Promise<string> {
	await runCommand(page, 'View: Focus Problems');
	const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'timeline/out-of-order' }).first();
	await row.waitFor({ timeout: 30_000 });
	return (await row.innerText()).replace(/\s+/g, ' ');
}

/** Brings the blaming sentence into view and hovers "human error": the message and its quick fix show. */
async function hoverSquiggle(drive: Drive): Promise<string> {
	const { page, outDir } = drive;
	const sentence = 'The root cause was human error';
	await goToLineWith(drive, sentence, 1);
	const hover = page.locator('.monaco-hover', { hasText: 'Human error' }).first();
	await waitWithRetry(() => hoverText(page, sentence, 'The root cause was '.length + 3), hover, 'the hover on "human error"');
	// The editor, its hover and the Problems panel; the file tree adds nothing.
	return screenshot(page, outDir, 'editor-diagnostics.png', { x: 352, y: 36, width: 928, height: 724 });
}

/**
 * Puts the cursor at the end of the first line containing `text` with Go to Line (Ctrl+G), which always
 * lands on the same place; the Find widget kept the focus now and then, and the keys went into it.
 */
export async function goToLineWith(drive: Drive, text: string, column = 10_000): Promise<number> {
	const index = drive.lines.findIndex((line) => line.includes(text));
	if (index < 0) {
		throw new Error(`no line of the postmortem contains "${text}"`);
	}
	const { page } = drive;
	// Ctrl+G goes to a line of the focused editor: focus the postmortem's group (the preview opens beside it).
	await page.keyboard.press('Control+1');
	await page.locator('.editor-group-container').first().locator('.monaco-editor.focused').waitFor({ timeout: 10_000 });
	await page.keyboard.press('Control+G');
	const input = page.locator('.quick-input-widget input');
	await input.waitFor({ state: 'visible', timeout: 10_000 });
	await input.fill(`:${index + 1}:${column}`);
	await page.keyboard.press('Enter');
	await input.waitFor({ state: 'hidden', timeout: 10_000 });
	await page.locator('.statusbar-item', { hasText: new RegExp(`^\\s*Ln ${index + 1},`) }).first().waitFor({ timeout: 10_000 });
	return index;
}

/**
 * Saves a screenshot for the README, squeezed by pngquant when it is installed (the README's images ship
 * inside the .vsix, which must stay under 1 MB). Returns the name and size.
 */
async function screenshot(page: Page, outDir: string, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<string> {
	const file = path.join(outDir, name);
	await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
	const squeezed = spawnSync('pngquant', ['--quality=70-95', '--speed=1', '--strip', '--force', '--output', file, file]);
	const note = squeezed.error === undefined && squeezed.status === 0 ? '' : ' (pngquant not available: not squeezed)';
	return `${name} ${(fs.statSync(file).size / 1024).toFixed(0)} KB${note}`;
}

/** Opens an empty line below the first line containing `text`, and records it in `drive.lines`. */
async function openLineAfter(drive: Drive, text: string, newLine: string): Promise<void> {
	const index = await goToLineWith(drive, text);
	await drive.page.keyboard.press('Enter');
	// Markdown may continue the list on Enter: select what it wrote, so that the typing replaces it.
	await drive.page.keyboard.press('Shift+Home');
	drive.lines.splice(index + 1, 0, newLine);
}

/** Does `act` until `target` shows (up to three times, five seconds each): hovers need the mouse to settle. */
async function waitWithRetry(act: () => Promise<void>, target: import('playwright-core').Locator, what: string): Promise<void> {
	for (let attempt = 0; attempt < 3; attempt++) {
		await act();
		if (await target.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false)) {
			return;
		}
	}
	throw new Error(`${what} did not show`);
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
	const x = box.x + charWidth * (text.indexOf(lineText) + column + 0.5);
	const y = box.y + box.height / 2;
	// The editor shows a hover after the mouse moves and rests over a word: come in from the side.
	await page.mouse.move(x - 3 * charWidth, y);
	await page.mouse.move(x, y, { steps: 5 });
}

async function completeTimestamp(drive: Drive): Promise<string> {
	const { page, outDir } = drive;
	await openLineAfter(drive, 'Index lag back under 30 seconds.', '- 12:4x Status page updated to resolved.');
	// The space after "-" is a trigger character: the list opens by itself, as it does for a person typing.
	await page.keyboard.type('- ', { delay: 50 });
	const row = page.locator('.suggest-widget .monaco-list-row', { hasText: /^\s*12:4[1-9]/ }).first();
	await row.waitFor({ timeout: 20_000 });
	const offered = (await page.locator('.suggest-widget .monaco-list-row').allInnerTexts()).map((text) => text.split('\n')[0]);
	const shot = await screenshot(page, outDir, 'editor-completion.png', { x: 352, y: 36, width: 928, height: 440 });
	await row.click();
	// Monaco draws spaces as no-break spaces, which \s matches.
	const entry = page.locator('.monaco-editor .view-line', { hasText: /^-\s12:4[1-9]\b/ }).first();
	await entry.waitFor({ timeout: 10_000 });
	await page.keyboard.type('Status page updated to resolved.');
	return `offered ${offered.join(', ')}; inserted "${(await entry.innerText()).replace(/\s+/g, ' ').trim()}"; ${shot}`;
}

async function openPreview({ page }: Drive): Promise<string> {
	// Room for the chart: hide the file tree (Ctrl+B) and the Problems panel (Ctrl+J), both open until now.
	await page.keyboard.press('Control+B');
	await page.keyboard.press('Control+J');
	await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: 10_000 });
	await runCommand(page, 'Postmortem: Open Preview to the Side');
	const chart = await chartFrame(page, 30_000);
	const holes = await chart.locator('.pm-hole[data-hole]').count();
	if (holes < 4) {
		throw new Error(`the chart shows ${holes} holes; the fixture has four layered factors and one more`);
	}
	return `${holes} holes`;
}

/** The webview frame that holds the chart (webviews nest an iframe inside an iframe). */
async function chartFrame(page: Page, timeoutMs: number): Promise<import('playwright-core').Frame> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		for (const frame of page.frames()) {
			if ((await frame.locator('svg.pm-chart').count().catch(() => 0)) > 0) {
				return frame;
			}
		}
		await page.waitForTimeout(200);
	}
	throw new Error('no webview frame shows svg.pm-chart');
}

async function chartFollowsEdit(drive: Drive): Promise<string> {
	const { page } = drive;
	const chart = await chartFrame(page, 5000);
	const before = await chart.locator('.pm-hole[data-hole]').count();
	const factor = '- **Capacity**: The indexer nodes had no headroom for a queue twice the old size.';
	await openLineAfter(drive, 'the upgrade pull request did not link them.', factor);
	await page.keyboard.type(factor);
	await chart.locator('.pm-hole[data-hole]').nth(before).waitFor({ state: 'attached', timeout: 20_000 });
	return `${before} holes before the edit, ${await chart.locator('.pm-hole[data-hole]').count()} after`;
}

async function clickHole({ page, outDir }: Drive): Promise<string> {
	const chart = await chartFrame(page, 5000);
	const hole = chart.locator('.pm-hole[data-hole]').first();
	const line = Number(await hole.getAttribute('data-line'));
	await hole.click();
	const cursor = page.locator('.statusbar-item', { hasText: new RegExp(`^\\s*Ln ${line + 1},`) }).first();
	await cursor.waitFor({ timeout: 15_000 });
	const shot = await screenshot(page, outDir, 'editor-preview.png');
	return `hole ${await hole.getAttribute('data-hole')} → ${(await cursor.innerText()).trim()}; ${shot}`;
}

/**
 * The installed extension's page in the Extensions view shows its README. (Its screenshots are not shown
 * there: VS Code drops image sources that are not https; a gallery serves them from the repository.)
 */
async function extensionPage({ page }: Drive): Promise<string> {
	// The Extensions view lists what is installed first; the gallery is out of reach and lists nothing.
	await page.keyboard.press('Control+Shift+X');
	const item = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Postmortem' }).first();
	await item.waitFor({ timeout: 30_000 });
	await item.click();
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		for (const frame of page.frames()) {
			const headings = await frame.evaluate(() => [...document.querySelectorAll('h2')].map((heading) => heading.textContent ?? '')).catch((): string[] => []);
			if (headings.includes('In the editor') && headings.includes('Other editors')) {
				await page.screenshot({ path: path.join(cacheDir, 'extension-page.png') });
				return `README sections: ${headings.join(', ')}`;
			}
		}
		await page.waitForTimeout(250);
	}
	throw new Error('the extension page does not show the README');
}
