/**
 * Which text a click on a hole may select. Pure, so the rule is tested without an editor: only a hole of
 * the chart last sent for this very document, at the line that chart gave it, inside the document.
 */
import type { ChartPayload } from '../../../server/src/chart/types';
import type { FromWebview } from './messages';

export interface RevealContext {
	/** The document the panel shows. */
	readonly uri: string;
	readonly version: number;
	readonly lineCount: number;
	/** The chart last sent to the webview. */
	readonly payload: ChartPayload | undefined;
}

/** A line to reveal, with the factor's offsets when the chart is for the document's current version. */
export interface RevealTarget {
	readonly line: number;
	readonly offsets: { readonly start: number; readonly end: number } | undefined;
}

export function revealTarget(message: Extract<FromWebview, { type: 'reveal' }>, context: RevealContext): RevealTarget | undefined {
	const payload = context.payload;
	if (message.source !== context.uri || payload === undefined || payload.uri !== context.uri) {
		return undefined;
	}
	const hole = payload.layout.holes.find((candidate) => candidate.number === message.hole);
	if (hole === undefined || hole.line !== message.line || message.line >= context.lineCount) {
		return undefined;
	}
	const current = payload.version === context.version && hole.start <= hole.end;
	return { line: message.line, offsets: current ? { start: hole.start, end: hole.end } : undefined };
}

/** The hole whose factor spans `line` in the chart for the current version, or null. */
export function holeAtLine(payload: ChartPayload | undefined, version: number, line: number): number | null {
	if (payload === undefined || payload.version !== version) {
		return null;
	}
	const hole = payload.layout.holes.find((candidate) => candidate.line <= line && line <= candidate.endLine);
	return hole?.number ?? null;
}
