// Bundles the extension client, the language server, the CLI and the webview script into dist/.
// Everything the extension needs at run time is inside these bundles, so the .vsix ships no node_modules.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { common, nodeBundle } from './build-options.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const production = args.has('--production');

// `npm install` runs this with --if-missing so that `npx postmortem-language-server` works on a fresh
// clone; an explicit build always rebuilds.
if (args.has('--if-missing') && existsSync(join(root, 'dist', 'server.js'))) {
	process.exit(0);
}

const nodeEntries = [
	{ entry: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
	{ entry: 'server/src/server.ts', out: 'dist/server.js', external: [] },
	{ entry: 'server/src/cli.ts', out: 'dist/cli.js', external: [] },
];

const sourcemap = production ? false : 'linked';
const builds = nodeEntries.map(({ entry, out, external }) => esbuild.build(nodeBundle({ root, entry, out, external, sourcemap })));

const webviewEntry = 'client/webview/main.ts';
if (existsSync(join(root, webviewEntry))) {
	builds.push(
		esbuild.build({
			...common,
			sourcemap,
			absWorkingDir: root,
			minify: production,
			target: 'es2022',
			entryPoints: [webviewEntry],
			outfile: 'dist/webview/main.js',
			platform: 'browser',
			format: 'iife',
		}),
	);
}

await Promise.all(builds);

const webviewStyle = join(root, 'client', 'webview', 'main.css');
if (existsSync(webviewStyle)) {
	mkdirSync(join(root, 'dist', 'webview'), { recursive: true });
	cpSync(webviewStyle, join(root, 'dist', 'webview', 'main.css'));
}
