/**
 * Custom LSP methods between the extension client and the server. Types and method names only, no
 * runtime imports, so the client and the server each build their RequestType from their own library.
 */
import type { ChartPayload } from './chart/types';

/** Server → client, after each analysis: drives the status bar item. */
export const statusNotification = 'postmortem/status';
export interface StatusParams {
	readonly uri: string;
	readonly version: number;
	readonly isPostmortem: boolean;
	readonly problems: number;
	readonly errors: number;
	readonly warnings: number;
}

/** Client → server: lint this file as a postmortem even if nothing marks it as one (or stop). */
export const setForcedNotification = 'postmortem/setForced';
export interface SetForcedParams {
	readonly uri: string;
	readonly forced: boolean;
}

/**
 * Client → server: the Swiss cheese chart of a document, for the preview. The result is for the
 * document's current version and says which (`version`); null when the server does not have the document.
 */
export const chartRequest = 'postmortem/chart';
export interface ChartParams {
	readonly uri: string;
}
export type ChartResult = ChartPayload | null;

/**
 * Client → server: a timeline entry stamped "now", in the document's own form and format, written at the
 * cursor when it starts a new entry in the timeline, else on a new line after the timeline's last entry.
 */
export const timelineEntryNowRequest = 'postmortem/timelineEntryNow';
export interface TimelineEntryNowParams {
	readonly uri: string;
	readonly position: { readonly line: number; readonly character: number };
}
export interface TextRange {
	readonly start: { readonly line: number; readonly character: number };
	readonly end: { readonly line: number; readonly character: number };
}
/**
 * `snippet` has a tab stop for the event text; `text` is the same without it; `range` is in document
 * `version`, so the client inserts only into that version. `error` says why nothing can be inserted.
 */
export type TimelineEntryNowResult = { readonly range: TextRange; readonly version: number; readonly snippet: string; readonly text: string } | { readonly error: string };
