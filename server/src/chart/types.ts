/**
 * The Swiss cheese chart as plain data: geometry computed once on the server from the model, then drawn
 * by the webview (DOM nodes), the CLI and the export (SVG text). Types only, no imports, so the webview,
 * the client and `protocol.ts` can all `import type` it without pulling in server code.
 *
 * Every string here comes from the document and is untrusted: it is only ever put into text nodes and
 * escaped attribute values, never parsed as markup.
 */

export interface ChartPoint {
	readonly x: number;
	readonly y: number;
}

/** One contributing factor: a hole in its layer's slice. */
export interface ChartHole {
	/** 1-based drawing order (slice by slice, left to right): the number in the hole and in the legend. */
	readonly number: number;
	/** Index into the model's `doc.factors`. */
	readonly factorIndex: number;
	readonly layer: string;
	/** The factor's text for display: control characters removed, whitespace collapsed, clipped. */
	readonly text: string;
	/** Zero-based first and last line of the factor in the version the chart was made from. */
	readonly line: number;
	readonly endLine: number;
	/** UTF-16 offsets of the factor's description in that version (what a click selects). */
	readonly start: number;
	readonly end: number;
	readonly cx: number;
	readonly cy: number;
	readonly rx: number;
	readonly ry: number;
	/** The hole the incident's trajectory passes through in this slice. */
	readonly onTrajectory: boolean;
}

/** One layer of defence, drawn as a slice of cheese. */
export interface ChartSlice {
	readonly layer: string;
	/** Front face; the side face (`depth` wide) is drawn to its right. */
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
	readonly depth: number;
	/** The layer's name wrapped into lines, centred on `labelX`, first baseline at `labelY`. */
	readonly labelLines: readonly string[];
	readonly labelX: number;
	readonly labelY: number;
	/** Factors of this layer that are drawn / that are not (past the factor limit). */
	readonly holeCount: number;
	readonly hidden: number;
}

/** A numbered factor in the list under the slices. */
export interface ChartLegendEntry {
	readonly number: number;
	readonly x: number;
	readonly y: number;
	readonly lines: readonly string[];
}

export type ChartNoteKind = 'empty' | 'single-factor' | 'more-factors' | 'more-layers';

export interface ChartNote {
	readonly kind: ChartNoteKind;
	readonly x: number;
	readonly y: number;
	readonly lines: readonly string[];
}

export interface ChartLabel {
	readonly x: number;
	readonly y: number;
	readonly lines: readonly string[];
}

export interface ChartLayout {
	readonly width: number;
	readonly height: number;
	/** The chart's heading (wrapped). */
	readonly title: ChartLabel;
	readonly slices: readonly ChartSlice[];
	readonly holes: readonly ChartHole[];
	/** The incident's path: from the hazard, through one hole in each slice that has one, to the incident. */
	readonly trajectory: readonly ChartPoint[];
	readonly hazardLabel: ChartLabel;
	readonly incidentLabel: ChartLabel;
	readonly legend: readonly ChartLegendEntry[];
	readonly notes: readonly ChartNote[];
	/** Every factor in the document, drawn or not. */
	readonly factorCount: number;
	readonly hiddenFactors: number;
	/** One-paragraph plain-text description for assistive technology. */
	readonly description: string;
}

/** Time-to figures from the timeline, in minutes; absent when the timeline does not tell. */
export interface ChartMetrics {
	readonly timeToDetectMinutes?: number;
	readonly timeToAcknowledgeMinutes?: number;
	readonly timeToMitigateMinutes?: number;
	readonly timeToResolveMinutes?: number;
}

/** How many action items there are and how many have an owner, a due date and a tracking link. */
export interface ChartActionItems {
	readonly items: number;
	readonly owned: number;
	readonly dated: number;
	readonly tracked: number;
}

/** What the `postmortem/chart` request returns and the webview receives. */
export interface ChartPayload {
	readonly uri: string;
	/** The document version this chart was made from. */
	readonly version: number;
	/** The document's title for display, or undefined. */
	readonly title: string | undefined;
	/** Whether the server checks this file as a postmortem (the chart is drawn either way). */
	readonly isPostmortem: boolean;
	readonly layout: ChartLayout;
	readonly metrics?: ChartMetrics;
	readonly actionItems?: ChartActionItems;
}
