/**
 * Renders `postmortem chart` output to PNG in Debian Chromium, to look at and for the README images:
 *
 *   npx tsx test/webview/render-chart-images.ts OUT_DIR FILE.md [FILE.md…]
 *
 * Writes OUT_DIR/<name>-light.png and -dark.png (and the .svg beside them with --keep-svg). With no
 * arguments it regenerates docs/images from the example postmortem in docs/examples.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { main } from '../../server/src/cli';
import { assertPrerequisites, chromiumPath } from './chromium';

const root = join(__dirname, '..', '..');

async function chartSvg(file: string, theme: 'light' | 'dark'): Promise<string> {
	let svg = '';
	const code = await main(['chart', file, '--theme', theme], { cwd: root, stdout: { write: (text: string) => (svg += text) }, stderr: process.stderr });
	if (code !== 0) {
		throw new Error(`postmortem chart ${file} exited with ${code}`);
	}
	return svg;
}

async function run(): Promise<void> {
	const args = process.argv.slice(2).filter((arg) => arg !== '--keep-svg');
	const keepSvg = process.argv.includes('--keep-svg');
	const [outDir, ...files] = args.length > 0 ? args : ['docs/images', 'docs/examples/2026-11-18-checkout-outage-postmortem.md'];
	assertPrerequisites();
	mkdirSync(resolve(root, outDir), { recursive: true });
	const profile = mkdtempSync(join(tmpdir(), 'pm-render-'));
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile },
	});
	try {
		for (const file of files) {
			const name = basename(file).replace(/\.md$/i, '');
			for (const theme of ['light', 'dark'] as const) {
				const svg = await chartSvg(resolve(root, file), theme);
				const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svg);
				const page = await browser.newPage({ viewport: { width: Math.ceil(Number(size?.[1] ?? 800)), height: Math.ceil(Number(size?.[2] ?? 600)) } });
				await page.route('**/*', (route) => route.abort());
				await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body></html>`);
				const out = resolve(root, outDir, `${name}-${theme}.png`);
				await page.screenshot({ path: out });
				await page.close();
				if (keepSvg) {
					writeFileSync(out.replace(/\.png$/, '.svg'), svg);
				}
				console.log(`${out} (${Math.round(readFileSync(out).length / 1024)} KB)`);
			}
		}
	} finally {
		await browser.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

run().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
