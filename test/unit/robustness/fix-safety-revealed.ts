/**
 * New findings an action may make visible without causing them. "No new finding" is the rule; each
 * exception here is narrow and says why the finding was latent in the text before the edit:
 *
 * - A time rewrite (timeline/invalid-time, timeline/mixed-formats) changes which entries the timeline
 *   checks can read. A time that was unreadable is readable now, so order and gap checks may see it
 *   (out-of-order, large-gap), and missing-time-zone, which needs one readable time, may start. A time
 *   whose format changes in a timeline that was already out of order may be read on another day (the
 *   model reads a bare `12:45` after `14:10` in a timeline with 12-hour times as 00:45), so order and gap
 *   findings may move. In a timeline already mixed, one more 24-hour time may shift the majority and
 *   mixed-formats may point at other entries. In a timeline that was consistent, a rewrite that starts a
 *   mixed-formats finding is a problem.
 * - A roster refactoring ("Replace 'Dave' with …") swaps a person for a role or declares a name a person:
 *   the rules read sentences about people and roles differently (people-fix gives way to vague,
 *   owner-is-responder matches a role named in both places), so findings on a line that names the person
 *   or the role may change.
 * - An edit that adds or rewrites words can carry a document across the language gate (model/language.ts:
 *   with 40 words or more, English when 12% of them are very common English words): the prose rules,
 *   which only run on English, start, and their findings were in the text all along.
 * - A blame rewrite changes the words the clause analysis reads around it (in a run-on sentence the
 *   subject found for a later clause may change): another blame finding may appear on the same line, on
 *   words the edit did not write.
 */
import type { CodeAction } from 'vscode-languageserver';
import type { Finding } from '../../../server/src/lint';
import { isEnglish } from '../../../server/src/model/language';
import { parsePostmortem } from '../../../server/src/model/parse';
import { findRule } from '../../../server/src/rules';
import { lineStarts, type OffsetEdit, type Revealed } from './fix-safety-checks';

const timeRewrites = new Set(['timeline/invalid-time', 'timeline/mixed-formats']);

interface Context {
	readonly before: { readonly text: string; readonly findings: readonly Finding[] };
	readonly action: CodeAction;
	readonly target: Finding | undefined;
	/** The text after the edits. */
	readonly after: string;
	readonly edits: readonly OffsetEdit[];
}

export function revealedBy(context: Context): Revealed {
	const specific = revealedByAction(context);
	let crossed: boolean | undefined;
	// Asked only about a new finding, which is rare: parsing both texts for every action would cost more.
	const crossedIntoEnglish = (): boolean => (crossed ??= !isEnglish(parsePostmortem(context.before.text)) && isEnglish(parsePostmortem(context.after)));
	return (finding) => specific(finding) || (findRule(finding.ruleId)?.englishOnly === true && crossedIntoEnglish());
}

function revealedByAction(context: Context): Revealed {
	const { target } = context;
	const before = context.before.findings;
	const fired = (ruleId: string): boolean => before.some((finding) => finding.ruleId === ruleId);
	if (target !== undefined && timeRewrites.has(target.ruleId)) {
		const readableNow = target.ruleId === 'timeline/invalid-time';
		return (finding) => {
			switch (finding.ruleId) {
				case 'timeline/out-of-order':
				case 'timeline/large-gap':
					return readableNow || fired('timeline/out-of-order');
				case 'timeline/missing-time-zone':
					return readableNow && !fired('timeline/missing-time-zone');
				case 'timeline/mixed-formats':
					return fired('timeline/mixed-formats');
				default:
					return false;
			}
		};
	}
	const roster = /^Replace '(.+)' with (?:'(.+)' everywhere|a role… \(add )/.exec(context.action.title);
	if (roster !== null) {
		const words = [roster[1], roster[2]].filter((word) => word !== undefined);
		return (finding) => words.some((word) => lineOf(context, finding.span.start).toLowerCase().includes(word.toLowerCase()));
	}
	if (target?.category === 'blame') {
		return (finding) => finding.category === 'blame' && onEditedLine(context, finding) && !context.edits.some((edit) => writtenBy(context, edit, finding));
	}
	return () => false;
}

function lineOf(context: Context, offset: number): string {
	const starts = lineStarts(context.after);
	const line = starts.filter((start) => start <= offset).length - 1;
	return context.after.slice(starts[line], starts[line + 1] ?? context.after.length);
}

/** The finding is on a line one of the edits (at its new place) is on. */
function onEditedLine(context: Context, finding: Finding): boolean {
	const line = lineOf(context, finding.span.start);
	return placed(context).some((edit) => line === lineOf(context, edit.start));
}

/** The finding's span meets the text the edit wrote. */
function writtenBy(context: Context, edit: OffsetEdit, finding: Finding): boolean {
	const at = placed(context).find((candidate) => candidate.edit === edit);
	return at !== undefined && finding.span.start < at.end && at.start < finding.span.end;
}

/** Where each edit's new text sits in the text after the edits. */
function placed(context: Context): { edit: OffsetEdit; start: number; end: number }[] {
	let shift = 0;
	return context.edits.map((edit) => {
		const start = edit.start + shift;
		shift += edit.newText.length - (edit.end - edit.start);
		return { edit, start, end: start + edit.newText.length };
	});
}
