/**
 * Headless Debian Chromium (driven by playwright-core, no browser download) serving the REAL webview:
 * the HTML shell from `previewHtml`, the built `dist/webview/main.js` and `main.css`, at a made-up origin.
 * Every other request is recorded and refused, so a test can assert that nothing left the page.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { makeNonce, previewHtml } from '../../client/src/preview/preview-html';

export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const origin = 'https://pm-webview.test';
const root = join(__dirname, '..', '..');
const webviewFolder = join(root, 'dist', 'webview');
const inPageScript = join(__dirname, 'in-page.js');

const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export interface Harness {
	readonly context: BrowserContext;
	/** Requests to anything but the shell, the script and the stylesheet (all refused). */
	readonly leaked: string[];
	/** Dialogs (alert, confirm, prompt) that something tried to open (all dismissed). */
	readonly dialogs: string[];
	close(): Promise<void>;
}

/** Fails with the way to install what is missing: this suite must never pass by not running. */
export function assertPrerequisites(): void {
	if (!existsSync(chromiumPath)) {
		throw new Error(`Chromium not found at ${chromiumPath}. Install it with: bash test/webview/ensure-chromium.sh (Debian: apt-get update && apt-get install -y chromium), or set CHROMIUM to its path.`);
	}
	if (!existsSync(join(webviewFolder, 'main.js')) || !existsSync(join(webviewFolder, 'main.css'))) {
		throw new Error('dist/webview/main.js or main.css is missing: run `npm run build` first (npm test does).');
	}
}

export async function launchHarness(): Promise<Harness> {
	assertPrerequisites();
	const profile = mkdtempSync(join(tmpdir(), 'pm-chromium-'));
	const env = { ...process.env, HOME: profile, XDG_CONFIG_HOME: join(profile, 'config'), XDG_CACHE_HOME: join(profile, 'cache'), XDG_DATA_HOME: join(profile, 'data') };
	const context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
		executablePath: chromiumPath,
		headless: true,
		args: chromiumArgs,
		env,
		viewport: { width: 1280, height: 900 },
	});
	const leaked: string[] = [];
	const dialogs: string[] = [];
	const files: Record<string, { body: Buffer; type: string }> = {
		[`${origin}/dist/webview/main.js`]: { body: readFileSync(join(webviewFolder, 'main.js')), type: 'text/javascript' },
		[`${origin}/dist/webview/main.css`]: { body: readFileSync(join(webviewFolder, 'main.css')), type: 'text/css' },
	};
	await context.route('**/*', async (route) => {
		const url = route.request().url();
		if (url === `${origin}/index.html`) {
			await route.fulfill({ contentType: 'text/html', body: shellHtml() });
		} else if (files[url] !== undefined) {
			await route.fulfill({ contentType: files[url].type, body: files[url].body });
		} else {
			leaked.push(url);
			await route.abort();
		}
	});
	context.on('request', (request) => {
		const url = request.url();
		if (url !== `${origin}/index.html` && files[url] === undefined && !url.startsWith('blob:') && !url.startsWith('data:')) {
			leaked.push(url);
		}
	});
	context.on('page', (page) => page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	}));
	const close = async (): Promise<void> => {
		await context.close().catch(() => undefined);
		rmSync(profile, { recursive: true, force: true });
	};
	return { context, leaked, dialogs, close };
}

/** The shell exactly as the panel builds it, with a fresh nonce each time. */
export function shellHtml(): string {
	return previewHtml({
		cspSource: origin,
		nonce: makeNonce(),
		scriptUri: `${origin}/dist/webview/main.js`,
		styleUri: `${origin}/dist/webview/main.css`,
	});
}

/** A page with the stand-in VS Code API and the canaries, showing the webview (optionally with saved state). */
export async function openWebview(harness: Harness, savedState?: unknown): Promise<Page> {
	const page = await harness.context.newPage();
	if (savedState !== undefined) {
		await page.addInitScript((state) => {
			(globalThis as unknown as { __initialState: unknown }).__initialState = state;
		}, savedState);
	}
	await page.addInitScript({ path: inPageScript });
	await page.goto(`${origin}/index.html`);
	await page.waitForFunction('window.__posted.some((message) => message.type === "ready")');
	return page;
}
