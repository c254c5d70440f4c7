/**
 * The "Disable for this line" quick fix every finding gets: a control comment with a reason to fill in,
 * placed where it leaves the rendered Markdown unchanged (see comment-placement.ts). When a control comment
 * already turns other rules off on that line, the rule is added to it instead, so that comment keeps
 * applying to the line it was written for.
 */
import { lineAt } from '../model/text';
import type { ControlComment, PostmortemDocument, Span } from '../model/types';
import type { Fix, SpanEdit } from '../rules/rule';
import { placeComment, type Placement } from './comment-placement';
import { placeholderEdit, type Placeholder } from './snippet-edit';

/** What the user is asked to type. The plain-text form stays visible in the file until they do. */
// Not "TODO": the action-item model reads TODO in an item's line as "still open".
const reason: Placeholder = { snippet: '${1:reason}', plain: 'REASON' };

export function disableCommentFix(doc: PostmortemDocument, ruleId: string, span: Span): Fix {
	const line = lineAt(doc.lineStarts, span.start);
	const existing = doc.controlComments.find((comment) => targetsLine(doc, comment, line) && comment.rules.length > 0);
	if (existing !== undefined) {
		return { title: `Disable ${ruleId} for this line`, edits: [addRuleTo(doc, existing, ruleId)] };
	}
	const placement = placeComment(doc, span);
	return { title: `Disable ${ruleId} for ${scopeOf(placement)}`, edits: editsFor(placement, ruleId) };
}

function targetsLine(doc: PostmortemDocument, comment: ControlComment, line: number): boolean {
	if (comment.kind === 'disable-line') {
		return comment.line === line;
	}
	return comment.kind === 'disable-next-line' && lineAt(doc.lineStarts, comment.span.end) + 1 === line;
}

/** Inserts the rule id after the comment's last rule id, before ` -- reason` or `-->`. */
function addRuleTo(doc: PostmortemDocument, comment: ControlComment, ruleId: string): SpanEdit {
	const source = doc.text.slice(comment.span.start, comment.span.end);
	const keyword = `postmortem-${comment.kind}`;
	const bodyStart = source.indexOf(keyword) + keyword.length;
	const body = source.slice(bodyStart, source.length - '-->'.length);
	const separator = body.indexOf(' -- ');
	const rulesEnd = bodyStart + (separator === -1 ? body.trimEnd().length : separator);
	const offset = comment.span.start + rulesEnd;
	return { span: { start: offset, end: offset }, newText: ` ${ruleId}` };
}

function scopeOf(placement: Placement): string {
	switch (placement.kind) {
		case 'around':
			return 'this table';
		case 'file':
			return 'this file';
		default:
			return 'this line';
	}
}

function editsFor(placement: Placement, ruleId: string): SpanEdit[] {
	switch (placement.kind) {
		case 'above':
			return [insertion(placement.offset, (text) => `${placement.prefix}${comment('disable-next-line', ruleId, text)}${placement.eol}`)];
		case 'inline':
			return [insertion(placement.offset, (text) => `${placement.spaceBefore ? ' ' : ''}${comment('disable-line', ruleId, text)}`)];
		case 'around':
			return [
				insertion(placement.before, (text) => `${placement.prefix}${comment('disable', ruleId, text)}${placement.eol}`),
				insertion(placement.after, () => `${placement.eol}${placement.prefix}<!-- postmortem-enable ${ruleId} -->`),
			];
		case 'file':
			return [
				insertion(placement.offset, (text) =>
					placement.eolFirst ? `${placement.eol}${comment('disable-file', ruleId, text)}` : `${comment('disable-file', ruleId, text)}${placement.eol}`,
				),
			];
	}
}

function comment(kind: string, ruleId: string, reasonText: string): string {
	return `<!-- postmortem-${kind} ${ruleId} -- ${reasonText} -->`;
}

function insertion(offset: number, build: (reasonText: string) => string): SpanEdit {
	return placeholderEdit({ start: offset, end: offset }, reason, build);
}
