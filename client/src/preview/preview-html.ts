/**
 * The webview's HTML shell, its Content Security Policy and its options. Pure (apart from the nonce's
 * random bytes), so tests pin the policy and the Chromium suite renders exactly this shell.
 *
 * The shell holds no document text at all: the script draws the chart from data it receives as a
 * message, with DOM calls only.
 */
import { randomBytes } from 'node:crypto';

export interface ShellParts {
	/** `webview.cspSource`: where the webview's own resources come from. */
	readonly cspSource: string;
	/** Fresh for every HTML the panel sets. */
	readonly nonce: string;
	readonly scriptUri: string;
	readonly styleUri: string;
}

/** 128 random bits from the operating system's generator, base64. */
export function makeNonce(): string {
	return randomBytes(16).toString('base64');
}

/**
 * Nothing by default; the one script and the one stylesheet by nonce; images only from `blob:` URLs the
 * script makes itself (the PNG export draws the chart through an image onto a canvas); no base URL
 * changes, no form targets. No 'unsafe-inline', no 'unsafe-eval'.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
	return [
		"default-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
		'img-src blob:',
		`style-src ${cspSource} 'nonce-${nonce}'`,
		`script-src 'nonce-${nonce}'`,
	].join('; ');
}

export function previewHtml(parts: ShellParts): string {
	const nonce = escapeAttribute(parts.nonce);
	const csp = escapeAttribute(contentSecurityPolicy(parts.cspSource, parts.nonce));
	return `<!DOCTYPE html>
<html lang="en">
<head>
	<meta charset="UTF-8">
	<meta http-equiv="Content-Security-Policy" content="${csp}">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<link rel="stylesheet" nonce="${nonce}" href="${escapeAttribute(parts.styleUri)}">
	<title>Swiss cheese preview</title>
</head>
<body>
	<main id="app"></main>
	<script nonce="${nonce}" src="${escapeAttribute(parts.scriptUri)}"></script>
</body>
</html>`;
}

/**
 * The webview's options: scripts on (the chart is drawn by one), no forms, no command links, and local
 * resources only from the folder that holds the webview's script and stylesheet.
 */
export function webviewOptions<T>(webviewFolder: T): {
	readonly enableScripts: true;
	readonly enableForms: false;
	readonly enableCommandUris: false;
	readonly localResourceRoots: readonly T[];
} {
	return { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: [webviewFolder] };
}

function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
