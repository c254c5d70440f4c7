/**
 * Runs the mocha suite inside code-server's extension host. The workbench takes the same two paths as
 * @vscode/test-electron (extensionDevelopmentPath, extensionTestsPath) from the URL's `payload`, runs the
 * suite's `run()`, and reports its log lines and exit code through two functions the page exposes.
 */
import * as fs from 'node:fs';
import { format } from 'node:util';
import type { Browser } from 'playwright-core';
import type { CodeServer } from './code-server';
import { log } from './log';

export interface SuiteResult {
	readonly exitCode: number;
	readonly passed: number;
	readonly failed: number;
	readonly skipped: number;
}

/** The gallery cannot be reached from here and says so; that is not a test failure. */
const noise = /ENOTFOUND|ERR_NAME_NOT_RESOLVED|AccountPolicyGate|queryRawGalleryExtensions|getaddrinfo|^\s+at /;

export function workbenchUrl(server: CodeServer, folder: string, payload?: ReadonlyArray<[string, string]>): string {
	const query = new URLSearchParams({ folder });
	if (payload !== undefined) {
		query.set('payload', JSON.stringify(payload));
	}
	return `${server.url}?${query.toString()}`;
}

export async function runSuite(server: CodeServer, browser: Browser, options: { host: string; suite: string; folder: string; timeoutMs: number }): Promise<SuiteResult> {
	const remote = (file: string): string => `vscode-remote://${server.authority}${file}`;
	const url = workbenchUrl(server, options.folder, [
		['extensionDevelopmentPath', remote(options.host)],
		['extensionTestsPath', remote(options.suite)],
	]);
	const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
	let summary = '';
	// The workbench repeats some errors once per extension or grammar; each distinct message is shown once.
	const shown = new Set<string>();
	let finish: (code: number) => void = () => undefined;
	const finished = new Promise<number>((resolve) => (finish = resolve));
	await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown) => {
		if (process.env.E2E_RAW_LOG) {
			fs.appendFileSync(process.env.E2E_RAW_LOG, `${JSON.stringify([_type, args])}\n`);
		}
		const line = format(...(Array.isArray(args) ? args : [args]));
		if (/^suite: \d+ passed/.test(line)) {
			summary = line;
		}
		if (process.env.E2E_VERBOSE !== undefined || (!noise.test(line) && !shown.has(line))) {
			shown.add(line);
			console.log(line);
		}
	});
	await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
	try {
		await page.goto(url);
		log('workbench opened; the suite runs in its extension host');
		let timer: NodeJS.Timeout | undefined;
		const timeout = new Promise<number>((_, reject) => {
			timer = setTimeout(() => reject(new Error(`the in-editor suite did not finish within ${options.timeoutMs / 1000} s`)), options.timeoutMs);
		});
		const exitCode = await Promise.race([finished, timeout]).finally(() => clearTimeout(timer));
		const [passed, failed, skipped] = (summary.match(/\d+/g) ?? ['0', '0', '0']).map(Number);
		// A suite that crashed before mocha reported anything has exit code != 0 and no counts: one failure.
		return { exitCode, passed, failed: exitCode !== 0 && failed === 0 ? 1 : failed, skipped };
	} finally {
		await page.close().catch(() => undefined);
	}
}
