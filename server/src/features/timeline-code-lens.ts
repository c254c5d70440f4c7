/** Code lens on the Timeline heading: time to detect, acknowledge, mitigate, resolve and total impact. */
import type { CodeLens } from 'vscode-languageserver';
import type { PostmortemDocument } from '../model/types';
import { formatDuration, timelineHeadingSection } from '../timeline/entries';
import { computeMetrics, FIGURE_NAMES } from '../timeline/metrics';
import { spanToRange } from './positions';
import type { CodeLensProvider } from './providers';

/** Lenses show text only: clicking them does nothing. */
const NO_COMMAND = '';

export const timelineCodeLens: CodeLensProvider = (context) => {
	const doc = context.analysis.doc;
	const heading = mainTimelineHeading(doc);
	if (heading === undefined) {
		return [];
	}
	const range = spanToRange(context.document, heading.headingSpan);
	const metrics = computeMetrics(doc);
	const lenses: CodeLens[] = [];
	for (const name of Object.keys(FIGURE_NAMES) as (keyof typeof FIGURE_NAMES)[]) {
		const figure = metrics[name];
		if (figure !== undefined) {
			const title = `${FIGURE_NAMES[name]} ${formatDuration(figure.minutes)} (lines ${figure.from.line + 1}→${figure.to.line + 1})`;
			lenses.push({ range, command: { title, command: NO_COMMAND } });
		}
	}
	const timed = doc.timeline.filter((entry) => entry.minutes !== undefined).length;
	if (lenses.length === 0 && timed >= 2) {
		lenses.push({ range, command: { title: 'No time-to-X figures yet: start entries with **Impact started**, **Detected**, **Mitigated**, **Resolved**', command: NO_COMMAND } });
	}
	return lenses;
};

function mainTimelineHeading(doc: PostmortemDocument): PostmortemDocument['sections'][number] | undefined {
	const first = doc.timeline[0];
	return first === undefined ? undefined : timelineHeadingSection(doc, first.sectionIndex)?.section;
}
