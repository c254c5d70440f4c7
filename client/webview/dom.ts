/**
 * The SVG tree → DOM nodes, with `createElementNS`, `setAttribute` and text nodes only. The tree's tags
 * and attribute names are checked against the same allow-lists the SVG serializer uses, so even a
 * malformed tree cannot create a script, a link or an event handler here.
 */
import { svgAttributes, svgTags, type SvgChild } from '../../server/src/chart/tree';

const svgNamespace = 'http://www.w3.org/2000/svg';
const allowedTags: ReadonlySet<string> = new Set(svgTags);
// `xmlns` is implied by createElementNS; setting it as a plain attribute would only confuse serializers.
const allowedAttributes: ReadonlySet<string> = new Set(svgAttributes.filter((name) => name !== 'xmlns'));

export function toDom(node: SvgChild, document: Document): Node {
	if (typeof node === 'string') {
		return document.createTextNode(node);
	}
	if (!allowedTags.has(node.tag)) {
		return document.createTextNode('');
	}
	const element = document.createElementNS(svgNamespace, node.tag);
	for (const [name, value] of Object.entries(node.attrs)) {
		if (allowedAttributes.has(name) && value !== undefined) {
			element.setAttribute(name, String(value));
		}
	}
	for (const child of node.children) {
		element.appendChild(toDom(child, document));
	}
	return element;
}

/** A plain HTML element with text content. */
export function htmlElement<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	element.className = className;
	if (text !== undefined) {
		element.textContent = text;
	}
	return element;
}
