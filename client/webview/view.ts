/**
 * The preview's page: figures, toolbar, the chart and a line describing the hovered or focused factor.
 * Built with DOM calls and `textContent` only; redrawn whole on every update (it is small).
 */
import { chartTree } from '../../server/src/chart/tree';
import type { ChartHole, ChartPayload } from '../../server/src/chart/types';
import { htmlElement, toDom } from './dom';
import { actionItemLine, metricLines } from './figures';

export interface ViewState {
	readonly source: string;
	readonly payload: ChartPayload | undefined;
	/** Fit the chart to the panel's width (true) or show it at its own size. */
	readonly fit: boolean;
	readonly highlighted: number | null;
	readonly status: string | undefined;
}

export interface ViewActions {
	reveal(hole: ChartHole): void;
	exportSvg(): void;
	exportPng(): void;
	toggleFit(): void;
}

export function renderView(app: HTMLElement, state: ViewState, actions: ViewActions): void {
	const document = app.ownerDocument;
	const payload = state.payload;
	const children: Node[] = [];
	if (state.status !== undefined) {
		children.push(htmlElement(document, 'p', 'pm-status', state.status));
	}
	if (payload === undefined) {
		children.push(htmlElement(document, 'p', 'pm-placeholder', 'Open a postmortem in an editor to see its contributing factors as a Swiss cheese chart.'));
		app.replaceChildren(...children);
		delete app.dataset.version;
		return;
	}
	if (payload.isPostmortem === false) {
		children.push(htmlElement(document, 'p', 'pm-status', 'This file is not checked as a postmortem; the chart shows what it would find. Run “Postmortem: Check This File as a Postmortem” to check it.'));
	}
	children.push(figures(document, payload), toolbar(document, state, actions), chart(document, payload, state, actions));
	children.push(htmlElement(document, 'p', 'pm-detail', ''));
	app.replaceChildren(...children);
	app.dataset.version = String(Number(payload.version));
	applyHighlight(app, state.highlighted);
}

function figures(document: Document, payload: ChartPayload): HTMLElement {
	const section = htmlElement(document, 'section', 'pm-figures');
	const metrics = metricLines(payload.metrics);
	if (metrics.length > 0) {
		const list = htmlElement(document, 'dl', 'pm-metrics');
		for (const [label, value] of metrics) {
			list.append(htmlElement(document, 'dt', '', label), htmlElement(document, 'dd', '', value));
		}
		section.append(list);
	}
	const actions = actionItemLine(payload.actionItems);
	if (actions !== undefined) {
		section.append(htmlElement(document, 'p', 'pm-action-items', actions));
	}
	return section;
}

function toolbar(document: Document, state: ViewState, actions: ViewActions): HTMLElement {
	const bar = htmlElement(document, 'div', 'pm-toolbar');
	bar.setAttribute('role', 'toolbar');
	bar.setAttribute('aria-label', 'Chart');
	const fit = button(document, state.fit ? 'Actual size' : 'Fit to width', 'pm-fit', actions.toggleFit);
	const svg = button(document, 'Export SVG…', 'pm-export-svg', actions.exportSvg);
	const png = button(document, 'Export PNG…', 'pm-export-png', actions.exportPng);
	bar.append(fit, svg, png);
	return bar;
}

function button(document: Document, label: string, className: string, onClick: () => void): HTMLButtonElement {
	const element = htmlElement(document, 'button', className, label);
	element.type = 'button';
	element.addEventListener('click', onClick);
	return element;
}

function chart(document: Document, payload: ChartPayload, state: ViewState, actions: ViewActions): HTMLElement {
	const container = htmlElement(document, 'div', state.fit ? 'pm-chart-scroll pm-fit-width' : 'pm-chart-scroll');
	container.append(toDom(chartTree(payload.layout, { palette: undefined, interactive: true }), document));
	const holeOf = (target: EventTarget | null): ChartHole | undefined => {
		const element = target instanceof Element ? target.closest('[data-hole]') : null;
		const number = Number(element?.getAttribute('data-hole'));
		return payload.layout.holes.find((hole) => hole.number === number);
	};
	container.addEventListener('click', (event) => {
		const hole = holeOf(event.target);
		if (hole !== undefined) {
			actions.reveal(hole);
		}
	});
	container.addEventListener('keydown', (event) => {
		const hole = holeOf(event.target);
		if (hole !== undefined && (event.key === 'Enter' || event.key === ' ')) {
			event.preventDefault();
			actions.reveal(hole);
		}
	});
	const describe = (event: Event): void => {
		const hole = holeOf(event.target);
		const detail = container.parentElement?.querySelector('.pm-detail');
		if (hole !== undefined && detail) {
			detail.textContent = `${String(hole.number)} · ${String(hole.layer)}: ${String(hole.text)}`;
		}
	};
	container.addEventListener('pointerover', describe);
	container.addEventListener('focusin', describe);
	return container;
}

/** Marks the hole (and its legend entry) whose factor holds the editor's cursor. */
export function applyHighlight(app: HTMLElement, hole: number | null): void {
	for (const element of app.querySelectorAll('.pm-highlight')) {
		element.classList.remove('pm-highlight');
	}
	if (hole === null) {
		return;
	}
	for (const element of app.querySelectorAll('[data-hole]')) {
		if (element.getAttribute('data-hole') === String(hole)) {
			element.classList.add('pm-highlight');
		}
	}
}
