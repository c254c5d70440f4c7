/** Hover on a timeline timestamp: how long after the impact start it is (`T+8 min since impact start`). */
import type { Hover } from 'vscode-languageserver';
import type { PostmortemDocument, TimelineEntry } from '../model/types';
import { formatDuration, writtenTimestamp } from '../timeline/entries';
import { computeMetrics, FIGURE_NAMES, type Milestone, type TimelineMetrics } from '../timeline/metrics';
import { spanToRange } from './positions';
import type { HoverProvider } from './providers';

export const timelineHover: HoverProvider = (context, offset) => {
	const doc = context.analysis.doc;
	const index = doc.timeline.findIndex((entry) => entry.timestamp.span.start <= offset && offset <= entry.timestamp.span.end);
	if (index < 0) {
		return undefined;
	}
	const entry = doc.timeline[index];
	const metrics = computeMetrics(doc);
	const lines = [relativeLine(doc, entry, metrics), ...milestoneLines(metrics, index)].filter((line): line is string => line !== undefined);
	if (lines.length === 0) {
		return undefined;
	}
	const hover: Hover = { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: spanToRange(context.document, entry.timestamp.span) };
	return hover;
};

function relativeLine(doc: PostmortemDocument, entry: TimelineEntry, metrics: TimelineMetrics): string | undefined {
	const origin = metrics.origin;
	if (entry.minutes === undefined) {
		const reason = entry.timestamp.placeholder ? 'it is a placeholder' : entry.timestamp.invalid ?? (entry.timestamp.time === undefined ? 'it gives no time of day' : 'its date is unknown');
		return `No place in time for this entry: ${reason}.`;
	}
	if (origin === undefined) {
		return undefined;
	}
	const from = doc.timeline[origin.entryIndex];
	const what = origin.kind === 'impact-start' ? 'impact start' : 'the first entry';
	const where = `(${writtenTimestamp(doc, from)}, line ${from.line + 1})`;
	const delta = entry.minutes - origin.minutes;
	const hint = origin.kind === 'first-entry' ? ' Label the entry where customers were first affected `**Impact started**` to count from there.' : '';
	if (Math.abs(delta) < 0.5) {
		return origin.entryIndex === doc.timeline.indexOf(entry) ? `**T+0**: ${what}.${hint}` : `**T+0**: same time as ${what} ${where}.`;
	}
	const sign = delta > 0 ? '+' : '−';
	return `**T${sign}${formatDuration(Math.abs(delta))}** ${delta > 0 ? 'since' : 'before'} ${what} ${where}.${hint}`;
}

/** The figures this entry starts or ends. */
function milestoneLines(metrics: TimelineMetrics, index: number): string[] {
	const lines: string[] = [];
	for (const name of Object.keys(FIGURE_NAMES) as (keyof typeof FIGURE_NAMES)[]) {
		const figure = metrics[name];
		if (figure !== undefined && (figure.to.entryIndex === index || figure.from.entryIndex === index)) {
			lines.push(`${FIGURE_NAMES[name]}: **${formatDuration(figure.minutes)}** (line ${figure.from.line + 1} → line ${figure.to.line + 1}; ${source(figure.to)}).`);
		}
	}
	return lines;
}

function source(milestone: Milestone): string {
	return milestone.source === 'label' ? `labelled ${milestone.evidence}` : `read from “${milestone.evidence}”`;
}
