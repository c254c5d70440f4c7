/**
 * The payload of the `postmortem/chart` request: the chart's layout for one version of one document, plus
 * the timeline figures and the action-item summary the preview shows beside it. Pure.
 */
import type { Analysis } from '../documents';
import type { PostmortemDocument } from '../model/types';
import { lineAt } from '../model/text';
import { summarizeActionItems, type ActionItemSummary } from '../rules/action-item/summary';
import { computeMetrics, type TimelineMetrics } from '../timeline/metrics';
import { layoutChart, type LayoutFactor } from './layout';
import { displayText } from './text-fit';
import type { ChartActionItems, ChartMetrics, ChartPayload } from './types';

export interface ChartDataInput {
	readonly uri: string;
	readonly version: number;
	readonly doc: PostmortemDocument;
	readonly isPostmortem: boolean;
	readonly layerOrder: readonly string[];
	readonly metrics?: ChartMetrics;
	readonly actionItems?: ChartActionItems;
}

export function buildChartPayload(input: ChartDataInput): ChartPayload {
	const title = input.doc.metadata.title === undefined ? undefined : displayText(input.doc.metadata.title, 160) || undefined;
	return {
		uri: input.uri,
		version: input.version,
		title,
		isPostmortem: input.isPostmortem,
		layout: layoutChart({ title, factors: layoutFactors(input.doc), layerOrder: input.layerOrder }),
		...(input.metrics === undefined ? {} : { metrics: input.metrics }),
		...(input.actionItems === undefined ? {} : { actionItems: input.actionItems }),
	};
}

/** `[text](target)` → `text`: the chart shows what a reader sees, not link targets. */
const inlineLink = /\[([^\]\n]{0,300})\]\([^()\s]{0,500}\)/g;

export function layoutFactors(doc: PostmortemDocument): LayoutFactor[] {
	return doc.factors.map((factor) => ({
		text: factor.text.replace(inlineLink, '$1'),
		layer: factor.layer,
		line: factor.line,
		endLine: lineAt(doc.lineStarts, Math.max(factor.span.start, factor.span.end - 1)),
		start: factor.textSpan.start,
		end: factor.textSpan.end,
	}));
}

/** The payload for one analysis of an open document (the `postmortem/chart` request). */
export function chartPayloadFor(analysis: Analysis): ChartPayload {
	return buildChartPayload({
		uri: analysis.uri,
		version: analysis.version,
		doc: analysis.doc,
		isPostmortem: analysis.isPostmortem,
		layerOrder: analysis.settings.config.layers,
		metrics: chartMetrics(computeMetrics(analysis.doc)),
		actionItems: chartActionItems(summarizeActionItems(analysis.doc)),
	});
}

/** The action-item counts, when the document has action items. */
export function chartActionItems(summary: ActionItemSummary): ChartActionItems | undefined {
	return summary.items === 0 ? undefined : { items: summary.items, owned: summary.owned, dated: summary.dated, tracked: summary.tracked };
}

/** The time-to figures the timeline gives, in minutes; undefined when it gives none. */
export function chartMetrics(metrics: TimelineMetrics): ChartMetrics | undefined {
	const figures: Record<string, number> = {};
	const pairs = [
		['timeToDetectMinutes', metrics.timeToDetect],
		['timeToAcknowledgeMinutes', metrics.timeToAcknowledge],
		['timeToMitigateMinutes', metrics.timeToMitigate],
		['timeToResolveMinutes', metrics.timeToResolve],
	] as const;
	for (const [key, duration] of pairs) {
		if (duration !== undefined && Number.isFinite(duration.minutes) && duration.minutes >= 0) {
			figures[key] = duration.minutes;
		}
	}
	return Object.keys(figures).length === 0 ? undefined : (figures as ChartMetrics);
}
