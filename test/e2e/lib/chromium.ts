/** Debian's Chromium, headless, through playwright-core (which downloads no browser of its own). */
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const args = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	// Greyscale text edges: the same look, far fewer colours, so screenshots compress to a third.
	'--disable-lcd-text',
	'--force-color-profile=srgb',
];

/** `env` keeps Chromium's per-user state (XDG_*) in the run's throwaway folder. */
export function launchChromium(env: NodeJS.ProcessEnv): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, headless: true, args, env: env as Record<string, string> });
}
