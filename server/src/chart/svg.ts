/**
 * The chart as standalone SVG text (CLI and export). Every value from the document goes through the
 * escapers below as text or attribute value; element and attribute names come only from the allow-lists
 * in `tree.ts`. The result is well-formed XML with fixed colours.
 */
import { palettes, type ChartTheme } from './palette';
import { chartTree, svgAttributes, svgTags, type SvgChild, type SvgElement } from './tree';
import type { ChartLayout } from './types';

const allowedTags: ReadonlySet<string> = new Set(svgTags);
const allowedAttributes: ReadonlySet<string> = new Set(svgAttributes);

/** Characters XML 1.0 cannot hold at all; the layout already removed them, this is the second line. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point.
const notXml = /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(text: string): string {
	return text.replace(notXml, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
	return escapeText(value)
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;')
		.replace(/\t/g, '&#9;')
		.replace(/\n/g, '&#10;')
		.replace(/\r/g, '&#13;');
}

export function serializeSvg(node: SvgElement): string {
	return serialize(node, 0);
}

function serialize(node: SvgChild, depth: number): string {
	if (typeof node === 'string') {
		return escapeText(node);
	}
	if (!allowedTags.has(node.tag)) {
		throw new Error(`chart: refusing to write <${node.tag}>`);
	}
	let attributes = '';
	for (const [name, value] of Object.entries(node.attrs)) {
		if (!allowedAttributes.has(name)) {
			throw new Error(`chart: refusing to write attribute ${name}`);
		}
		if (value !== undefined) {
			attributes += ` ${name}="${escapeAttribute(String(value))}"`;
		}
	}
	if (node.children.length === 0) {
		return `<${node.tag}${attributes}/>`;
	}
	const inline = node.children.every((child) => typeof child === 'string' || child.tag === 'tspan');
	const indent = '\n' + '\t'.repeat(depth + 1);
	const body = inline
		? node.children.map((child) => serialize(child, depth + 1)).join('')
		: node.children.map((child) => indent + serialize(child, depth + 1)).join('') + '\n' + '\t'.repeat(depth);
	return `<${node.tag}${attributes}>${body}</${node.tag}>`;
}

/** A complete SVG file for `layout` in fixed colours. */
export function renderSvg(layout: ChartLayout, theme: ChartTheme): string {
	const tree = chartTree(layout, { palette: palettes[theme], interactive: false });
	return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(tree)}\n`;
}
