/**
 * Inline control comments: `<!-- postmortem-disable-next-line blame/hindsight -- quoting the customer -->`.
 * Rule ids or categories may follow the keyword; text after ` -- ` is the reason.
 */
import { containsSpan, lineAt } from './text';
import type { ControlComment, Span } from './types';

// Bounded by the comment's closing `-->`: the body takes any character but a `-` that starts `-->`, so
// each match is linear, and a reason may say "a -> b" (the disable quick fix asks people for one).
const commentPattern = /<!--\s*postmortem-(disable-next-line|disable-line|disable-file|disable|enable)\b((?:[^-]|-(?!->)){0,2000})-->/g;

export function readControlComments(
	text: string,
	lineStarts: readonly number[],
	codeSpans: readonly Span[],
): ControlComment[] {
	const comments: ControlComment[] = [];
	if (!text.includes('postmortem-')) {
		return comments;
	}
	const sortedCode = [...codeSpans].sort((a, b) => a.start - b.start);
	commentPattern.lastIndex = 0;
	for (let match = commentPattern.exec(text); match !== null; match = commentPattern.exec(text)) {
		const span = { start: match.index, end: match.index + match[0].length };
		if (insideCode(text, sortedCode, span)) {
			continue;
		}
		const [rulesPart, ...reasonParts] = match[2].split(' -- ');
		const reason = reasonParts.join(' -- ').trim();
		comments.push({
			span,
			line: lineAt(lineStarts, span.start),
			kind: match[1] as ControlComment['kind'],
			rules: rulesPart.split(/[\s,]+/).filter((rule) => rule.length > 0),
			reason: reason === '' ? undefined : reason,
		});
	}
	return comments;
}

/**
 * Whether `span` lies in a code block (not an HTML comment block). Code spans are leaf blocks and never
 * overlap, so only the last one starting at or before `span` can hold it: a binary search, where testing
 * every code span for every comment was quadratic (each comment is itself an HTML block, so 10,000
 * disable/enable comments took 20 s to parse).
 */
function insideCode(text: string, sortedCode: readonly Span[], span: Span): boolean {
	let low = 0;
	let high = sortedCode.length - 1;
	let candidate = -1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (sortedCode[middle].start <= span.start) {
			candidate = middle;
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}
	return candidate !== -1 && containsSpan(sortedCode[candidate], span) && !isHtmlComment(text, sortedCode[candidate]);
}

/** HTML blocks are recorded with code spans; a comment there is a real comment, not code. */
function isHtmlComment(text: string, code: Span): boolean {
	return text.startsWith('<!--', code.start);
}
