/** The timeline figures and the action-item summary shown above the chart, as plain strings. */
import type { ChartActionItems, ChartMetrics } from '../../server/src/chart/types';

export function formatMinutes(minutes: number): string {
	const rounded = Math.round(minutes);
	if (rounded < 60) {
		return `${rounded} min`;
	}
	const days = Math.floor(rounded / 1440);
	const hours = Math.floor((rounded % 1440) / 60);
	const rest = rounded % 60;
	const parts = [days > 0 ? `${days} d` : '', hours > 0 ? `${hours} h` : '', rest > 0 ? `${rest} min` : ''];
	return parts.filter((part) => part !== '').join(' ');
}

const metricNames: readonly (readonly [keyof ChartMetrics, string])[] = [
	['timeToDetectMinutes', 'Time to detect'],
	['timeToAcknowledgeMinutes', 'Time to acknowledge'],
	['timeToMitigateMinutes', 'Time to mitigate'],
	['timeToResolveMinutes', 'Time to resolve'],
];

/** [label, value] pairs for the figures the timeline gives; none when it gives none. */
export function metricLines(metrics: ChartMetrics | undefined): [string, string][] {
	if (metrics === undefined || metrics === null || typeof metrics !== 'object') {
		return [];
	}
	const lines: [string, string][] = [];
	for (const [key, label] of metricNames) {
		const value = Number(metrics[key]);
		if (metrics[key] !== undefined && Number.isFinite(value) && value >= 0) {
			lines.push([label, formatMinutes(value)]);
		}
	}
	return lines;
}

export function actionItemLine(summary: ChartActionItems | undefined): string | undefined {
	if (summary === undefined || summary === null || typeof summary !== 'object') {
		return undefined;
	}
	const [items, owned, dated, tracked] = [summary.items, summary.owned, summary.dated, summary.tracked].map((value) => Math.max(0, Math.round(Number(value) || 0)));
	if (items === 0) {
		return 'Action items: none yet.';
	}
	return `Action items: ${items} · ${owned} with an owner · ${dated} with a due date · ${tracked} tracked`;
}
