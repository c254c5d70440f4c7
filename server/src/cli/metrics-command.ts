/**
 * `postmortem metrics FILE [--format text|json]`: time to detect, acknowledge, mitigate and resolve, and
 * total impact, from the file's timeline, each with the entries it was measured between.
 */
import { resolve } from 'node:path';
import { Option } from 'commander';
import { parsePostmortem } from '../model/parse';
import type { PostmortemDocument } from '../model/types';
import { formatDuration, writtenTimestamp } from '../timeline/entries';
import { computeMetrics, FIGURE_NAMES, type Duration, type DurationName, type Milestone, type TimelineMetrics } from '../timeline/metrics';
import { exitCodes, type CliIo, type CommandRegistration } from './context';
import { readText } from './files';

type MetricsFormat = 'text' | 'json';

const MILESTONES: readonly (readonly [keyof TimelineMetrics & ('impactStart' | 'detected' | 'acknowledged' | 'mitigated' | 'resolved'), string])[] = [
	['impactStart', 'Impact started'],
	['detected', 'Detected'],
	['acknowledged', 'Acknowledged'],
	['mitigated', 'Mitigated'],
	['resolved', 'Resolved'],
];

export const registerMetricsCommand: CommandRegistration = (program, io, setExitCode) => {
	program
		.command('metrics')
		.description('Time to detect, acknowledge, mitigate and resolve, and total impact, from a postmortem\'s timeline.')
		.argument('<file>', 'the postmortem (Markdown)')
		.addOption(new Option('-f, --format <format>', 'output format (json lines are 1-based)').choices(['text', 'json']).default('text'))
		.action(async (file: string, options: { format: MetricsFormat }) => {
			setExitCode(await runMetrics(file, options.format, io));
		});
};

export async function runMetrics(file: string, format: MetricsFormat, io: CliIo): Promise<number> {
	const read = await readText(resolve(io.cwd, file));
	if ('error' in read) {
		io.stderr.write(`postmortem: ${file}: ${read.error}\n`);
		return exitCodes.usage;
	}
	const doc = parsePostmortem(read.text);
	const metrics = computeMetrics(doc);
	io.stdout.write(format === 'json' ? metricsJson(file, doc, metrics) : metricsText(file, doc, metrics));
	return exitCodes.ok;
}

function milestoneJson(doc: PostmortemDocument, milestone: Milestone | undefined): object | null {
	if (milestone === undefined) {
		return null;
	}
	const entry = doc.timeline[milestone.entryIndex];
	return { line: milestone.line + 1, timestamp: writtenTimestamp(doc, entry), source: milestone.source, evidence: milestone.evidence };
}

function durationJson(doc: PostmortemDocument, duration: Duration | undefined): object | null {
	if (duration === undefined) {
		return null;
	}
	return {
		minutes: duration.minutes,
		from: { milestone: duration.from.kind, line: duration.from.line + 1, timestamp: writtenTimestamp(doc, doc.timeline[duration.from.entryIndex]) },
		to: { milestone: duration.to.kind, line: duration.to.line + 1, timestamp: writtenTimestamp(doc, doc.timeline[duration.to.entryIndex]) },
	};
}

export function metricsJson(file: string, doc: PostmortemDocument, metrics: TimelineMetrics): string {
	const milestones = Object.fromEntries(MILESTONES.map(([key]) => [key, milestoneJson(doc, metrics[key])]));
	const figures = Object.fromEntries((Object.keys(FIGURE_NAMES) as DurationName[]).map((name) => [name, durationJson(doc, metrics[name])]));
	const timedEntries = doc.timeline.filter((entry) => entry.minutes !== undefined).length;
	return JSON.stringify({ file, timedEntries, milestones, figures }, null, 2) + '\n';
}

export function metricsText(file: string, doc: PostmortemDocument, metrics: TimelineMetrics): string {
	const lines = [file];
	if (!doc.timeline.some((entry) => entry.minutes !== undefined)) {
		return `${file}\n  No timeline entries with a time: nothing to measure.\n`;
	}
	for (const [key, label] of MILESTONES) {
		const milestone = metrics[key];
		const where = milestone === undefined ? '–' : `${writtenTimestamp(doc, doc.timeline[milestone.entryIndex])}  (line ${milestone.line + 1}, ${milestone.source === 'label' ? `labelled ${milestone.evidence}` : `read from “${milestone.evidence}”`})`;
		lines.push(`  ${label.padEnd(20)}${where}`);
	}
	lines.push('');
	for (const name of Object.keys(FIGURE_NAMES) as DurationName[]) {
		const figure = metrics[name];
		const value = figure === undefined ? '–' : `${formatDuration(figure.minutes).padEnd(12)}line ${figure.from.line + 1} → line ${figure.to.line + 1}`;
		lines.push(`  ${FIGURE_NAMES[name].padEnd(20)}${value}`);
	}
	if (metrics.impactStart === undefined) {
		lines.push('', '  No impact start found: start the entry where customers were first affected with **Impact started**.');
	}
	return lines.join('\n') + '\n';
}
