/**
 * The script that runs inside the preview webview. No `vscode`, no Node: it receives the chart as data,
 * draws it with DOM calls, and sends back a closed set of messages. The VS Code API object stays in this
 * module's scope (never on `window`).
 */
import type { ChartHole } from '../../server/src/chart/types';
import { isPayload, parseToWebview, type FromWebview, type ToWebview } from '../src/preview/messages';
import { chartPng, themeOf } from './png';
import { applyHighlight, renderView, type ViewState } from './view';

const vscode = acquireVsCodeApi<unknown>();
const app = document.getElementById('app') ?? document.body.appendChild(document.createElement('main'));
let state: ViewState = restore(vscode.getState());

function post(message: FromWebview): void {
	vscode.postMessage(message);
}

/** What `setState` kept while the panel was hidden (or before a reload), if it still has a usable shape. */
function restore(saved: unknown): ViewState {
	const fresh: ViewState = { source: '', payload: undefined, fit: true, highlighted: null, status: undefined };
	if (typeof saved !== 'object' || saved === null) {
		return fresh;
	}
	const record = saved as Record<string, unknown>;
	const source = typeof record.source === 'string' ? record.source : '';
	const payload = isPayload(record.payload) && record.payload.uri === source ? record.payload : undefined;
	return { ...fresh, source, payload, fit: record.fit !== false };
}

function save(): void {
	vscode.setState({ source: state.source, payload: state.payload, fit: state.fit });
}

function render(): void {
	try {
		renderView(app, state, { reveal, exportSvg: () => post({ type: 'exportSvg', source: state.source }), exportPng, toggleFit });
	} catch {
		// A chart that cannot be drawn must not leave a half-built page behind.
		const message = document.createElement('p');
		message.className = 'pm-status';
		message.textContent = 'The chart could not be drawn for this version of the document.';
		app.replaceChildren(message);
	}
}

function reveal(hole: ChartHole): void {
	post({ type: 'reveal', source: state.source, line: Number(hole.line), hole: Number(hole.number) });
}

function toggleFit(): void {
	state = { ...state, fit: !state.fit };
	save();
	render();
}

function exportPng(): void {
	const payload = state.payload;
	if (payload === undefined) {
		return;
	}
	chartPng(payload.layout, themeOf(document.body), document).then(
		(data) => post({ type: 'savePng', source: payload.uri, data }),
		() => {
			state = { ...state, status: 'The PNG could not be drawn; try Export SVG.' };
			render();
		},
	);
}

function receive(message: ToWebview): void {
	if (message.type === 'update') {
		const sameDocument = message.source === state.source && state.payload !== undefined;
		if (sameDocument && message.payload.version < (state.payload?.version ?? 0)) {
			return; // An older version arriving late.
		}
		state = { ...state, source: message.source, payload: message.payload, status: undefined, highlighted: sameDocument ? state.highlighted : null };
		save();
		render();
		post({ type: 'drawn', source: message.source, version: message.payload.version });
	} else if (message.source !== state.source) {
		return;
	} else if (message.type === 'highlight') {
		state = { ...state, highlighted: message.hole };
		applyHighlight(app, message.hole);
	} else {
		state = { ...state, status: message.message };
		render();
	}
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
	const message = parseToWebview(event.data);
	if (message !== undefined) {
		receive(message);
	}
});

render();
post({ type: 'ready', source: state.source });
