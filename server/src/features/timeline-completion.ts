/**
 * Timestamp completion on a new timeline entry: the previous entry's time, +1 and +5 minutes, "now" when
 * the incident is today, and entries opening with a bold lifecycle label (`**Detected**`), each inserting a
 * whole entry in the timeline's own form and format with a tab stop for the event text.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { entrySlotAt, entryText, followingTimes, LIFECYCLE_LABELS, nowChoice, type EntrySlot, type TimestampChoice } from '../timeline/new-entry';
import { spanToRange } from './positions';
import type { CompletionProvider, FeatureContext } from './providers';

/** Typing a space after `-`, `|` or `###`, or a `|`, opens the list on a new entry. */
export const timelineTriggerCharacters = [' ', '|'];

export const timelineCompletion: CompletionProvider = (context, offset) => {
	const doc = context.analysis.doc;
	const slot = entrySlotAt(doc, offset);
	if (slot === undefined) {
		return [];
	}
	const times = followingTimes(slot);
	const now = nowChoice(doc, slot, context.now, true);
	const choices = now === undefined ? times : [...times, now];
	const items = choices.map((choice, index) => timeItem(context, slot, choice, index));
	const base = now ?? times[0];
	return base === undefined ? items : [...items, ...labelItems(context, slot, base)];
};

function timeItem(context: FeatureContext, slot: EntrySlot, choice: TimestampChoice, index: number): CompletionItem {
	const newText = entryText(slot, choice.text, { snippet: context.snippets });
	return {
		label: choice.text,
		kind: CompletionItemKind.Event,
		detail: choice.detail,
		documentation: { kind: 'markdown', value: `Inserts a timeline entry:\n\n\`\`\`markdown\n${entryText(slot, choice.text, { snippet: false })}…\n\`\`\`` },
		sortText: `0${index}`,
		filterText: choice.text,
		insertTextFormat: context.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
		textEdit: { range: spanToRange(context.document, slot.replace), newText },
	};
}

/** One item per lifecycle moment the timeline does not label yet. */
function labelItems(context: FeatureContext, slot: EntrySlot, base: TimestampChoice): CompletionItem[] {
	const labelled = new Set(context.analysis.doc.timeline.map((entry) => entry.marker?.kind));
	return LIFECYCLE_LABELS.filter((label) => !labelled.has(label.kind)).map((label, index) => ({
		label: `**${label.label}**`,
		kind: CompletionItemKind.Keyword,
		detail: `${base.text} — lifecycle label: ${label.figure}`,
		sortText: `1${index}`,
		filterText: `${base.text} ${label.label}`,
		insertTextFormat: context.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
		textEdit: {
			range: spanToRange(context.document, slot.replace),
			newText: entryText(slot, base.text, { snippet: context.snippets, label: label.label, timeTabStop: true }),
		},
	}));
}
