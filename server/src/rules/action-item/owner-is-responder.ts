import type { PostmortemDocument, TimelineEntry } from '../../model/types';
import type { Rule, RuleContext } from '../rule';
import { isOpen } from './item-text';

/** Words that make an owner a group rather than a person. */
const groupWords = /(?:^|[\s@/_-])(?:team|teams|squad|guild|group|crew|sre|ops|devops|oncall|on-call|platform|infra|infrastructure|eng|engineering|dev|devs|core|security|sec|dba|support|backend|frontend|mobile|data|network|networking|it|qa|release|leads?|committee|council|owners?)(?:$|[\s/_-])/iu;

/** A person, not a team: not a configured team, no group word, no `org/team` handle. */
export function isIndividualOwner(owner: string, teams: readonly string[]): boolean {
	const normalised = owner.trim().toLowerCase();
	if (teams.some((team) => team.toLowerCase() === normalised || team.toLowerCase().replace(/^@/u, '') === normalised.replace(/^@/u, ''))) {
		return false;
	}
	return !groupWords.test(owner) && !owner.includes('/') && owner.split(/\s+/u).length <= 3;
}

/** Each timeline entry's text, lower-cased once per lint rather than once per action item. */
function lowerEntryTexts(doc: PostmortemDocument): string[] {
	return doc.timeline.map((entry) => doc.text.slice(entry.textSpan.start, entry.textSpan.end).toLowerCase());
}

/** The first timeline entry that names the person (handle without `@`, or the full or given name). */
function responderEntry(doc: PostmortemDocument, entryTexts: readonly string[], owner: string): TimelineEntry | undefined {
	const name = owner.replace(/^@/u, '').trim();
	const given = name.split(/[\s._-]/u)[0];
	const candidates = [name, given].filter((candidate) => candidate.length >= 3).map((candidate) => candidate.toLowerCase());
	const index = entryTexts.findIndex((text) => candidates.some((candidate) => containsWord(text, candidate)));
	return index === -1 ? undefined : doc.timeline[index];
}

function containsWord(text: string, word: string): boolean {
	for (let index = text.indexOf(word); index !== -1; index = text.indexOf(word, index + 1)) {
		const before = text[index - 1] ?? ' ';
		const after = text[index + word.length] ?? ' ';
		if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
			return true;
		}
	}
	return false;
}

export const ownerIsResponder: Rule = {
	id: 'action-item/owner-is-responder',
	category: 'action-item',
	description: 'Action items are owned by the team that owns the gap, not by whoever happened to respond to the incident.',
	defaultSeverity: 'information',
	check(context: RuleContext): void {
		const { doc } = context;
		let entryTexts: string[] | undefined;
		for (const item of doc.actionItems) {
			if (!isOpen(item) || item.owner === undefined || !isIndividualOwner(item.owner.text, context.teams)) {
				continue;
			}
			entryTexts ??= lowerEntryTexts(doc);
			const entry = responderEntry(doc, entryTexts, item.owner.text);
			if (entry !== undefined) {
				context.report({
					span: item.owner.span,
					message: `${item.owner.text} responded to this incident (timeline, line ${entry.line + 1}). The fix belongs to the team that owns the gap, so it outlasts one person's on-call shift: consider that team as owner.`,
				});
			}
		}
	},
};
