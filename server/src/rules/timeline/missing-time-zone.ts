import type { PostmortemDocument, Span, TimelineEntry } from '../../model/types';
import { timelineHeadingSection } from '../../timeline/entries';
import type { Fix, Rule, RuleContext } from '../rule';

export const missingTimeZone: Rule = {
	id: 'timeline/missing-time-zone',
	category: 'timeline',
	description: 'The timeline says which time zone its times are in, once ("All times UTC") or on each time.',
	defaultSeverity: 'warning',
	check(context: RuleContext): void {
		const { doc } = context;
		if (doc.declaredTimeZone !== undefined || doc.timeline.some((entry) => entry.timestamp.zone !== undefined)) {
			return;
		}
		const first = doc.timeline.find(hasUsableTime);
		if (first === undefined) {
			return;
		}
		const heading = timelineHeadingSection(doc, first.sectionIndex)?.section;
		context.report({
			span: heading?.titleSpan ?? first.timestamp.span,
			message: 'No time zone for this timeline: say it once under the heading ("All times UTC") or on each time, so readers in other zones, and logs, line up.',
			fixes: heading === undefined ? [] : [declareZone(doc, heading.headingSpan)],
		});
	},
};

function hasUsableTime(entry: TimelineEntry): boolean {
	return entry.timestamp.time !== undefined && entry.timestamp.invalid === undefined && !entry.timestamp.placeholder;
}

/** Adds "All times UTC." as a paragraph of its own under the heading; UTC is a placeholder to change. */
function declareZone(doc: PostmortemDocument, headingSpan: Span): Fix {
	const lineEnd = doc.text.slice(headingSpan.end).search(/\r?\n|\r|$/) + headingSpan.end;
	// The heading's own line break (else the one before it): CR-only and mixed files keep their style.
	const eol = /^(?:\r\n|\n|\r)/.exec(doc.text.slice(lineEnd, lineEnd + 2))?.[0] ?? /(?:\r\n|\n|\r)$/.exec(doc.text.slice(Math.max(0, headingSpan.start - 2), headingSpan.start))?.[0] ?? '\n';
	const rest = doc.text.slice(lineEnd).replace(/^(?:\r\n|\n|\r)/, '');
	const blankFollows = /^[ \t]*(?:\r\n|\n|\r|$)/.test(rest);
	const after = blankFollows ? '' : eol;
	return {
		title: 'Declare the time zone ("All times UTC.")',
		edits: [{ span: { start: lineEnd, end: lineEnd }, newText: `${eol}${eol}All times UTC.${after}`, snippet: `${eol}${eol}All times \${1:UTC}.${after}` }],
	};
}
