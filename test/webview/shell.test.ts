/**
 * The preview's static guarantees, pinned: the policy string, a fresh nonce per shell, the webview
 * options, the message validators under fuzzing, and which reveal requests may act.
 */
import assert from 'node:assert/strict';
import { limits, parseFromWebview, parseToWebview, type FromWebview } from '../../client/src/preview/messages';
import { contentSecurityPolicy, makeNonce, previewHtml, webviewOptions } from '../../client/src/preview/preview-html';
import { holeAtLine, revealTarget, type RevealContext } from '../../client/src/preview/reveal';
import { buildChartPayload } from '../../server/src/chart/chart-data';
import { defaultLayerOrder } from '../../server/src/config';
import { parsePostmortem } from '../../server/src/model/parse';
import { payloads } from './hostile';

const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';

function directives(csp: string): Map<string, string[]> {
	return new Map(csp.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0] !== '').map(([name, ...values]) => [name, values]));
}

function shell(nonce = makeNonce()): string {
	return previewHtml({ cspSource, nonce, scriptUri: `${cspSource}/dist/webview/main.js`, styleUri: `${cspSource}/dist/webview/main.css` });
}

suite('preview shell and policy', () => {
	test('the policy: nothing by default, the script by nonce only, no unsafe-inline or unsafe-eval', () => {
		const nonce = makeNonce();
		const csp = directives(contentSecurityPolicy(cspSource, nonce));
		assert.deepEqual(csp.get('default-src'), ["'none'"]);
		assert.deepEqual(csp.get('script-src'), [`'nonce-${nonce}'`]);
		assert.deepEqual(csp.get('style-src'), [cspSource, `'nonce-${nonce}'`]);
		assert.deepEqual(csp.get('img-src'), ['blob:'], 'no remote images: a document cannot beacon that it was opened');
		assert.deepEqual(csp.get('base-uri'), ["'none'"]);
		assert.deepEqual(csp.get('form-action'), ["'none'"]);
		assert.deepEqual([...csp.keys()].sort(), ['base-uri', 'default-src', 'form-action', 'img-src', 'script-src', 'style-src']);
		const all = contentSecurityPolicy(cspSource, nonce);
		assert.doesNotMatch(all, /unsafe-inline|unsafe-eval|unsafe-hashes|\*|https:(?!\/\/)/);
	});

	test('the shell carries the policy first, one script and one stylesheet, both with the nonce, and no document text', () => {
		const nonce = makeNonce();
		const html = shell(nonce);
		const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
		assert.match(head, /^<head>\s*<meta charset="UTF-8">\s*<meta http-equiv="Content-Security-Policy"/);
		assert.equal(html.match(/<script\b/g)?.length, 1);
		assert.equal(html.match(/<link\b/g)?.length, 1);
		assert.ok(html.includes(`<script nonce="${nonce}" src="${cspSource}/dist/webview/main.js"></script>`));
		assert.ok(html.includes(`<link rel="stylesheet" nonce="${nonce}" href="${cspSource}/dist/webview/main.css">`));
		assert.doesNotMatch(html, /<style|\sstyle=|\son\w+=/i);
	});

	test('every shell gets a fresh 128-bit nonce', () => {
		const nonces = new Set(Array.from({ length: 1000 }, () => makeNonce()));
		assert.equal(nonces.size, 1000);
		for (const nonce of nonces) {
			assert.equal(Buffer.from(nonce, 'base64').length, 16);
		}
		const pick = (html: string): string | undefined => /nonce-([^']+)'/.exec(html)?.[1];
		assert.notEqual(pick(shell()), pick(shell()));
	});

	test('webview options: scripts, no forms, no command links, one local resource folder', () => {
		assert.deepEqual(webviewOptions('/ext/dist/webview'), { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: ['/ext/dist/webview'] });
	});
});

suite('preview messages', () => {
	const source = 'file:///work/pm.md';

	test('the closed set from the webview is accepted exactly', () => {
		const valid: FromWebview[] = [
			{ type: 'ready', source: '' },
			{ type: 'reveal', source, line: 12, hole: 3 },
			{ type: 'exportSvg', source },
			{ type: 'savePng', source, data: 'iVBORw0KGgoAAAANSUhEUg==' },
		];
		for (const message of valid) {
			assert.deepEqual(parseFromWebview(message), message);
		}
	});

	test('near misses are refused: extra keys, wrong types, bad numbers, non-PNG data, commands', () => {
		const refused: unknown[] = [
			null, undefined, 42, 'reveal', [], [{ type: 'ready', source }],
			{ type: 'ready' }, { type: 'ready', source: 1 }, { type: 'ready', source, extra: true },
			{ type: 'reveal', source, line: -1, hole: 1 }, { type: 'reveal', source, line: 1.5, hole: 1 },
			{ type: 'reveal', source, line: '3', hole: 1 }, { type: 'reveal', source, line: 3, hole: 0 },
			{ type: 'reveal', source, line: Number.NaN, hole: 1 }, { type: 'reveal', source, line: Infinity, hole: 1 },
			{ type: 'reveal', source, line: limits.maxLine + 1, hole: 1 }, { type: 'reveal', source, line: 3 },
			{ type: 'savePng', source, data: 'PHN2Zz4=' }, { type: 'savePng', source, data: 'iVBORw0KGgo<script>' },
			{ type: 'openLink', source, href: 'command:workbench.action.terminal.new' },
			{ type: 'command', source, command: 'workbench.action.terminal.sendSequence', args: ['rm -rf ~\n'] },
			{ type: 'ready', source: 'x'.repeat(limits.maxSourceLength + 1) },
			{ type: 'constructor', source }, { type: 'toString', source }, { type: '__proto__', source },
			Object.assign(Object.create({ type: 'ready', source }) as object, {}),
			new Date(), new Map([['type', 'ready']]),
		];
		for (const message of refused) {
			assert.equal(parseFromWebview(message), undefined, JSON.stringify(message) ?? String(message));
		}
	});

	test('fuzz: thousands of hostile messages, no exception, nothing outside the closed set accepted', () => {
		let seed = 0x2545f491;
		const random = (): number => {
			seed ^= seed << 13;
			seed ^= seed >>> 17;
			seed ^= seed << 5;
			return (seed >>> 0) / 0x100000000;
		};
		const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
		const values: unknown[] = [
			null, undefined, true, 0, -1, 1.5, Number.NaN, Infinity, 2 ** 53, -0, '', 'ready', 'reveal', source, [], {},
			...payloads.slice(0, 20), Symbol('x'), () => 1, BigInt(7), new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } }),
		];
		const keys = ['type', 'source', 'line', 'hole', 'data', 'href', 'command', '__proto__', 'constructor', 'payload'];
		const types = ['ready', 'reveal', 'exportSvg', 'savePng', 'update', 'openLink', 'command', 'toString', ''];
		let accepted = 0;
		const runs = 5000;
		for (let run = 0; run < runs; run++) {
			const message: Record<string, unknown> = { type: pick(types) };
			for (let count = Math.floor(random() * 5); count > 0; count--) {
				message[pick(keys)] = pick(values);
			}
			const candidate = random() < 0.1 ? pick(values) : message;
			let parsed: FromWebview | undefined;
			let toWebview: ReturnType<typeof parseToWebview>;
			assert.doesNotThrow(() => {
				parsed = parseFromWebview(candidate);
				toWebview = parseToWebview(candidate);
			});
			const result = parsed as FromWebview | undefined;
			if (result !== undefined) {
				accepted++;
				assert.ok(['ready', 'reveal', 'exportSvg', 'savePng'].includes(result.type));
				assert.equal(typeof result.source, 'string');
			}
			const received = toWebview as ReturnType<typeof parseToWebview>;
			assert.ok(received === undefined || ['update', 'highlight', 'status'].includes(received.type));
		}
		console.log(`      ${runs} fuzzed messages: 0 exceptions, ${accepted} accepted (all in the closed set)`);
	});
});

suite('reveal requests', () => {
	const uri = 'file:///work/pm.md';
	const text = '# Outage\n\n## Contributing factors\n\n- **Testing**: no test covered it\n- **Alerting**: the alert\n  waited too long\n';
	const payload = buildChartPayload({ uri, version: 4, doc: parsePostmortem(text), isPostmortem: true, layerOrder: defaultLayerOrder });
	const context: RevealContext = { uri, version: 4, lineCount: 8, payload };
	const testing = payload.layout.holes.find((hole) => hole.layer === 'Testing');
	const alerting = payload.layout.holes.find((hole) => hole.layer === 'Alerting');

	test('a hole of this chart at its own line selects the factor', () => {
		assert.ok(testing && alerting);
		assert.deepEqual(revealTarget({ type: 'reveal', source: uri, line: testing.line, hole: testing.number }, context), {
			line: 4,
			offsets: { start: text.indexOf('no test'), end: text.indexOf('\n- **Alerting') },
		});
	});

	test('another document, a wrong line, an unknown hole or a line past the end does nothing', () => {
		assert.ok(testing);
		const reveal = { type: 'reveal', source: uri, line: testing.line, hole: testing.number } as const;
		assert.equal(revealTarget({ ...reveal, source: 'file:///work/other.md' }, context), undefined);
		assert.equal(revealTarget(reveal, { ...context, uri: 'file:///work/other.md' }), undefined);
		assert.equal(revealTarget({ ...reveal, line: testing.line + 1 }, context), undefined);
		assert.equal(revealTarget({ ...reveal, hole: 99 }, context), undefined);
		assert.equal(revealTarget(reveal, { ...context, lineCount: 3 }), undefined);
		assert.equal(revealTarget(reveal, { ...context, payload: undefined }), undefined);
	});

	test('after an edit the line is revealed without stale offsets', () => {
		assert.ok(testing);
		assert.deepEqual(revealTarget({ type: 'reveal', source: uri, line: testing.line, hole: testing.number }, { ...context, version: 5 }), { line: 4, offsets: undefined });
	});

	test('the cursor anywhere in a factor (all its lines) highlights its hole', () => {
		assert.ok(alerting);
		assert.equal(holeAtLine(payload, 4, 5), alerting.number);
		assert.equal(holeAtLine(payload, 4, 6), alerting.number, 'continuation line');
		assert.equal(holeAtLine(payload, 4, 2), null);
		assert.equal(holeAtLine(payload, 5, 5), null, 'not for another version');
	});
});
