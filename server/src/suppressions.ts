/** Whether a control comment in the document turns a finding off. Pure. */
import { lineAt } from './model/text';
import type { ControlComment, PostmortemDocument, Span } from './model/types';

export function isSuppressed(doc: PostmortemDocument, ruleId: string, span: Span): boolean {
	if (doc.controlComments.length === 0) {
		return false;
	}
	const line = lineAt(doc.lineStarts, span.start);
	let disabledByRegion = false;
	for (const comment of doc.controlComments) {
		if (!appliesTo(comment, ruleId)) {
			continue;
		}
		switch (comment.kind) {
			case 'disable-file':
				return true;
			case 'disable-line':
				if (comment.line === line) {
					return true;
				}
				break;
			case 'disable-next-line':
				if (lineAt(doc.lineStarts, comment.span.end) + 1 === line) {
					return true;
				}
				break;
			case 'disable':
				if (comment.span.end <= span.start) {
					disabledByRegion = true;
				}
				break;
			case 'enable':
				if (comment.span.end <= span.start) {
					disabledByRegion = false;
				}
				break;
		}
	}
	return disabledByRegion;
}

function appliesTo(comment: ControlComment, ruleId: string): boolean {
	if (comment.rules.length === 0) {
		return true;
	}
	const category = ruleId.split('/')[0];
	return comment.rules.some((rule) => rule === ruleId || rule === category);
}
