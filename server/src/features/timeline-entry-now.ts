/** The "Insert timeline entry (now)" command's server side: the entry text and where it goes. */
import type { TimelineEntryNowResult } from '../protocol';
import { appendSlot, entrySlotAt, entryText, nowChoice } from '../timeline/new-entry';
import { spanToRange } from './positions';
import type { FeatureContext } from './providers';

export function timelineEntryNow(context: FeatureContext | undefined, offset: number): TimelineEntryNowResult {
	if (context === undefined) {
		return { error: 'This file is not checked as a postmortem (use "Postmortem: Check This File as a Postmortem").' };
	}
	const doc = context.analysis.doc;
	const atCursor = entrySlotAt(doc, offset);
	const appended = atCursor === undefined ? appendSlot(doc) : undefined;
	const slot = atCursor ?? appended?.slot;
	if (slot === undefined) {
		return { error: 'No timeline entries to follow: add a "## Timeline" section with a first timed entry (e.g. "- 14:02 Deploy started").' };
	}
	const now = nowChoice(doc, slot, context.now, false);
	if (now === undefined) {
		return { error: 'The timeline format cannot be written for now.' };
	}
	const newline = appended?.newline ?? '';
	return {
		range: spanToRange(context.document, slot.replace),
		version: context.document.version,
		snippet: newline + entryText(slot, now.text, { snippet: true }),
		text: newline + entryText(slot, now.text, { snippet: false }),
	};
}
