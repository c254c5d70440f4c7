/** Whether a control comment in the document turns a finding off. Pure. */
import { lastAtOrBefore, lineAt } from './model/text';
import type { ControlComment, PostmortemDocument, Span } from './model/types';
import { memoByObject } from './memo';

/**
 * The document's control comments arranged for lookup, built once per document: asking every comment
 * about every finding was quadratic (10,000 `disable-next-line` comments, each over a finding, took 10 s
 * for one rule).
 */
interface SuppressionIndex {
	readonly fileWide: readonly ControlComment[];
	/** `disable-line` and `disable-next-line` comments by the line they silence. */
	readonly byLine: ReadonlyMap<number, readonly ControlComment[]>;
	/** Per rule id, the `disable`/`enable` comments that apply to it, in order of where they end. */
	readonly regions: Map<string, readonly ControlComment[]>;
	readonly allRegions: readonly ControlComment[];
}

export function isSuppressed(doc: PostmortemDocument, ruleId: string, span: Span): boolean {
	if (doc.controlComments.length === 0) {
		return false;
	}
	const index = indexOf(doc);
	if (index.fileWide.some((comment) => appliesTo(comment, ruleId))) {
		return true;
	}
	const line = lineAt(doc.lineStarts, span.start);
	if ((index.byLine.get(line) ?? []).some((comment) => appliesTo(comment, ruleId))) {
		return true;
	}
	// The last `disable` or `enable` for this rule that ends before the finding decides.
	const regions = regionsFor(index, ruleId);
	const last = lastEndingBy(regions, span.start);
	return last !== undefined && last.kind === 'disable';
}

const indexOf: (doc: PostmortemDocument) => SuppressionIndex = memoByObject((doc) => {
	const byLine = new Map<number, ControlComment[]>();
	const silence = (line: number, comment: ControlComment): void => {
		const comments = byLine.get(line);
		if (comments === undefined) {
			byLine.set(line, [comment]);
		} else {
			comments.push(comment);
		}
	};
	for (const comment of doc.controlComments) {
		if (comment.kind === 'disable-line') {
			silence(comment.line, comment);
		} else if (comment.kind === 'disable-next-line') {
			silence(lineAt(doc.lineStarts, comment.span.end) + 1, comment);
		}
	}
	const allRegions = doc.controlComments
		.filter((comment) => comment.kind === 'disable' || comment.kind === 'enable')
		.sort((a, b) => a.span.end - b.span.end);
	return { fileWide: doc.controlComments.filter((comment) => comment.kind === 'disable-file'), byLine, regions: new Map(), allRegions };
});

function regionsFor(index: SuppressionIndex, ruleId: string): readonly ControlComment[] {
	let regions = index.regions.get(ruleId);
	if (regions === undefined) {
		regions = index.allRegions.filter((comment) => appliesTo(comment, ruleId));
		index.regions.set(ruleId, regions);
	}
	return regions;
}

/** The last comment (in order of end) that ends at or before `offset`. */
function lastEndingBy(comments: readonly ControlComment[], offset: number): ControlComment | undefined {
	return comments[lastAtOrBefore(comments, (comment) => comment.span.end, offset)];
}

function appliesTo(comment: ControlComment, ruleId: string): boolean {
	if (comment.rules.length === 0) {
		return true;
	}
	const category = ruleId.split('/')[0];
	return comment.rules.some((rule) => rule === ruleId || rule === category);
}
