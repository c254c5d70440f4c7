/**
 * Fields written once over a group of action items apply to every item in it: a tracking link in the
 * section's heading ("### Short-term improvements ([tracked in #40885](…))"), a time frame in a heading or
 * in a bold label line above the list ("**In progress (next 2 weeks):**"), an owner named there
 * ("## Follow-ups (owner: @platform)"). Teams write them once rather than on every line, and an item under
 * them is owned, dated or tracked though its own text says nothing of it.
 */
import { readInlineFields, readTimeFrame, type DueDateOrder } from './action-item-fields';
import type { RawBlock } from './blocks';
import type { ActionItem, ActionItemGroupFields, Section, Span } from './types';

export const noGroupFields: ActionItemGroupFields = { owner: undefined, due: undefined, tracking: [] };

interface GroupInput {
	readonly text: string;
	readonly sections: readonly Section[];
	readonly blocks: readonly RawBlock[];
	readonly blockSections: readonly (number | undefined)[];
	readonly dateOrder?: DueDateOrder;
}

export type GroupFieldsOf = (sectionIndex: number, firstBlockIndex: number | undefined) => ActionItemGroupFields;

/**
 * The group fields of an item from its section and the first block of the item (or of its table): each
 * section's headings and each lead-in label are read once, on first ask.
 */
export function groupFieldsReader(input: GroupInput): GroupFieldsOf {
	const bySection: (ActionItemGroupFields | null | undefined)[] = [];
	const byLead = new Map<number, ActionItemGroupFields>();
	const leads = leadBlockFinder(input.blocks);
	return (sectionIndex, firstBlockIndex) => {
		const headings = (bySection[sectionIndex] ??= readHeadingFields(input, sectionIndex));
		if (headings === null || firstBlockIndex === undefined) {
			return headings ?? noGroupFields;
		}
		const lead = leads(firstBlockIndex);
		if (lead === -1 || input.blockSections[lead] !== sectionIndex) {
			return headings;
		}
		let label = byLead.get(lead);
		if (label === undefined) {
			label = readLabelFields(input, lead);
			byLead.set(lead, label);
		}
		return label === noGroupFields ? headings : nearestFirst([label, headings]);
	};
}

/**
 * The index of the block before the list (or table) that holds `blockIndex`, or -1: walking back over the
 * list's other items, remembered per block so a long list is walked once.
 */
function leadBlockFinder(blocks: readonly RawBlock[]): (blockIndex: number) => number {
	const leadOf: number[] = [];
	return (blockIndex) => {
		const walked: number[] = [];
		let index = blockIndex - 1;
		while (index >= 0 && blocks[index].listItemIndex !== undefined && leadOf[index] === undefined) {
			walked.push(index);
			index--;
		}
		const lead = index < 0 ? -1 : blocks[index].listItemIndex !== undefined ? leadOf[index] : index;
		for (const block of walked) {
			leadOf[block] = lead;
		}
		return lead;
	};
}

/** "**In progress (next 2 weeks):**": a short paragraph ending in a colon that introduces the list after it. */
function readLabelFields(input: GroupInput, blockIndex: number): ActionItemGroupFields {
	const block = input.blocks[blockIndex];
	const source = input.text.slice(block.span.start, block.span.end);
	const isLabel = block.kind === 'paragraph' && block.tableIndex === undefined && !block.quoted && source.length <= 160 && /:[*_]{0,3}$/u.test(source.trimEnd());
	return isLabel ? readFieldsIn([{ start: block.span.start, end: block.span.end }], input) : noGroupFields;
}

/**
 * The headings from the item's own section up to the action-items section that holds it, nearest first;
 * null when the section is not inside one, so a document title never lends its link to a stray task.
 */
function readHeadingFields(input: GroupInput, sectionIndex: number): ActionItemGroupFields | null {
	const spans: Span[] = [];
	for (let index: number | undefined = sectionIndex; index !== undefined; index = input.sections[index].parentIndex) {
		const section: Section | undefined = input.sections[index];
		// A document without headings gives its items section 0, which does not exist.
		if (section?.effectiveKind !== 'action-items') {
			return null;
		}
		spans.push(section.titleSpan);
		if (section.kind === 'action-items') {
			return readFieldsIn(spans, input);
		}
	}
	return null;
}

function readFieldsIn(spans: readonly Span[], input: GroupInput): ActionItemGroupFields {
	return nearestFirst(
		spans.map(({ start, end }) => {
			const source = input.text.slice(start, end);
			const { owner, due, tracking } = readInlineFields(source, start, input.dateOrder);
			return { owner, due: readTimeFrame(source, start, input.dateOrder) ?? due, tracking };
		}),
	);
}

/** Each field from the nearest group that writes it. */
function nearestFirst(groups: readonly ActionItemGroupFields[]): ActionItemGroupFields {
	const owner = groups.find((group) => group.owner !== undefined)?.owner;
	const due = groups.find((group) => group.due !== undefined)?.due;
	const tracking = groups.find((group) => group.tracking.length > 0)?.tracking ?? noGroupFields.tracking;
	return owner === undefined && due === undefined && tracking.length === 0 ? noGroupFields : { owner, due, tracking };
}

/** An owner on the item's own line or over its group. */
export function hasOwner(item: ActionItem): boolean {
	return item.owner !== undefined || item.group.owner !== undefined;
}

/** A due date (or a time frame) on the item's own line or over its group. */
export function hasDueDate(item: ActionItem): boolean {
	return item.due !== undefined || item.group.due !== undefined;
}

/** An issue key or link on the item's own line or over its group. */
export function isTracked(item: ActionItem): boolean {
	return item.tracking.length > 0 || item.group.tracking.length > 0;
}
