/**
 * Well-known metadata from front matter, or from `**Date:** …` / `Severity: …` lines before the first
 * section's body (the Google SRE template writes metadata that way), or the first H1 for the title.
 */
import type { RawBlock } from './blocks';
import type { FrontMatterBlock } from './front-matter';
import { parseDueDate } from './action-items';
import type { CalendarDate, Metadata, Section } from './types';

const keyAliases: Readonly<Record<string, keyof Omit<Metadata, 'people' | 'date'> | 'date' | 'people'>> = {
	title: 'title',
	date: 'date',
	incident_date: 'date',
	severity: 'severity',
	sev: 'severity',
	priority: 'severity',
	status: 'status',
	state: 'status',
	type: 'type',
	lang: 'lang',
	language: 'lang',
	locale: 'lang',
	timezone: 'timeZone',
	time_zone: 'timeZone',
	timeZone: 'timeZone',
	tz: 'timeZone',
	people: 'people',
	roster: 'people',
};

type MutableMetadata = { -readonly [K in keyof Metadata]: Metadata[K] };

export function readMetadata(
	text: string,
	frontMatter: FrontMatterBlock | undefined,
	sections: readonly Section[],
	blocks: readonly RawBlock[],
): Metadata {
	const metadata: MutableMetadata = {
		title: undefined,
		date: undefined,
		severity: undefined,
		status: undefined,
		type: undefined,
		lang: undefined,
		timeZone: undefined,
		people: {},
	};
	for (const [key, value] of Object.entries(frontMatter?.data ?? {})) {
		assign(metadata, key, value);
	}
	for (const [key, value] of fieldLines(text, blocks)) {
		if (keyAliases[key] !== undefined && keyAliases[key] !== 'people' && metadata[keyAliases[key]] === undefined) {
			assign(metadata, key, value);
		}
	}
	metadata.title ??= sections.find((section) => section.level === 1)?.title;
	return metadata;
}

function assign(metadata: MutableMetadata, rawKey: string, value: unknown): void {
	const key = keyAliases[rawKey] ?? keyAliases[rawKey.toLowerCase()];
	if (key === undefined || value === null || value === undefined) {
		return;
	}
	if (key === 'people') {
		metadata.people = readPeople(value);
	} else if (key === 'date') {
		metadata.date = toCalendarDate(value);
	} else if (typeof value === 'string' || typeof value === 'number') {
		metadata[key] = String(value).trim();
	}
}

function toCalendarDate(value: unknown): CalendarDate | undefined {
	if (value instanceof Date && !Number.isNaN(value.getTime())) {
		return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
	}
	return typeof value === 'string' ? parseDueDate(value) : undefined;
}

/** `people: { Dave: the on-call engineer }` or a list of `{ name, role }`. */
function readPeople(value: unknown): Record<string, string> {
	const people: Record<string, string> = {};
	if (Array.isArray(value)) {
		for (const entry of value) {
			if (typeof entry === 'object' && entry !== null && typeof (entry as Record<string, unknown>).name === 'string') {
				const { name, role } = entry as { name: string; role?: unknown };
				people[name] = typeof role === 'string' ? role : 'the responder';
			}
		}
	} else if (typeof value === 'object' && value !== null) {
		for (const [name, role] of Object.entries(value)) {
			if (typeof role === 'string') {
				people[name] = role;
			}
		}
	}
	return people;
}

const maxFieldLines = 40;

/** `**Date:** 2022-09-07` or `Status: Draft` lines among the first paragraphs of the document. */
function fieldLines(text: string, blocks: readonly RawBlock[]): [string, string][] {
	const fields: [string, string][] = [];
	for (const block of blocks) {
		if (block.line > maxFieldLines) {
			break;
		}
		if (block.kind !== 'paragraph' && block.kind !== 'table-cell') {
			continue;
		}
		for (const line of text.slice(block.span.start, block.span.end).split(/\r\n|\r|\n/)) {
			const field = /^\s*(?:[-*]\s+)?(?:\*\*|__)?([A-Z][A-Z _]{1,20}?)(?:\*\*|__)?\s*:\s*(?:(?:\*\*|__)\s*)?(.{1,200})$/i.exec(line);
			if (field !== null) {
				fields.push([field[1].trim().toLowerCase().replace(/\s+/g, '_'), field[2].trim()]);
			}
		}
	}
	return fields;
}
