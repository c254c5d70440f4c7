/**
 * "Replace this name with a role", document-wide, driven by the `people:` roster in front matter.
 *
 * For a name that is not in the roster the action adds it there with a role to type in, rather than
 * writing the same placeholder at every occurrence: a single placeholder works in every client (a
 * plain-text client would otherwise leave "TODO role" in N places to fix by hand), the roster records the
 * mapping for the next names written, and the roster action then does the replacing in one step.
 */
import { parsePostmortem } from '../model/parse';
import { lineAt, lineContentEnd, lineText } from '../model/text';
import type { PostmortemDocument, Span } from '../model/types';
import type { Fix } from '../rules/rule';
import { lineBreakNear } from './comment-placement';
import { nameOccurrences, roleText } from './person-names';
import { placeholderEdit, type Placeholder } from './snippet-edit';

const role: Placeholder = { snippet: '${1:role}', plain: 'TODO role' };

/** Replaces every occurrence of a roster name in the author's prose with the name's role. */
export function rosterReplaceFix(doc: PostmortemDocument, name: string): Fix | undefined {
	const roleName = doc.metadata.people[name];
	if (roleName === undefined || roleName.trim() === '') {
		return undefined;
	}
	// "Dave" inside "Dave Smith" belongs to Dave Smith's entry when the roster has both.
	const longer = Object.keys(doc.metadata.people)
		.filter((other) => other !== name && other.includes(name))
		.flatMap((other) => nameOccurrences(doc, other).map((occurrence) => occurrence.span));
	const occurrences = nameOccurrences(doc, name).filter((occurrence) => !longer.some((span) => span.start <= occurrence.span.start && occurrence.span.end <= span.end));
	if (occurrences.length === 0) {
		return undefined;
	}
	return {
		title: `Replace '${name}' with '${roleName.trim()}' everywhere`,
		edits: occurrences.map((occurrence) => ({ span: occurrence.span, newText: roleText(roleName, occurrence) })),
	};
}

/** The roster name with an occurrence at the cursor or under the selection, if any. */
export function rosterNameAt(doc: PostmortemDocument, span: Span): string | undefined {
	return Object.keys(doc.metadata.people).find((name) =>
		nameOccurrences(doc, name).some((occurrence) => occurrence.span.start <= span.end && span.start <= occurrence.span.end),
	);
}

/** Adds `name: <role>` to the YAML front matter's roster (creating either when absent). */
export function addToRosterFix(doc: PostmortemDocument, name: string): Fix | undefined {
	if (name in doc.metadata.people) {
		return undefined;
	}
	const insertion = rosterInsertion(doc, yamlKey(name));
	if (insertion === undefined) {
		return undefined;
	}
	const edit = placeholderEdit({ start: insertion.offset, end: insertion.offset }, role, insertion.build);
	// Proof by parsing: the new front matter must read back with exactly this entry, or no action is offered.
	const frontMatterEnd = doc.frontMatter?.span.end ?? insertion.offset;
	const newFrontMatter = doc.text.slice(0, insertion.offset) + edit.newText + doc.text.slice(insertion.offset, frontMatterEnd);
	if (parsePostmortem(newFrontMatter).metadata.people[name] !== role.plain) {
		return undefined;
	}
	return { title: `Replace '${name}' with a role… (add ${name} to people: in the front matter)`, edits: [edit] };
}

interface RosterInsertion {
	readonly offset: number;
	readonly build: (roleText: string) => string;
}

function rosterInsertion(doc: PostmortemDocument, key: string): RosterInsertion | undefined {
	const frontMatter = doc.frontMatter;
	if (frontMatter === undefined) {
		const eol = lineBreakNear(doc, 0);
		const offset = doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
		return { offset, build: (text) => `---${eol}people:${eol}  ${key}: ${text}${eol}---${eol}` };
	}
	if (frontMatter.format !== 'yaml' || frontMatter.error !== undefined) {
		return undefined;
	}
	const lastLine = lineAt(doc.lineStarts, frontMatter.span.end);
	const rosterLine = findRosterLine(doc, lastLine);
	if (rosterLine === undefined) {
		const eol = lineBreakNear(doc, lastLine - 1);
		return { offset: doc.lineStarts[lastLine], build: (text) => `people:${eol}  ${key}: ${text}${eol}` };
	}
	return blockEntryInsertion(doc, rosterLine, lastLine, key) ?? flowEntryInsertion(doc, rosterLine, key);
}

/** The line of a top-level `people:` (or `roster:`) key inside the front matter. */
function findRosterLine(doc: PostmortemDocument, lastLine: number): number | undefined {
	for (let line = 1; line < lastLine; line++) {
		if (/^(?:people|roster)[ \t]*:/i.test(lineText(doc.text, doc.lineStarts, line))) {
			return line;
		}
	}
	return undefined;
}

/** `people:` followed by indented `Name: role` lines: one more line, indented like the first entry. */
function blockEntryInsertion(doc: PostmortemDocument, rosterLine: number, lastLine: number, key: string): RosterInsertion | undefined {
	if (!/^[^:]*:[ \t]*(?:#.*)?$/.test(lineText(doc.text, doc.lineStarts, rosterLine))) {
		return undefined;
	}
	let lastEntry = rosterLine;
	let indent = '  ';
	for (let line = rosterLine + 1; line < lastLine; line++) {
		const text = lineText(doc.text, doc.lineStarts, line);
		if (text.trim() === '' || text.trimStart().startsWith('#')) {
			continue;
		}
		const leading = /^[ \t]*/.exec(text)?.[0] ?? '';
		if (leading === '') {
			break;
		}
		indent = lastEntry === rosterLine ? leading : indent;
		lastEntry = line;
	}
	const eol = lineBreakNear(doc, lastEntry);
	const offset = lineContentEnd(doc.text, doc.lineStarts, lastEntry);
	return { offset, build: (text) => `${eol}${indent}${key}: ${text}` };
}

/** `people: { Jenny: the incident commander }` on one line: one more pair before the closing brace. */
function flowEntryInsertion(doc: PostmortemDocument, rosterLine: number, key: string): RosterInsertion | undefined {
	const text = lineText(doc.text, doc.lineStarts, rosterLine).trimEnd();
	const open = text.indexOf('{');
	if (open === -1 || !text.endsWith('}')) {
		return undefined;
	}
	const inner = text.slice(open + 1, -1).trimEnd();
	const offset = doc.lineStarts[rosterLine] + open + 1 + inner.length;
	return { offset, build: (value) => (inner.trim() === '' ? ` ${key}: ${value} ` : `, ${key}: ${value}`) };
}

/** Plain YAML keys for ordinary names; anything YAML could read differently goes in double quotes. */
function yamlKey(name: string): string {
	const plain = /^\p{L}[\p{L}\p{N} .'’-]*$/u.test(name) && !/^(?:y|n|yes|no|on|off|true|false|null)$/i.test(name) && !name.endsWith(' ');
	return plain ? name : JSON.stringify(name);
}
