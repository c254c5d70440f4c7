/**
 * The chart as a tree of SVG elements, built from a layout. One drawing, two sinks: `svg.ts` serialises
 * it to escaped text (CLI, export), and the webview turns it into DOM nodes with `createElementNS`,
 * `setAttribute` and `textContent`. Pure, no DOM, no Node.
 *
 * Only the tags and attributes listed here can ever be produced; both sinks refuse anything else. None
 * of them can load a resource or run code (no href, no foreignObject, no use, no animation, no on*).
 */
import { chartFontFamily, type Palette } from './palette';
import type { ChartHole, ChartLabel, ChartLayout, ChartLegendEntry, ChartNote, ChartSlice } from './types';

export const svgTags = ['svg', 'title', 'desc', 'g', 'rect', 'path', 'ellipse', 'circle', 'text', 'tspan', 'polygon', 'polyline'] as const;
export type SvgTag = (typeof svgTags)[number];

export const svgAttributes = [
	'xmlns', 'width', 'height', 'viewBox', 'role', 'aria-labelledby', 'aria-label', 'id', 'class',
	'x', 'y', 'dy', 'rx', 'ry', 'cx', 'cy', 'r', 'd', 'points', 'fill', 'fill-opacity', 'fill-rule', 'stroke',
	'stroke-width', 'stroke-linejoin', 'stroke-linecap', 'font-family', 'font-size', 'font-weight',
	'font-style', 'text-anchor', 'tabindex', 'focusable', 'data-hole', 'data-line',
] as const;
export type SvgAttribute = (typeof svgAttributes)[number];

export interface SvgElement {
	readonly tag: SvgTag;
	readonly attrs: Readonly<Partial<Record<SvgAttribute, string>>>;
	readonly children: readonly SvgChild[];
}
export type SvgChild = SvgElement | string;

export interface TreeOptions {
	/** Fixed colours (standalone SVG, PNG); undefined leaves colours to the stylesheet (webview). */
	readonly palette: Palette | undefined;
	/** Holes are keyboard-focusable buttons (webview); otherwise the whole picture is one image. */
	readonly interactive: boolean;
}

type Attrs = Partial<Record<SvgAttribute, string>>;

function el(tag: SvgTag, attrs: Attrs, children: readonly SvgChild[] = []): SvgElement {
	return { tag, attrs, children };
}

/** A number as an attribute value: finite, one decimal, whatever the input was. */
export function num(value: unknown): string {
	const number = Number(value);
	return Number.isFinite(number) ? String(Math.round(number * 10) / 10) : '0';
}

export const titleId = 'pm-chart-title';
export const descId = 'pm-chart-desc';

export function chartTree(layout: ChartLayout, options: TreeOptions): SvgElement {
	const p = options.palette;
	const heading = layout.title.lines.join(' ');
	return el('svg', {
		xmlns: 'http://www.w3.org/2000/svg',
		width: num(layout.width),
		height: num(layout.height),
		viewBox: `0 0 ${num(layout.width)} ${num(layout.height)}`,
		role: options.interactive ? 'group' : 'img',
		'aria-labelledby': `${titleId} ${descId}`,
		class: 'pm-chart',
		...(p === undefined ? {} : { 'font-family': chartFontFamily }),
	}, [
		el('title', { id: titleId }, [heading]),
		el('desc', { id: descId }, [String(layout.description)]),
		el('rect', { class: 'pm-background', x: '0', y: '0', width: num(layout.width), height: num(layout.height), ...fill(p?.background) }),
		textBlock(layout.title, 'pm-heading', 21, { ...fill(p?.text), 'font-size': '16', 'font-weight': '600' }),
		trajectory(layout, p),
		...layout.slices.map((slice) => sliceGroup(slice, layout.holes, options)),
		...layout.legend.map((entry) => legendEntry(entry, layout.holes, options)),
		...layout.notes.map((note) => noteText(note, p)),
	]);
}

function fill(colour: string | undefined): Attrs {
	return colour === undefined ? {} : { fill: colour };
}

function stroke(colour: string | undefined, width: number): Attrs {
	return colour === undefined ? {} : { stroke: colour, 'stroke-width': num(width) };
}

/** Lines of text: the first baseline at `label.y`, each next one `lineHeight` lower. */
function textBlock(label: ChartLabel, className: string, lineHeight: number, attrs: Attrs, anchor = 'start'): SvgElement {
	const lines = label.lines.map((line, index) =>
		el('tspan', { x: num(label.x), ...(index === 0 ? {} : { dy: num(lineHeight) }) }, [String(line)]),
	);
	return el('text', { class: className, x: num(label.x), y: num(label.y), 'text-anchor': anchor, ...attrs }, lines);
}

/** Behind the slices, so it shows only between them and through their holes. */
function trajectory(layout: ChartLayout, p: Palette | undefined): SvgElement {
	const points = layout.trajectory;
	const children: SvgChild[] = [];
	if (points.length >= 2) {
		const end = points[points.length - 1];
		const line = [...points.slice(0, -1), { x: Number(end.x) - 8, y: end.y }];
		children.push(
			el('polyline', { class: 'pm-trajectory-line', points: line.map((point) => `${num(point.x)},${num(point.y)}`).join(' '), fill: 'none', 'stroke-linejoin': 'round', 'stroke-linecap': 'round', ...stroke(p?.accent, 2.5) }),
			el('polygon', { class: 'pm-trajectory-head', points: `${num(end.x)},${num(end.y)} ${num(Number(end.x) - 11)},${num(Number(end.y) - 6)} ${num(Number(end.x) - 11)},${num(Number(end.y) + 6)}`, ...fill(p?.accent) }),
		);
	}
	const labelAttrs: Attrs = { ...fill(p?.muted), 'font-size': '12', 'font-weight': '600' };
	children.push(textBlock(layout.hazardLabel, 'pm-end-label', 15, labelAttrs), textBlock(layout.incidentLabel, 'pm-end-label', 15, labelAttrs, 'end'));
	return el('g', { class: 'pm-trajectory' }, children);
}

function sliceGroup(slice: ChartSlice, holes: readonly ChartHole[], options: TreeOptions): SvgElement {
	const p = options.palette;
	const mine = holes.filter((hole) => hole.layer === slice.layer);
	const { x, y, width: w, height: h, depth: d } = slice;
	const [nx, ny, nw, nh, nd] = [x, y, w, h, d].map(Number);
	const edge = stroke(p?.cheeseEdge, 1);
	const children: SvgChild[] = [
		el('polygon', { class: 'pm-slice-top', points: `${num(nx)},${num(ny)} ${num(nx + nd)},${num(ny - nd)} ${num(nx + nw + nd)},${num(ny - nd)} ${num(nx + nw)},${num(ny)}`, ...fill(p?.cheeseTop), ...edge, 'stroke-linejoin': 'round' }),
		el('polygon', { class: 'pm-slice-side', points: `${num(nx + nw)},${num(ny)} ${num(nx + nw + nd)},${num(ny - nd)} ${num(nx + nw + nd)},${num(ny + nh - nd)} ${num(nx + nw)},${num(ny + nh)}`, ...fill(p?.cheeseSide), ...edge, 'stroke-linejoin': 'round' }),
		// The face with its holes cut out (even-odd), so the trajectory behind shows through them.
		el('path', { class: 'pm-slice-face', d: faceWithHoles(nx, ny, nw, nh, mine), 'fill-rule': 'evenodd', ...fill(p?.cheeseFace), ...edge }),
		textBlock({ x: slice.labelX, y: slice.labelY, lines: slice.labelLines }, 'pm-slice-label', 15, { ...fill(p?.text), 'font-size': '12', 'font-weight': '600' }, 'middle'),
		...mine.map((hole) => holeGroup(hole, options)),
	];
	if (Number(slice.hidden) > 0) {
		children.push(textBlock({ x: slice.labelX, y: ny + nh + 16, lines: [`+${num(slice.hidden)} more`] }, 'pm-more', 15, { ...fill(p?.muted), 'font-size': '11' }, 'middle'));
	}
	return el('g', { class: 'pm-slice', 'aria-label': `Layer: ${String(slice.layer)}` }, children);
}

function faceWithHoles(x: number, y: number, w: number, h: number, holes: readonly ChartHole[]): string {
	const outline = `M${num(x)} ${num(y)}h${num(w)}v${num(h)}h${num(-w)}Z`;
	const cutouts = holes.map((hole) => {
		const [cx, cy, rx, ry] = [hole.cx, hole.cy, hole.rx, hole.ry].map(Number);
		return `M${num(cx - rx)} ${num(cy)}a${num(rx)} ${num(ry)} 0 1 0 ${num(2 * rx)} 0a${num(rx)} ${num(ry)} 0 1 0 ${num(-2 * rx)} 0Z`;
	});
	return outline + cutouts.join('');
}

function holeName(hole: ChartHole): string {
	return `Factor ${num(hole.number)}, ${String(hole.layer)}: ${String(hole.text) || '(no description)'}`;
}

function holeGroup(hole: ChartHole, options: TreeOptions): SvgElement {
	const p = options.palette;
	const accent = hole.onTrajectory === true;
	const rim = stroke(accent ? p?.accent : p?.holeRim, accent ? 2.5 : 1.5);
	const interactive: Attrs = options.interactive
		? { tabindex: '0', role: 'button', 'aria-label': holeName(hole), 'data-hole': num(hole.number), 'data-line': num(hole.line) }
		: {};
	return el('g', { class: accent ? 'pm-hole pm-on-path' : 'pm-hole', ...interactive }, [
		el('title', {}, [holeName(hole)]),
		// Transparent but painted, so the whole hole takes the pointer.
		el('ellipse', { class: 'pm-hole-rim', cx: num(hole.cx), cy: num(hole.cy), rx: num(hole.rx), ry: num(hole.ry), fill: p?.background ?? 'transparent', 'fill-opacity': '0', ...rim }),
		// On the trajectory the number sits on a bead threaded on the line, so the line does not cross it.
		...(accent ? [el('circle', { class: 'pm-bead', cx: num(hole.cx), cy: num(hole.cy), r: '8', ...fill(p?.accent) })] : []),
		el('text', {
			class: 'pm-hole-number', x: num(hole.cx), y: num(Number(hole.cy) + 3.5), 'text-anchor': 'middle', 'font-size': accent ? '10' : '11', 'font-weight': '700',
			...fill(accent ? p?.badgeText : p?.text),
		}, [num(hole.number)]),
	]);
}

function legendEntry(entry: ChartLegendEntry, holes: readonly ChartHole[], options: TreeOptions): SvgElement {
	const p = options.palette;
	const hole = holes.find((candidate) => candidate.number === entry.number);
	const accent = hole?.onTrajectory === true;
	const [x, y] = [Number(entry.x), Number(entry.y)];
	const interactive: Attrs = options.interactive && hole !== undefined ? { 'data-hole': num(hole.number), 'data-line': num(hole.line) } : {};
	return el('g', { class: accent ? 'pm-legend-entry pm-on-path' : 'pm-legend-entry', ...interactive }, [
		el('circle', { class: 'pm-badge', cx: num(x + 11), cy: num(y + 8), r: '10', ...fill(accent ? p?.accent : p?.badge) }),
		el('text', { class: 'pm-badge-number', x: num(x + 11), y: num(y + 12), 'text-anchor': 'middle', 'font-size': '11', 'font-weight': '700', ...fill(p?.badgeText) }, [num(entry.number)]),
		textBlock({ x: x + 28, y: y + 12, lines: entry.lines }, 'pm-legend-text', 16, { ...fill(p?.text), 'font-size': '12' }),
	]);
}

function noteText(note: ChartNote, p: Palette | undefined): SvgElement {
	return textBlock(note, `pm-note pm-note-${noteKind(note.kind)}`, 16, { ...fill(p?.muted), 'font-size': '12', 'font-style': 'italic' });
}

function noteKind(kind: unknown): string {
	return typeof kind === 'string' && /^[a-z-]{1,20}$/.test(kind) ? kind : 'other';
}
