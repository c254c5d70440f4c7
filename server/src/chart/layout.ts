/**
 * Geometry of the Swiss cheese chart. Pure and deterministic: the same factors always give the same
 * picture, because every "random-looking" offset comes from a hash of the factor's text and position.
 *
 * Picture: a heading; one slice per layer, left to right in the order the hazard meets them, each layer's
 * name above its slice; a hole per factor; the incident's trajectory as a line from "Hazard" through one
 * hole in every slice that has one to "Incident"; under it a numbered list of the factors; then notes.
 */
import { orderLayers } from './layer-order';
import { displayText, wrapText } from './text-fit';
import type { ChartHole, ChartLabel, ChartLayout, ChartLegendEntry, ChartNote, ChartSlice } from './types';

/** One contributing factor as the layout needs it (see `chart-data.ts` for the mapping from the model). */
export interface LayoutFactor {
	readonly text: string;
	readonly layer: string;
	readonly line: number;
	readonly endLine: number;
	readonly start: number;
	readonly end: number;
}

export interface LayoutInput {
	readonly title: string | undefined;
	readonly factors: readonly LayoutFactor[];
	/** Configured order of the layers of defence (`config.layers`). */
	readonly layerOrder: readonly string[];
}

/** Beyond these the chart stops being legible: the rest is counted in a "+N more" note. */
export const chartLimits = { maxFactors: 40, maxLayers: 12, maxTextLength: 500, maxLayerLength: 60, maxTitleLength: 160 } as const;

export const geometry = {
	margin: 24,
	hazardWidth: 88,
	incidentWidth: 88,
	titleSize: 16,
	titleLine: 21,
	labelSize: 12,
	labelLine: 15,
	labelMaxLines: 3,
	minPitch: 112,
	sliceGap: 40,
	depth: 10,
	rowPitch: 36,
	colPitch: 30,
	facePadX: 13,
	facePadY: 16,
	minRows: 3,
	holesPerColumn: 8,
	maxColumns: 5,
	legendSize: 12,
	legendLine: 16,
	legendMaxLines: 4,
	legendMinColumn: 320,
	legendMaxColumns: 3,
	noteSize: 12,
	noteLine: 16,
} as const;

/** Bold text (layer names, the heading) runs about this much wider than regular text. */
const boldFactor = 1.1;

interface SliceGroup {
	readonly layer: string;
	readonly shown: readonly (LayoutFactor & { readonly factorIndex: number })[];
	readonly hidden: number;
	readonly columns: number;
	readonly pitch: number;
	readonly labelLines: readonly string[];
}

export function layoutChart(input: LayoutInput): ChartLayout {
	const { groups, hiddenLayers } = groupFactors(input);
	const hiddenFactors = groups.reduce((sum, group) => sum + group.hidden, 0) + hiddenLayers.reduce((sum, layer) => sum + layer.count, 0);
	const slicesWidth = groups.reduce((sum, group) => sum + group.pitch, 0);
	const width = Math.max(640, geometry.margin * 2 + geometry.hazardWidth + slicesWidth + geometry.incidentWidth);
	const title = titleLabel(input.title, width);
	const labelTop = geometry.margin + title.lines.length * geometry.titleLine + 14;
	const labelLines = Math.max(1, ...groups.map((group) => group.labelLines.length));
	const sliceTop = labelTop + labelLines * geometry.labelLine + geometry.depth + 6;
	const rows = Math.max(geometry.minRows, ...groups.map((group) => rowsFor(group.shown.length, group.columns)));
	const sliceHeight = rows * geometry.rowPitch + geometry.facePadY * 2;
	const trajectoryY = sliceTop + geometry.facePadY + Math.floor((rows - 1) / 2) * geometry.rowPitch + geometry.rowPitch / 2;
	const drawn = drawSlices(groups, { labelTop, sliceTop, sliceHeight, rows, trajectoryY });
	const hasHidden = groups.some((group) => group.hidden > 0);
	const legendTop = groups.length === 0 ? labelTop : sliceTop + sliceHeight + (hasHidden ? 44 : 30);
	const legend = legendEntries(drawn.holes, width, legendTop);
	const notes = chartNotes(input.factors.length, hiddenFactors, hiddenLayers, width, legend.bottom);
	const trajectory = drawn.holes.length === 0 ? [] : [
		{ x: geometry.margin, y: trajectoryY },
		...drawn.holes.filter((hole) => hole.onTrajectory).map((hole) => ({ x: hole.cx, y: hole.cy })),
		{ x: width - geometry.margin, y: trajectoryY },
	];
	const labelsShown = drawn.holes.length > 0;
	return {
		width,
		height: Math.ceil(notes.bottom + geometry.margin),
		title,
		slices: drawn.slices,
		holes: drawn.holes,
		trajectory,
		hazardLabel: { x: geometry.margin, y: trajectoryY - 12, lines: labelsShown ? ['Hazard'] : [] },
		incidentLabel: { x: width - geometry.margin, y: trajectoryY - 12, lines: labelsShown ? ['Incident'] : [] },
		legend: legend.entries,
		notes: notes.notes,
		factorCount: input.factors.length,
		hiddenFactors,
		description: describe(groups, input.factors.length, hiddenFactors),
	};
}

/** Slices in hazard order (at most `maxLayers`), each with the factors it draws (at most `maxFactors` in all). */
function groupFactors(input: LayoutInput): { groups: SliceGroup[]; hiddenLayers: { layer: string; count: number }[] } {
	const factors = input.factors.map((factor, factorIndex) => ({
		...factor,
		layer: displayText(factor.layer, chartLimits.maxLayerLength) || 'Other',
		factorIndex,
	}));
	const order = orderLayers(factors.map((factor) => factor.layer), input.layerOrder);
	const visible = new Set(order.slice(0, chartLimits.maxLayers));
	const shown = factors.filter((factor) => visible.has(factor.layer)).slice(0, chartLimits.maxFactors);
	const groups = order.slice(0, chartLimits.maxLayers).map((layer): SliceGroup => {
		const mine = shown.filter((factor) => factor.layer === layer);
		const total = factors.filter((factor) => factor.layer === layer).length;
		const columns = Math.min(geometry.maxColumns, Math.max(1, Math.ceil(mine.length / geometry.holesPerColumn)));
		const faceWidth = faceWidthFor(columns);
		const pitch = Math.max(geometry.minPitch, faceWidth + geometry.depth + geometry.sliceGap);
		const labelLines = wrapText(layer, pitch - 10, geometry.labelSize * boldFactor, geometry.labelMaxLines);
		return { layer, shown: mine, hidden: total - mine.length, columns, pitch, labelLines };
	});
	const hiddenLayers = order.slice(chartLimits.maxLayers).map((layer) => ({
		layer,
		count: factors.filter((factor) => factor.layer === layer).length,
	}));
	return { groups, hiddenLayers };
}

function faceWidthFor(columns: number): number {
	return columns * geometry.colPitch + geometry.facePadX * 2;
}

/** One row is the trajectory's alone; the other holes fill the remaining rows. */
function rowsFor(holes: number, columns: number): number {
	return holes <= 1 ? 1 : 1 + Math.ceil((holes - 1) / columns);
}

interface VerticalFrame {
	readonly labelTop: number;
	readonly sliceTop: number;
	readonly sliceHeight: number;
	readonly rows: number;
	readonly trajectoryY: number;
}

function drawSlices(groups: readonly SliceGroup[], frame: VerticalFrame): { slices: ChartSlice[]; holes: ChartHole[] } {
	const slices: ChartSlice[] = [];
	const holes: ChartHole[] = [];
	let cursor = geometry.margin + geometry.hazardWidth;
	for (const group of groups) {
		const faceWidth = faceWidthFor(group.columns);
		const x = cursor + (group.pitch - faceWidth - geometry.depth) / 2;
		slices.push({
			layer: group.layer,
			x,
			y: frame.sliceTop,
			width: faceWidth,
			height: frame.sliceHeight,
			depth: geometry.depth,
			labelLines: group.labelLines,
			labelX: x + (faceWidth + geometry.depth) / 2,
			labelY: frame.labelTop + geometry.labelSize,
			holeCount: group.shown.length,
			hidden: group.hidden,
		});
		holes.push(...placeHoles(group, x, frame, holes.length));
		cursor += group.pitch;
	}
	return { slices, holes };
}

/** The first factor of the slice sits on the trajectory; the others fill slots nearest to it first. */
function placeHoles(group: SliceGroup, faceX: number, frame: VerticalFrame, numbered: number): ChartHole[] {
	const trajectoryRow = Math.floor((frame.rows - 1) / 2);
	const centreX = faceX + faceWidthFor(group.columns) / 2;
	// The slots nearest the trajectory, then read top to bottom, so numbers run down the slice.
	const slots = holeSlots(frame.rows, group.columns, trajectoryRow)
		.slice(0, Math.max(0, group.shown.length - 1))
		.sort((a, b) => a.row - b.row || a.column - b.column);
	return group.shown.map((factor, index): ChartHole => {
		const seed = hash(`${factor.layer}\u0000${factor.text}\u0000${index}`);
		const rx = 9 + (seed % 4);
		const jitterX = ((seed >>> 4) % 5) - 2;
		const jitterY = ((seed >>> 8) % 5) - 2;
		const slot = index === 0 ? undefined : slots[index - 1];
		const cx = slot === undefined ? centreX : faceX + geometry.facePadX + slot.column * geometry.colPitch + geometry.colPitch / 2;
		const cy = slot === undefined ? frame.trajectoryY : frame.sliceTop + geometry.facePadY + slot.row * geometry.rowPitch + geometry.rowPitch / 2;
		return {
			number: numbered + index + 1,
			factorIndex: factor.factorIndex,
			layer: factor.layer,
			text: displayText(factor.text, chartLimits.maxTextLength),
			line: factor.line,
			endLine: factor.endLine,
			start: factor.start,
			end: factor.end,
			cx: cx + jitterX,
			cy: cy + jitterY,
			rx,
			ry: rx + 3,
			onTrajectory: index === 0,
		};
	});
}

/** Grid slots except the trajectory's row, nearest that row first, then top to bottom, left to right. */
function holeSlots(rows: number, columns: number, trajectoryRow: number): { row: number; column: number }[] {
	const slots: { row: number; column: number }[] = [];
	for (let row = 0; row < rows; row++) {
		for (let column = 0; column < columns && row !== trajectoryRow; column++) {
			slots.push({ row, column });
		}
	}
	return slots.sort((a, b) => Math.abs(a.row - trajectoryRow) - Math.abs(b.row - trajectoryRow) || a.row - b.row || a.column - b.column);
}

/** FNV-1a, 32 bits: a stable stand-in for randomness. */
export function hash(text: string): number {
	let value = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		value ^= text.charCodeAt(index);
		value = Math.imul(value, 0x01000193);
	}
	return value >>> 0;
}

function titleLabel(title: string | undefined, width: number): ChartLabel {
	const text = displayText(title ?? '', chartLimits.maxTitleLength);
	const heading = text === '' ? 'Contributing factors' : `Contributing factors: ${text}`;
	const lines = wrapText(heading, width - geometry.margin * 2, geometry.titleSize * boldFactor, 2);
	return { x: geometry.margin, y: geometry.margin + geometry.titleSize, lines };
}

function legendEntries(holes: readonly ChartHole[], width: number, top: number): { entries: ChartLegendEntry[]; bottom: number } {
	const inner = width - geometry.margin * 2;
	const columns = Math.min(geometry.legendMaxColumns, Math.max(1, Math.floor(inner / geometry.legendMinColumn)));
	const columnWidth = inner / columns;
	const entries: ChartLegendEntry[] = [];
	let rowTop = top;
	for (let start = 0; start < holes.length; start += columns) {
		const row = holes.slice(start, start + columns);
		const wrapped = row.map((hole) => wrapText(hole.text || '(no description)', columnWidth - 42, geometry.legendSize, geometry.legendMaxLines));
		row.forEach((hole, index) => {
			entries.push({ number: hole.number, x: geometry.margin + index * columnWidth, y: rowTop, lines: wrapped[index] });
		});
		rowTop += Math.max(...wrapped.map((lines) => lines.length)) * geometry.legendLine + 10;
	}
	return { entries, bottom: rowTop };
}

function chartNotes(
	factorCount: number,
	hiddenFactors: number,
	hiddenLayers: readonly { layer: string; count: number }[],
	width: number,
	top: number,
): { notes: ChartNote[]; bottom: number } {
	const texts: [ChartNote['kind'], string][] = [];
	if (factorCount === 0) {
		texts.push(['empty', 'No contributing factors found. List them under a “Contributing factors” heading, one per bullet, and name the layer of defence each slipped through: “- **Testing**: no test covered the retry path”.']);
	} else if (factorCount === 1) {
		texts.push(['single-factor', 'One contributing factor is rarely the whole story: which other layers of defence (review, testing, alerting, …) let this hazard through?']);
	}
	if (hiddenLayers.length > 0) {
		const names = hiddenLayers.map((layer) => layer.layer).join(', ');
		texts.push(['more-layers', `+${hiddenLayers.length} more layers not drawn (the chart shows ${chartLimits.maxLayers}): ${names}.`]);
	}
	if (hiddenFactors > 0) {
		texts.push(['more-factors', `+${hiddenFactors} more factors not drawn (the chart shows at most ${chartLimits.maxFactors}).`]);
	}
	const notes: ChartNote[] = [];
	let y = top + 4;
	for (const [kind, text] of texts) {
		const lines = wrapText(text, width - geometry.margin * 2, geometry.noteSize, 3);
		notes.push({ kind, x: geometry.margin, y: y + geometry.noteSize, lines });
		y += lines.length * geometry.noteLine + 8;
	}
	return { notes, bottom: y };
}

function describe(groups: readonly SliceGroup[], factorCount: number, hiddenFactors: number): string {
	if (factorCount === 0) {
		return 'Swiss cheese chart: no contributing factors found in this document.';
	}
	const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
	const layers = groups.map((group) => `${group.layer} (${plural(group.shown.length + group.hidden, 'factor')})`).join(', ');
	const more = hiddenFactors > 0 ? ` ${plural(hiddenFactors, 'factor')} not drawn.` : '';
	return `Swiss cheese chart of ${plural(factorCount, 'contributing factor')} in ${plural(groups.length, 'layer')} of defence, in the order the hazard meets them: ${layers}. The incident's path runs through one hole in each layer.${more}`;
}
