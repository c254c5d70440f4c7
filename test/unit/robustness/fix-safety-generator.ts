/**
 * Seeded postmortems for the fix-safety suite: text that every rule with a fix reacts to (blame wording the
 * rewrites answer, action items short of an owner or a usable due date, timelines with invalid, mixed,
 * ambiguous or zone-less times), placed where edits go wrong: at the very start and the very end of the
 * file, several on one line, in table cells, in nested lists and block quotes, next to emoji, CJK and
 * combining marks, under a roster of people in front matter or none; joined with LF, CRLF, CR or a mix,
 * with or without a BOM and a final line break. Same seed, same document.
 */
import { seededRandom } from './edit-generator';
import { Random, type LineEnding } from './postmortem-generator';
import { foreignWords, unicodeFragments } from './unicode-corpus';

const names = ['Dave', 'Priya', 'Renée', 'Zoë', 'the on-call engineer', '@alice', 'Mr. Smith', ...foreignWords.slice(0, 2)];

/** Sentences the blame rules' rewrites (safe deletions, "because" insertions, reframings) answer. */
const blameSentences = [
	'{name} was careless with the production credentials.',
	'A careless engineer ran the cleanup job against production.',
	'The operations team dropped the ball on certificate renewal.',
	'{name} simply forgot to run the migration.',
	'Obviously, {name} should have noticed the typo.',
	'It was a basic mistake that any engineer would avoid.',
	'{name} just restarted the wrong node.',
	'The outage was caused by human error.',
	'Root cause: operator error during the failover.',
	'We traced the failure to a mistake by {name}.',
	'The root cause of the outage was an expired TLS certificate.',
	"The root cause was {name}'s untested config change.",
	'{name} should have caught the missing migration.',
	'{name} forgot to renew the certificate.',
	'{name} ignored the disk-space alert.',
	'Had {name} double-checked the hostname, the data would still be there.',
	'{name} carelessly ran the migration; it was a simple mistake.',
	'The health check failed to detect the bad node.',
	'{name} rolled back at 16:35.',
	"It was {name}'s fault that the cache was flushed.",
	"{name}'s change took down the login service.",
	'{name} will be disciplined for the outage.',
	"The engineer's behaviour during the incident was unacceptable.",
];

/** Sentences whose finding starts at their first word: the document's very first character, at the top. */
const openingSentences = [
	'Obviously, {name} should have noticed the typo.',
	'Root cause: operator error during the failover.',
	'Human error caused the outage.',
	'Careless engineers ran the cleanup job.',
	'Operator error took the site down.',
];

/** Action items short of an owner, a due date or a usable one (today is 2026-11-23 in these suites). */
const actionItems = [
	'Add an alert on queue depth above 10k. Due: 2026-12-15.',
	'[ ] Cap retries at 3. PAY-12',
	'Cap retries at 3. Owner: @payments. PAY-12.',
	'[ ] Cap retries at 3 (owner: @payments)',
	'Cap retries at 3, as the outage was due to a retry storm',
	'Cap retries at 3. Owner: @payments. Due: ASAP.',
	'[ ] Cap retries at 3, due soon',
	'Cap retries at 3 (owner: @payments, deadline: TBD)',
	'Cap retries at 3. Owner: @payments. Due: 2026-11-01.',
	'[ ] Cap retries at 3 (due: Nov 22, 2026)',
	'[x] Publish this postmortem. Owner: @priya. Due: 2026-11-25.',
	'[ ] Make sure {name} double-checks deploys. Owner: {name}. Due: next week.',
];
const actionRows = [
	'| Cap retries at 3 |  | 2026-12-15 | PAY-12 |',
	'| Cap retries at 3 | @payments |  | PAY-12 |',
	'| Cap retries at 3 | @payments | ASAP | PAY-12 |',
	'| Rotate the key | @security | 2026-11-01 | SEC-7 |',
	'| Add alert on 5xx | @sre | 2026-12-08 | SRE-889 |',
];

/** Entry times: valid, invalid (13:55 PM, 14:??), in other formats, with ambiguous dates. */
const times = ['14:02', '14:10', '12:45 PM', '13:55 PM', '2024-03-13 14:??', '11:39AM', '04-03-2026 15:48', '05-03-2026 10:07 UTC', '25:10', '2026-11-18 09:40', '~16:00', '2024-03-13 HH:mm', 'Shortly after,', 'around 3pm'];
const events = ['Deploy of payments-api 4.2 started', 'Checkout error-rate alert fired', '{name} acknowledged the page', '{name} simply restarted the wrong node', 'Traffic moved to the standby region'];

function fill(random: Random, template: string): string {
	return template.replace(/\{name\}/g, () => random.pick(names));
}

/** A fragment glued to a word, between words, or nowhere: findings next to astral and combining text. */
function decorate(random: Random, sentence: string): string {
	if (!random.chance(0.6)) {
		return sentence;
	}
	const fragment = random.pick(unicodeFragments.filter((candidate) => !/LINE|PARAGRAPH|NEL|NUL|lone|reversed/.test(candidate.name))).text;
	const spaces = [...sentence.matchAll(/ /g)].map((match) => match.index);
	switch (random.int(4)) {
		case 0:
			return fragment + sentence;
		case 1:
			return sentence + fragment;
		case 2: {
			const at = spaces.length === 0 ? 0 : random.pick(spaces);
			return `${sentence.slice(0, at)} ${fragment}${sentence.slice(at)}`;
		}
		default: {
			const at = spaces.length === 0 ? 0 : random.pick(spaces);
			return `${sentence.slice(0, at)}${fragment}${sentence.slice(at)}`;
		}
	}
}

function sentences(random: Random, count: number): string {
	return Array.from({ length: count }, () => decorate(random, fill(random, random.pick(blameSentences)))).join(' ');
}

/** Prose in every container: paragraph, several findings on one line, list, nested list, table cell, quote. */
function proseBlock(random: Random): string[] {
	switch (random.int(6)) {
		case 0:
			return [sentences(random, 1)];
		case 1:
			return [sentences(random, 2 + random.int(3))];
		case 2:
			return Array.from({ length: 1 + random.int(3) }, () => `${random.pick(['-', '*', '1.'])} ${sentences(random, 1 + random.int(2))}`);
		case 3:
			return ['- Review', `  - ${sentences(random, 1)}`, `    1. ${sentences(random, 1 + random.int(2))}`, `- ${sentences(random, 1)}`];
		case 4:
			return ['| Factor | Detail |', '| --- | --- |', `| Review | ${sentences(random, 1 + random.int(2))} |`, `| ${sentences(random, 1)} | ok |`];
		default:
			return [`> ${sentences(random, 1)}`, '>', `> - ${sentences(random, 1)}`];
	}
}

function actionItemBlock(random: Random): string[] {
	const count = 1 + random.int(4);
	if (random.chance(0.3)) {
		return ['| Action | Owner | Due | Ticket |', '| --- | --- | --- | --- |', ...Array.from({ length: count }, () => decorate(random, random.pick(actionRows)))];
	}
	const item = (): string => `- ${decorate(random, fill(random, random.pick(actionItems)))}`;
	if (random.chance(0.3)) {
		return ['- Monitoring', `  ${item()}`, `    ${item()}`, ...Array.from({ length: count - 1 }, item)];
	}
	return Array.from({ length: count }, item);
}

function timelineBlock(random: Random): string[] {
	const lines = random.chance(0.4) ? [random.pick(['All times UTC.', 'All times PST.', 'Times are CET.']), ''] : [];
	const form = random.pick(['list', 'table', 'heading', 'nested']);
	if (form === 'table') {
		lines.push('| Time | Event |', '|---|---|');
	}
	// In order with one long gap a quarter of the time (timeline/large-gap), else any times at all.
	const ordered = random.chance(0.25) ? ['09:33', '09:35', '09:40', '10:29', '10:31'] : undefined;
	for (let index = 0; index < (ordered?.length ?? 2 + random.int(5)); index++) {
		const at = ordered?.[index] ?? random.pick(times);
		const event = decorate(random, fill(random, random.pick(events)));
		const entry = { list: `- ${at} ${event}`, table: `| ${at} | ${event} |`, heading: `### ${at}\n${event}`, nested: `- ${at} ${event}\n  - ${decorate(random, sentences(random, 1))}` }[form];
		lines.push(...(entry ?? '').split('\n'));
	}
	return lines;
}

function frontMatter(random: Random): string[] {
	const roster = random.pick([
		[],
		['people:', '  Dave: the on-call engineer', '  Priya: the release manager'],
		['people: { Dave: the on-call engineer }'],
		['people:', '  # who is who', '  Zoë: the incident commander'],
		['people: {}'],
	]);
	return ['---', 'title: Checkout failures', ...roster, 'date: 2026-11-18', '---'];
}

/** The body: sections in random order, each with findings; optionally a finding on the first line. */
function bodyLines(random: Random, top: boolean): string[] {
	const out: string[] = [];
	if (top && random.chance(0.4)) {
		out.push([fill(random, random.pick(openingSentences)), ...(random.chance(0.5) ? [sentences(random, 1)] : [])].join(' '), '');
	}
	if (random.chance(0.7)) {
		out.push(`# Checkout failures ${random.pick(unicodeFragments).text}`, '');
	}
	const sections = [
		['## Summary', proseBlock],
		['## Timeline', timelineBlock],
		['## Contributing factors', proseBlock],
		['## Action items', actionItemBlock],
		['## Lessons learned', proseBlock],
	] as const;
	for (const [title, block] of sections) {
		if (random.chance(0.75)) {
			out.push(title, '', ...block(random), '');
		}
	}
	return out;
}

/** Ends the file on a finding half the time: a sentence or an action item on the last line. */
function lastLines(random: Random, lines: string[]): string[] {
	const trimmed = [...lines];
	while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') {
		trimmed.pop();
	}
	if (random.chance(0.5)) {
		trimmed.push('', random.chance(0.5) ? sentences(random, 1) : `- ${fill(random, random.pick(actionItems))}`);
	}
	return trimmed;
}

export interface FixSafetyDocument {
	readonly seed: number;
	readonly ending: LineEnding;
	readonly bom: boolean;
	readonly finalBreak: boolean;
	readonly text: string;
}

export function generateFixSafetyDocument(seed: number): FixSafetyDocument {
	const random = new Random(seededRandom(seed));
	const ending = random.pick<LineEnding>(['LF', 'CRLF', 'CRLF', 'LF', 'CR', 'mixed']);
	const bom = random.chance(0.2);
	const finalBreak = random.chance(0.5);
	const front = random.chance(0.4) ? frontMatter(random) : [];
	const lines = lastLines(random, [...front, ...bodyLines(random, front.length === 0)]);
	const separators = { LF: '\n', CRLF: '\r\n', CR: '\r' } as const;
	const separator = (): string => (ending === 'mixed' ? random.pick(['\n', '\r\n', '\r']) : separators[ending]);
	const text = lines.map((line, index) => (index === 0 ? line : separator() + line)).join('') + (finalBreak ? separator() : '');
	return { seed, ending, bom, finalBreak, text: (bom ? '\uFEFF' : '') + text };
}
