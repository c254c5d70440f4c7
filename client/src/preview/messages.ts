/**
 * The messages between the preview panel (extension host) and its webview: two closed unions, each
 * message carrying the URI of the document it is about (`source`), and validators that never throw.
 *
 * Pure: no `vscode`, no Node. The webview bundle imports the validator for messages it receives, the
 * panel the one for messages it receives; the webview is treated as possibly compromised, so everything
 * it sends is checked against exact shapes before anything acts on it.
 */
import type { ChartPayload } from '../../../server/src/chart/types';

/** Extension → webview. */
export type ToWebview =
	| { readonly type: 'update'; readonly source: string; readonly payload: ChartPayload }
	| { readonly type: 'highlight'; readonly source: string; readonly hole: number | null }
	| { readonly type: 'status'; readonly source: string; readonly message: string };

/** Webview → extension. */
export type FromWebview =
	/** Loaded (first time, or again after being hidden): send the current chart. `source` may be ''. */
	| { readonly type: 'ready'; readonly source: string }
	/** A hole (or its legend entry) was clicked: show that factor's sentence in the editor. */
	| { readonly type: 'reveal'; readonly source: string; readonly line: number; readonly hole: number }
	| { readonly type: 'exportSvg'; readonly source: string }
	/** The chart drawn on the webview's canvas, as base64 PNG, to be saved where the user chooses. */
	| { readonly type: 'savePng'; readonly source: string; readonly data: string }
	/** A chart for this document version is on screen: lets tests (and only they) wait for a redraw. */
	| { readonly type: 'drawn'; readonly source: string; readonly version: number };

export const limits = {
	maxSourceLength: 8192,
	maxLine: 10_000_000,
	maxHole: 10_000,
	/** Base64 of a PNG well above what the chart can produce (about 30 MB decoded). */
	maxPngBase64: 40_000_000,
	maxStatusLength: 2000,
} as const;

const fromWebviewKeys: Readonly<Record<FromWebview['type'], readonly string[]>> = {
	ready: ['type', 'source'],
	reveal: ['type', 'source', 'line', 'hole'],
	exportSvg: ['type', 'source'],
	savePng: ['type', 'source', 'data'],
	drawn: ['type', 'source', 'version'],
};

/** Base64 of a PNG file: starts with the PNG signature, only base64 characters. */
const pngBase64 = /^iVBORw0KGgo[A-Za-z0-9+/]*={0,2}$/;

/** The message, if it is exactly one of `FromWebview`; otherwise undefined. Never throws. */
export function parseFromWebview(raw: unknown): FromWebview | undefined {
	try {
		return checkFromWebview(raw);
	} catch {
		return undefined;
	}
}

function checkFromWebview(raw: unknown): FromWebview | undefined {
	if (!isPlainRecord(raw) || typeof raw.type !== 'string' || !Object.hasOwn(fromWebviewKeys, raw.type)) {
		return undefined;
	}
	const type = raw.type as FromWebview['type'];
	if (!hasExactKeys(raw, fromWebviewKeys[type]) || !isSource(raw.source)) {
		return undefined;
	}
	const source = raw.source;
	switch (type) {
		case 'ready':
		case 'exportSvg':
			return { type, source };
		case 'reveal':
			return isIndex(raw.line, limits.maxLine) && isIndex(raw.hole, limits.maxHole) && raw.hole >= 1
				? { type, source, line: raw.line, hole: raw.hole }
				: undefined;
		case 'savePng':
			return typeof raw.data === 'string' && raw.data.length <= limits.maxPngBase64 && pngBase64.test(raw.data)
				? { type, source, data: raw.data }
				: undefined;
		case 'drawn':
			return isIndex(raw.version, Number.MAX_SAFE_INTEGER) ? { type, source, version: raw.version } : undefined;
	}
}

/** The message, if it is one of `ToWebview` with a usable shape; otherwise undefined. Never throws. */
export function parseToWebview(raw: unknown): ToWebview | undefined {
	try {
		if (!isPlainRecord(raw) || !isSource(raw.source)) {
			return undefined;
		}
		const source = raw.source;
		if (raw.type === 'update' && isPayload(raw.payload) && raw.payload.uri === source) {
			return { type: 'update', source, payload: raw.payload };
		}
		if (raw.type === 'highlight' && (raw.hole === null || isIndex(raw.hole, limits.maxHole))) {
			return { type: 'highlight', source, hole: raw.hole };
		}
		if (raw.type === 'status' && typeof raw.message === 'string' && raw.message.length <= limits.maxStatusLength) {
			return { type: 'status', source, message: raw.message };
		}
		return undefined;
	} catch {
		return undefined;
	}
}

/** Enough shape to draw from; the drawing code coerces every number and string it reads. */
export function isPayload(value: unknown): value is ChartPayload {
	if (!isPlainRecord(value) || typeof value.uri !== 'string' || !Number.isSafeInteger(value.version) || !isPlainRecord(value.layout)) {
		return false;
	}
	const layout = value.layout;
	const arrays = ['slices', 'holes', 'trajectory', 'legend', 'notes'].every((key) => Array.isArray(layout[key]) && (layout[key] as unknown[]).every(isPlainRecord));
	return arrays && isPlainRecord(layout.title) && isPlainRecord(layout.hazardLabel) && isPlainRecord(layout.incidentLabel);
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return false;
	}
	const prototype: unknown = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}

function hasExactKeys(record: Record<string, unknown>, keys: readonly string[]): boolean {
	const own = Object.keys(record);
	return own.length === keys.length && keys.every((key) => Object.hasOwn(record, key));
}

function isSource(value: unknown): value is string {
	return typeof value === 'string' && value.length <= limits.maxSourceLength;
}

function isIndex(value: unknown, max: number): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;
}
