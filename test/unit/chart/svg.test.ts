import assert from 'node:assert/strict';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { palettes } from '../../../server/src/chart/palette';
import { displayText } from '../../../server/src/chart/text-fit';
import { escapeAttribute, escapeText, renderSvg, serializeSvg } from '../../../server/src/chart/svg';
import { svgAttributes, svgTags, type SvgElement } from '../../../server/src/chart/tree';
import { payloadOf, withFactors } from './fixtures';

const svgNamespace = 'http://www.w3.org/2000/svg';

function parseXml(text: string): XmlElement {
	const parser = new DOMParser({
		onError: (level, message) => {
			if (level !== 'warning') {
				throw new Error(`${level}: ${message}`);
			}
		},
	});
	const root = parser.parseFromString(text, 'image/svg+xml').documentElement;
	assert.ok(root, 'no document element');
	return root;
}

function elements(root: XmlElement): XmlElement[] {
	const all: XmlElement[] = [root];
	for (let index = 0; index < all.length; index++) {
		const children = all[index].childNodes;
		for (let child = 0; child < children.length; child++) {
			if (children[child].nodeType === 1) {
				all.push(children[child] as XmlElement);
			}
		}
	}
	return all;
}

/** What the chart must never contain, checked on the parsed tree rather than the text. */
function assertInert(root: XmlElement): void {
	const allowedTags = new Set<string>(svgTags);
	const allowedAttributes = new Set<string>(svgAttributes);
	for (const element of elements(root)) {
		assert.equal(element.namespaceURI, svgNamespace, `<${element.tagName}> outside the SVG namespace`);
		assert.ok(allowedTags.has(element.localName ?? ''), `unexpected element <${element.tagName}>`);
		for (let index = 0; index < element.attributes.length; index++) {
			const attribute = element.attributes[index];
			assert.ok(allowedAttributes.has(attribute.name), `unexpected attribute ${attribute.name} on <${element.tagName}>`);
			assert.doesNotMatch(attribute.name, /^on/i);
			assert.doesNotMatch(attribute.value, /javascript:|url\(/i, `${attribute.name}="${attribute.value}"`);
		}
	}
}

const hostile = [
	'<script>window.__pwned=1</script>',
	'"><svg onload="alert(1)">',
	'</title><script>alert(1)</script>',
	'<foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject>',
	'<use href="data:image/svg+xml,<svg onload=alert(1)>"/>',
	'<animate attributeName="href" to="javascript:alert(1)" onbegin="alert(1)"/>',
	'&amp; &lt; &#x3C;script&#x3E; ]]> <![CDATA[ x ]]>',
	"' onmouseover='alert(1)",
	'a\u0000b\u0007c\u202Ed\uD800e\uFFFE',
];

suite('chart SVG', () => {
	test('escapers turn markup characters into entities', () => {
		assert.equal(escapeText('<a & b>'), '&lt;a &amp; b&gt;');
		assert.equal(escapeAttribute(`"'<>&\n`), '&quot;&#39;&lt;&gt;&amp;&#10;');
		assert.equal(escapeText('a\u0000b\uD800c'), 'abc');
	});

	test('standalone: xmlns, role="img", a title and a description it is labelled by', () => {
		const root = parseXml(renderSvg(payloadOf(withFactors([['Testing', 'no test'], ['Alerting', 'no page']])).layout, 'light'));
		assert.equal(root.namespaceURI, svgNamespace);
		assert.equal(root.getAttribute('role'), 'img');
		const labelledBy = (root.getAttribute('aria-labelledby') ?? '').split(' ');
		const byId = new Map(elements(root).map((element) => [element.getAttribute('id'), element]));
		assert.deepEqual(labelledBy.map((id) => byId.get(id)?.localName), ['title', 'desc']);
		assert.match(byId.get(labelledBy[0])?.textContent ?? '', /Checkout outage/);
		assert.match(byId.get(labelledBy[1])?.textContent ?? '', /2 contributing factors in 2 layers/);
		assertInert(root);
	});

	test('hostile title, layer names and factor text stay text', () => {
		for (const payload of hostile) {
			const text = `---\ntitle: '${payload.replace(/'/g, "''")}'\n---\n` + withFactors([[payload.replace(/[*:\n]/g, ''), payload], ['Testing', payload]], payload);
			for (const theme of ['light', 'dark'] as const) {
				const root = parseXml(renderSvg(payloadOf(text).layout, theme));
				assertInert(root);
				const titles = elements(root).filter((element) => element.localName === 'title').map((element) => element.textContent ?? '');
				const shown = displayText(payload, 500).slice(0, 20);
				assert.ok(titles.some((title) => title.includes(`Testing: ${shown}`)), `payload not kept as text: ${payload}`);
			}
		}
	});

	test('nothing the XML 1.0 grammar forbids reaches the output', () => {
		const svg = renderSvg(payloadOf(withFactors([['Te\u0001sting', 'a\u0000b\u0008c\uDC00d\uFFFF']])).layout, 'dark');
		// eslint-disable-next-line no-control-regex -- looking for control characters is the point.
		assert.doesNotMatch(svg, /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]/);
		parseXml(svg);
	});

	test('colours come only from the fixed palette', () => {
		const root = parseXml(renderSvg(payloadOf(withFactors([['Testing', 'fill="red" style="fill:url(#x)"']])).layout, 'light'));
		const allowed = new Set([...Object.values(palettes.light), 'none', 'transparent']);
		for (const element of elements(root)) {
			for (const name of ['fill', 'stroke']) {
				const value = element.getAttribute(name);
				assert.ok(value === null || value === '' || allowed.has(value), `${name}="${value}"`);
			}
		}
	});

	test('the serializer refuses elements and attributes outside its allow-lists', () => {
		const script = { tag: 'script', attrs: {}, children: [] } as unknown as SvgElement;
		assert.throws(() => serializeSvg(script), /refusing to write <script>/);
		const withHandler = { tag: 'g', attrs: { onclick: 'x' }, children: [] } as unknown as SvgElement;
		assert.throws(() => serializeSvg(withHandler), /refusing to write attribute onclick/);
	});
});
