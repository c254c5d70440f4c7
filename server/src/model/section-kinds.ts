/**
 * Loose matching of heading text to the sections postmortem templates use. Teams word headings
 * differently (Google SRE, Atlassian, PagerDuty, home-grown), so this matches key phrases as whole words
 * after normalising case, numbering, punctuation and emoji.
 */
import type { SectionKind } from './types';

/** Checked in order: the first kind with a matching phrase wins ("Timeline summary" is a timeline). */
const headingPhrases: readonly (readonly [SectionKind, readonly string[]])[] = [
	['timeline', ['timeline', 'chain of events', 'key events', 'sequence of events', 'chronology', 'events']],
	[
		'action-items',
		[
			'action items',
			'action item',
			'actions',
			'follow ups',
			'follow up',
			'followups',
			'followup',
			'follow up actions',
			'remediation',
			'remediations',
			'next steps',
			'corrective actions',
			'corrective measures',
			'corrective and preventative measures',
			'corrective and preventive measures',
			'preventative measures',
			'preventive measures',
			'review actions',
			'what we re doing about it',
			'what we are doing about it',
			'recommendations',
			'future improvements',
			'improvements',
			'todo',
			'to do',
			'long term solution',
			'prevention',
		],
	],
	[
		'contributing-factors',
		[
			'contributing factors',
			'contributing factor',
			'contributing conditions',
			'contributing conditions analysis',
			'root cause',
			'root causes',
			'root cause analysis',
			'causes',
			'cause',
			'trigger',
			'why it happened',
			'why did this happen',
		],
	],
	['what-went-well', ['what went well', 'went well', 'things that went well']],
	['what-went-wrong', ['what went wrong', 'went wrong', 'didn t go well', 'did not go well', 'didn t go so well', 'what could have gone better']],
	['where-we-got-lucky', ['where we got lucky', 'got lucky', 'lucky']],
	['lessons-learned', ['lessons learned', 'lessons learnt', 'lessons', 'learnings', 'takeaways', 'key takeaways', 'insights']],
	['detection', ['detection', 'how it was detected', 'how we found out']],
	['impact', ['impact', 'customer impact', 'user impact', 'what was impacted', 'business impact']],
	['resolution', ['resolution', 'resolution and recovery', 'recovery']],
	['response', ['response', 'incident response', 'mitigation', 'escalation']],
	['summary', ['summary', 'executive summary', 'issue summary', 'overview', 'tl dr', 'tldr', 'what happened', 'description']],
];

const phraseToKind: ReadonlyMap<string, SectionKind> = buildPhraseIndex();
// The longest phrase ("what we are doing about it") sets how far the matcher looks.
const maxPhraseWords = Math.max(...headingPhrases.flatMap(([, phrases]) => phrases.map((phrase) => phrase.split(' ').length)));

function buildPhraseIndex(): Map<string, SectionKind> {
	const index = new Map<string, SectionKind>();
	for (const [kind, phrases] of headingPhrases) {
		for (const phrase of phrases) {
			if (!index.has(phrase)) {
				index.set(phrase, kind);
			}
		}
	}
	return index;
}

const kindOrder: ReadonlyMap<SectionKind, number> = new Map(headingPhrases.map(([kind], order) => [kind, order]));

/** Words of a heading, lower-cased, with numbering, punctuation and markup gone. */
export function headingWords(title: string): string[] {
	return title
		.toLowerCase()
		.replace(/[’']/g, ' ')
		.split(/\P{L}+/u)
		.filter((word) => word.length > 0);
}

/**
 * Only phrases that start within the first few words count: "Timeline (all times PST) Saturday …" is a
 * timeline, but a long heading that mentions "events" near its end is not.
 */
const maxLeadingWords = 4;

/**
 * Headings repeat on every re-parse while someone types, so classifications are remembered (bounded).
 */
const classified = new Map<string, SectionKind>();
const maxRemembered = 5000;

export function classifyHeading(title: string): SectionKind {
	let kind = classified.get(title);
	if (kind === undefined) {
		kind = classifyWords(headingWords(title));
		if (classified.size >= maxRemembered) {
			classified.clear();
		}
		classified.set(title, kind);
	}
	return kind;
}

function classifyWords(words: readonly string[]): SectionKind {
	let best: SectionKind = 'other';
	let bestOrder = Number.POSITIVE_INFINITY;
	for (let start = 0; start < Math.min(words.length, maxLeadingWords); start++) {
		for (let length = 1; length <= maxPhraseWords && start + length <= words.length; length++) {
			const kind = phraseToKind.get(words.slice(start, start + length).join(' '));
			const order = kind === undefined ? undefined : kindOrder.get(kind);
			if (kind !== undefined && order !== undefined && order < bestOrder) {
				best = kind;
				bestOrder = order;
			}
		}
	}
	return best;
}
