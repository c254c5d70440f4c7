/**
 * The fields written inside an action item's own text: owner (`Owner: @team`, `owner @team`, `(owner: x)`,
 * `assigned to x`, a bare `@handle`), due date (`Due: 2026-12-15`, `due 2026-12-15`, `by Dec 15`,
 * `ETA: Q1`), tracking references (`ABC-123`, `#123`, `org/repo#12`, links) and status markers
 * (`(done)`, `DONE in PR`, `✅`, `~~struck through~~`, `Status: in progress`, `TODO`).
 *
 * A label without a colon only counts when what follows looks like its value: "owner @team" is an owner,
 * "the Product Owners about…" is not; "due 2026-12-15" is a due date, "due to load" is not.
 */
import type { ActionItemField, CalendarDate } from './types';

export type DueField = ActionItemField & { readonly date: CalendarDate | undefined };

export interface InlineFields {
	readonly owner: ActionItemField | undefined;
	readonly due: DueField | undefined;
	readonly tracking: ActionItemField[];
	readonly done: boolean;
	readonly open: boolean;
}

const ownerLabel = /(?<![\w-])(?:owners?|assignees?|assigned[ \t]+to|owned[ \t]+by|responsible|dri)(?![\w-])/giu;
const dueLabel = /(?<![\w-])(?:due(?:[ \t]+(?:date|by|on))?|deadline|eta|target(?:[ \t]+date)?|by|before|until)(?![\w-])/giu;
/** What joins a label to its value: `:`, `=`, ` - `, with Markdown emphasis around the label or colon. */
const separator = /^[*_]{0,3}[ \t]*(?:[:=]|[ \t]-[ \t]|[ \t][–—][ \t])?[*_]{0,3}[ \t]*/u;
/** A field's value after its label: matched where the label ends (sticky), never on a copy of the rest of the text. */
const ownerValue = /[^\s,;()[\]|][^,;()[\]|\r\n]{0,59}/uy;
const dueValue = /[^\s,;()[\]|][^,;()[\]|\r\n]{0,39}/uy;
const mention = /(?<![\w@./])@[A-Za-z0-9][\w./-]{0,60}/u;
const months = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
/** Due words that name no time: a due date all the same, but no time frame for a group of items. */
const noTimeWords = 'asap|soon|tbd|tba|tbc|later|eventually';
/** A value that reads as a date or a due-date word, at the start of the text after a label. */
const dateLike = new RegExp(
	[
		String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}`,
		String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}`,
		String.raw`(?:${months})[a-z]{0,6}[ \t]{1,3}\d{4}`,
		String.raw`(?:${months})[a-z]{0,6}\.?[ \t]{1,3}\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,?[ \t]{1,3}\d{4})?`,
		String.raw`\d{1,2}(?:st|nd|rd|th)?[ \t]{1,3}(?:${months})[a-z]{0,6}\.?(?:,?[ \t]{1,3}\d{4})?`,
		String.raw`q[1-4](?:[ \t]{1,3}\d{4}|[ \t]?[/-][ \t]?\d{2,4}|\b)`,
		String.raw`(?:the[ \t]{1,3})?end[ \t]{1,3}of[ \t]{1,3}(?:the[ \t]{1,3})?(?:week|month|quarter|year|sprint|q[1-4])`,
		String.raw`eo[dwmqy]\b`,
		String.raw`(?:${noTimeWords})\b`,
		String.raw`next[ \t]{1,3}(?:week|month|quarter|sprint|year|release)`,
		String.raw`(?:next|within)[ \t]{1,3}\d{1,2}[ \t]{1,3}(?:days|weeks|months|sprints)\b`,
		String.raw`(?:today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`,
	].join('|'),
	'iuy',
);
const issueKey = /(?<![\w-])([A-Z][A-Z0-9]{1,9})-(\d{1,7})(?![\w-])|(?<![\w&#/])#\d{1,7}\b|(?<![\w/])[\w.-]{1,40}\/[\w.-]{1,60}#\d{1,7}\b/gu;
/** Standards and identifiers that look like issue keys but track nothing. */
const notIssuePrefixes = new Set(['CVE', 'CWE', 'GHSA', 'RFC', 'ISO', 'IEC', 'UTF', 'SHA', 'AES', 'RSA', 'TLS', 'SSL', 'HTTP', 'IPV', 'COVID', 'MD', 'ECMA', 'WCAG', 'NIST', 'FIPS', 'PCI', 'SOC', 'IEEE', 'EN', 'UTC', 'GMT']);
/** Images come first so their targets are skipped; then Markdown links, autolinks and bare URLs. */
const link = /!\[[^\]\r\n]{0,200}\]\([^)\s]{1,500}\)|\]\(([^)\s]{1,500})\)|<(https?:\/\/[^\s<>]{1,500})>|(?<![\w/])https?:\/\/[^\s<>()[\]]{1,500}/gu;
const doneWords = /\b(?:done|completed?|fixed|closed|resolved|shipped|merged|finished|implemented)\b|[✅✔☑]/iu;
const openWords = /\b(?:todo|to do|open|in[ \t-]progress|not started|pending|planned|ongoing|backlog|blocked|wip)\b/iu;
const statusField = /(?<![\w-])status[*_]{0,3}[ \t]*[:=][*_]{0,3}[ \t]*([^\s,;|][^,;|\r\n]{0,29})/iu;
const doneMarker = /\((?:done|completed?|fixed|resolved|shipped|merged)\b(?![ \t]+(?:when|once|if|after|means)\b)[^)\r\n]{0,80}\)|\[(?:done|completed?)\]|(?<![\w-])(?:done|completed?)[ \t]+in[ \t]+(?:\[?pr\b|\[?#\d|\[?https?:)/iu;
/**
 * Asides that say the work is done: "(monitoring done in grafana)", "_done in grafana_", "Note: … we already
 * do this". "(as done in the last incident)" and "(what was done in the drill)" say how, not that it is done.
 */
const doneAside = /\([^()\r\n]{1,60}(?<!\b(?:as|was|were|be|been|being|is|are|gets?|got))[ \t]done(?:[ \t]+\[?in\b|[ \t]*\))(?:[^()\r\n]|\([^()\r\n]{0,200}\)){0,80}\)|(?<![\w*])[*_]{1,2}(?:done|completed?)[ \t]+in[ \t][^*_\r\n]{1,60}[*_]{1,2}|\bwe already (?:do|have|did)\b/iu;

/** How the document orders day and month in numeric dates ('dmy' reads 07-12-2026 as 7 December). */
export type DueDateOrder = 'dmy' | 'mdy' | 'ambiguous' | undefined;

/**
 * Owner, due date, tracking references and status written inline in an item's text. HTML comments are
 * not the item's text (template hints, or a control comment whose reason says "owner left, TODO"), so
 * they are blanked first, keeping offsets.
 */
export function readInlineFields(written: string, offset: number, order?: DueDateOrder): InlineFields {
	const source = withoutComments(written);
	const tracking = readTracking(source, offset);
	const status = statusField.exec(source)?.[1] ?? '';
	return {
		owner: readOwner(source, offset),
		due: readDue(source, offset, order),
		tracking,
		done: doneWords.test(status) || isMarkedDone(source),
		open: openWords.test(status) || /(?<![\w-])TODO(?![\w-])/u.test(source),
	};
}

/** `<!-- … -->` replaced by spaces (line breaks kept), so every offset still points at the same character. */
function withoutComments(source: string): string {
	let result = '';
	let cursor = 0;
	for (let open = source.indexOf('<!--'); open !== -1; open = source.indexOf('<!--', cursor)) {
		const close = source.indexOf('-->', open + 4);
		if (close === -1) {
			break;
		}
		result += source.slice(cursor, open) + source.slice(open, close + 3).replace(/[^\r\n]/gu, ' ');
		cursor = close + 3;
	}
	return cursor === 0 ? source : result + source.slice(cursor);
}

function readOwner(source: string, offset: number): ActionItemField | undefined {
	ownerLabel.lastIndex = 0;
	for (let match = ownerLabel.exec(source); match !== null; match = ownerLabel.exec(source)) {
		const after = match.index + match[0].length;
		const sep = separator.exec(source.slice(after, after + 12))?.[0] ?? '';
		const explicit = /[:=\-–—]/u.test(sep) || /^(?:assigned|owned)/iu.test(match[0]);
		const valueStart = after + sep.length;
		ownerValue.lastIndex = valueStart;
		const raw = ownerValue.exec(source)?.[0];
		if (raw === undefined || (!explicit && !raw.startsWith('@'))) {
			continue;
		}
		const value = trimValue(cutAtNextField(raw));
		if (value !== '' && !/^(?:tbd|tba|n\/?a|none|-+|\?+)$/iu.test(value)) {
			return { text: value, span: { start: offset + valueStart, end: offset + valueStart + value.length } };
		}
	}
	const handle = mention.exec(source);
	if (handle === null) {
		return readSubjectTeam(source, offset);
	}
	const text = trimValue(handle[0]);
	return { text, span: { start: offset + handle.index, end: offset + handle.index + text.length } };
}

/**
 * A team or role that opens the item as the one who acts: "SRE team to add…", "The platform team will…",
 * "Content pipeline team should…", "Storage admins to…". A bare word before "to" ("Tooling to detect drift")
 * is what to build, not who builds it, so the subject must end in a word for a group of people.
 */
const subjectTeam =
	/^(?:the[ \t]+)?((?:[\w&/.-]{1,30}[ \t]+){0,3}(?:team|teams|squad|squads|crew|guild|department|dept|sre|sres|admins|administrators|engineers|developers|on-?call))[ \t]+(?:to|will|should|must|shall|needs?[ \t]+to)[ \t]+(?!be[ \t]+(?!able\b))[a-z]/iu;

function readSubjectTeam(source: string, offset: number): ActionItemField | undefined {
	const prefix = itemPrefix.exec(source)?.[0].length ?? 0;
	const match = subjectTeam.exec(source.slice(prefix));
	if (match === null) {
		return undefined;
	}
	const start = prefix + match[0].indexOf(match[1]);
	return { text: match[1], span: { start: offset + start, end: offset + start + match[1].length }, inSentence: true };
}

function readDue(source: string, offset: number, order: DueDateOrder): DueField | undefined {
	return readLabelledDue(source, offset, order) ?? readGroupedDue(source, offset, order);
}

function readLabelledDue(source: string, offset: number, order: DueDateOrder): DueField | undefined {
	dueLabel.lastIndex = 0;
	for (let match = dueLabel.exec(source); match !== null; match = dueLabel.exec(source)) {
		const after = match.index + match[0].length;
		const sep = separator.exec(source.slice(after, after + 12))?.[0] ?? '';
		// "Target: p99 under 200 ms" and "Target: nobody merges on a Friday" name a goal, not a date, so a bare
		// "target" needs a value that reads as a date; "Due:", "Deadline:", "ETA:" and "Target date:" take any value.
		const explicit = /[:=]/u.test(sep) && !/^(?:by|before|until|target)$/iu.test(match[0]);
		const valueStart = after + sep.length;
		dateLike.lastIndex = valueStart;
		const dated = dateLike.exec(source)?.[0];
		dueValue.lastIndex = valueStart;
		const value = dated ?? (explicit ? trimValue(cutAtNextField(dueValue.exec(source)?.[0] ?? '')) : '');
		if (value !== '') {
			return { text: value, span: { start: offset + valueStart, end: offset + valueStart + value.length }, date: parseDueDate(value, order) };
		}
	}
	return undefined;
}

/** A parenthesised group of fields: `(owner: Dana, 2026-12-10)`. */
const fieldGroup = /\(([^()\r\n]{1,200})\)/gu;

/**
 * `(owner: Dana, 2026-12-10)`: in a group that names an owner, a part that is only a date is the due date,
 * though it has no label of its own.
 */
function readGroupedDue(source: string, offset: number, order: DueDateOrder): DueField | undefined {
	fieldGroup.lastIndex = 0;
	for (let group = fieldGroup.exec(source); group !== null; group = fieldGroup.exec(source)) {
		ownerLabel.lastIndex = 0;
		if (!ownerLabel.test(group[1])) {
			continue;
		}
		let partStart = group.index + 1;
		for (const part of group[1].split(/[,;]/u)) {
			const lead = part.length - part.trimStart().length;
			const value = part.trim();
			dateLike.lastIndex = 0;
			if (value !== '' && dateLike.exec(value)?.[0] === value) {
				const start = offset + partStart + lead;
				return { text: value, span: { start, end: start + value.length }, date: parseDueDate(value, order) };
			}
			partStart += part.length + 1;
		}
	}
	return undefined;
}

/** "(later)", "(TBD)" over a group of items set no time frame. */
const noTime = new RegExp(`^(?:${noTimeWords})$`, 'iu');

/**
 * The time frame written over a group of items, in a heading or a label line: a parenthesis that opens with
 * a date-like value ("Long-term (Q4 2025 - Q1 2026)", "In progress (next 2 weeks):"). A labelled due date
 * there is read by `readInlineFields`.
 */
export function readTimeFrame(source: string, offset: number, order: DueDateOrder): DueField | undefined {
	fieldGroup.lastIndex = 0;
	for (let group = fieldGroup.exec(source); group !== null; group = fieldGroup.exec(source)) {
		const lead = group[1].length - group[1].trimStart().length;
		dateLike.lastIndex = lead;
		const value = dateLike.exec(group[1])?.[0].trim();
		if (value !== undefined && !noTime.test(value)) {
			const start = offset + group.index + 1 + lead;
			return { text: value, span: { start, end: start + value.length }, date: parseDueDate(value, order) };
		}
	}
	return undefined;
}

/** Issue keys and links in `source`, in order. */
function readTracking(source: string, offset: number): ActionItemField[] {
	const found: ActionItemField[] = [];
	for (const pattern of [issueKey, link]) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
			if ((pattern === issueKey && match[1] !== undefined && notIssuePrefixes.has(match[1])) || match[0].startsWith('!')) {
				continue;
			}
			const text = pattern === link ? (match[1] ?? match[2] ?? match[0]) : match[0];
			found.push({ text, span: { start: offset + match.index, end: offset + match.index + match[0].length } });
		}
	}
	return found.sort((a, b) => a.span.start - b.span.start);
}

/** A list item's marker and task box ("- ", "1. ", "- [ ] "), before its text. */
const itemPrefix = /^[ \t]{0,12}(?:[-*+]|\d{1,9}[.)])[ \t]{1,4}(?:\[[ x]?\][ \t]{0,4})?/iu;

/** Done markers on the item's own text: `(done)`, `DONE in PR`, a leading or trailing ✅, strikethrough. */
function isMarkedDone(source: string): boolean {
	const firstLine = source.split(/\r\n|\r|\n/u, 1)[0];
	const content = firstLine.replace(itemPrefix, '').trim();
	return (
		doneMarker.test(source) ||
		doneAside.test(source) ||
		/(?<![\w-])DONE(?![\w-])/u.test(source) ||
		/^(?:[✅✔☑✓]|(?:\*\*)?(?:done|completed?)(?:\*\*)?[ \t]*[:–—-])/iu.test(content) ||
		/(?:[✅✔☑✓]|[–—-][ \t]{0,3}(?:done|completed?)\.?)$/iu.test(content) ||
		(/^~~[^~]/u.test(content) && /~~[.\s]{0,3}$/u.test(content))
	);
}

/** "@team due 2026-01-02" → "@team": a value ends where the next field or sentence starts. */
export function cutAtNextField(value: string): string {
	const next = /[ \t](?:due|deadline|eta|by|before|until|status|ticket|issue|tracking|target)\b|\.[ \t]|[ \t][-–—][ \t]/iu.exec(value);
	return next === null ? value : value.slice(0, next.index);
}

function trimValue(value: string): string {
	let end = value.length;
	while (end > 0 && /[\s.*_:]/u.test(value[end - 1])) {
		end--;
	}
	return value.slice(0, end);
}

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A due date's calendar date when it is written as one: ISO, Y/M/D, D/M/Y or M/D/Y (day first when the
 * first part is over 12, the date is dotted, or the document writes its dates day first), a month name with
 * or without a year, or a quarter (its last day).
 */
export function parseDueDate(text: string, order?: DueDateOrder): CalendarDate | undefined {
	const value = text.trim();
	const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/u.exec(value);
	if (iso !== null) {
		return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	}
	const numeric = /^(\d{1,2})([/.-])(\d{1,2})[/.-](\d{2,4})\b/u.exec(value);
	if (numeric !== null) {
		const year = Number(numeric[4]) < 100 ? 2000 + Number(numeric[4]) : Number(numeric[4]);
		const first = Number(numeric[1]);
		const second = Number(numeric[3]);
		// Dotted dates are day-first where they are written (de, fr, nl, …); otherwise month-first unless impossible.
		const dayFirst = first > 12 || ((numeric[2] === '.' || order === 'dmy') && second <= 12);
		return dayFirst ? validDate(year, second, first) : validDate(year, first, second);
	}
	return namedDate(value) ?? quarterEnd(value);
}

function namedDate(value: string): CalendarDate | undefined {
	const named = /^([a-z]{3})[a-z]{0,6}\.?[ \t]{1,3}(\d{1,2})(?:st|nd|rd|th)?(?:,?[ \t]{1,3}(\d{4}))?\b|^(\d{1,2})(?:st|nd|rd|th)?[ \t]{1,3}([a-z]{3})[a-z]{0,6}\.?(?:,?[ \t]{1,3}(\d{4}))?\b/iu.exec(value);
	if (named === null) {
		return undefined;
	}
	const month = monthNames.indexOf((named[1] ?? named[5]).toLowerCase()) + 1;
	const day = Number(named[2] ?? named[4]);
	const yearText = named[3] ?? named[6];
	if (month === 0) {
		return undefined;
	}
	if (yearText === undefined) {
		return day >= 1 && day <= 31 ? { year: undefined, month, day } : undefined;
	}
	return validDate(Number(yearText), month, day);
}

function quarterEnd(value: string): CalendarDate | undefined {
	const quarter = /^q([1-4])(?:[ \t]{1,3}|[ \t]?[/-][ \t]?)(\d{4}|\d{2})\b/iu.exec(value);
	if (quarter === null) {
		return undefined;
	}
	const year = quarter[2].length === 2 ? 2000 + Number(quarter[2]) : Number(quarter[2]);
	const month = Number(quarter[1]) * 3;
	return { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
}

function validDate(year: number, month: number, day: number): CalendarDate | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return valid ? { year, month, day } : undefined;
}
