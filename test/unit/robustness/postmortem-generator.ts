/**
 * Seeded random postmortems for the positions suite: realistic lines for every section (timeline entries
 * as lists, tables and bold times; action items as tasks, fields and tables; factors with layers; blame-ish
 * sentences the prose rules react to), with Unicode fragments spliced in anywhere, joined with LF, CRLF,
 * CR or a mix. Same seed, same document.
 */
import { seededRandom } from './edit-generator';
import { foreignWords, unicodeFragments } from './unicode-corpus';

export type LineEnding = 'LF' | 'CRLF' | 'CR' | 'mixed';

/** Seeded choices, shared by the document generators. */
export class Random {
	constructor(readonly next: () => number) {}

	int(below: number): number {
		return Math.floor(this.next() * below);
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)];
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}
}

const names = ['Dave', 'Priya', 'the on-call engineer', 'Ops', '@alice', ...foreignWords.slice(4)];
const events = [
	'Deploy of payments-api 4.2 began',
	'**Detected** Alert "checkout 5xx above 1%" fired',
	'**Acknowledged** {name} acknowledged the page',
	'{name} rolled back the release',
	'**Mitigated** Traffic moved to the standby region',
	'**Resolved** Error rate back under 0.1%',
	'Status page updated (see [incident](https://status.example.com/i/1))',
	'`kubectl rollout undo` finished',
	'around 16:00 customers reported slow logins',
];
const blameSentences = [
	'{name} should have known that the cache format would break old sessions.',
	'The root cause was human error by {name}.',
	'{name} failed to follow the runbook and carelessly ran the migration.',
	'It was a simple mistake; {name} just forgot to check the dashboard.',
	'The health check failed to detect the bad node.',
	'"We should have rolled back sooner," {name} said.',
	'> {name} should have paged the database team.',
	'Root cause: the canary only received new sessions.',
	'Nobody could have known that, obviously.',
	"The outage was caused by {name}'s mistake.",
	'It was just a small config change; {name} simply restarted the wrong node.',
	'{name} was written up and removed from the on-call rotation.',
	'This was entirely the fault of {name}.',
];
const factorLines = [
	'- **Testing**: No test read a token written by the previous release.',
	'- **Deployment**: The canary only saw new sessions.',
	'- **Alerting**: The threshold of 1% over five minutes delayed the page.',
	'- Code review: the change was described as a refactoring.',
	'- {name} should have caught this in review.',
];
const actionLines = [
	'- [ ] Add a compatibility test for tokens. Owner: @payments-team. Due: 2026-12-15. PAY-1423.',
	'- [x] Publish this postmortem. Owner: @priya. Due: 2026-11-25.',
	'- [ ] Improve monitoring.',
	'- [ ] Make sure {name} double-checks deploys. Owner: {name}. Due: next week.',
	'- Route existing sessions to the canary (DEP-311, @deploy-platform, 2027-01-15)',
	'- [ ] Remind engineers to be more careful. Owner: @sre. Due: ASAP.',
	'- [ ] Rotate the signing key. Owner: @security. Due: 2025-01-10. SEC-7.',
	'- [ ] Train {name} on the deploy tool. Owner: @lead. Due: Q1.',
	'| Add alert on 5xx | @sre | 2026-12-08 | SRE-889 |',
];

function time(random: Random): string {
	const hour = String(random.int(24)).padStart(2, '0');
	const minute = String(random.int(60)).padStart(2, '0');
	return random.pick([
		`${hour}:${minute}`,
		`${hour}:${minute} UTC`,
		`2026-11-18 ${hour}:${minute}`,
		`${Number(hour) % 12 || 12}:${minute} PM`,
		`2026-11-18T${hour}:${minute}Z`,
		`~${hour}:${minute}`,
		`04/05/2026 ${hour}:${minute}`,
		`${hour}:7${minute}`,
		`13:${minute} PM`,
		'HH:MM',
		`20XX-MM-DD ${hour}:${minute}`,
	]);
}

function fill(random: Random, template: string): string {
	return template.replace(/\{name\}/g, () => random.pick(names));
}

function timelineLines(random: Random): string[] {
	const lines = random.chance(0.5) ? ['All times UTC.', ''] : [];
	const form = random.pick(['list', 'table', 'bold', 'heading']);
	if (form === 'table') {
		lines.push('| Time | Event |', '|---|---|');
	}
	for (let index = 0; index < 2 + random.int(8); index++) {
		const event = fill(random, random.pick(events));
		const at = time(random);
		lines.push(form === 'table' ? `| ${at} | ${event} |` : form === 'bold' ? `**${at}** — ${event}` : form === 'heading' ? `### ${at}\n\n${event}` : `- ${at} ${event}`);
	}
	return lines;
}

function actionItemLines(random: Random): string[] {
	const lines = random.chance(0.3) ? ['| Action | Owner | Due | Ticket |', '|---|---|---|---|'] : [];
	const table = lines.length > 0;
	for (let index = 0; index < 1 + random.int(6); index++) {
		lines.push(table ? fill(random, actionLines[actionLines.length - 1]) : fill(random, random.pick(actionLines.slice(0, -1))));
	}
	return lines;
}

function sectionBody(random: Random, title: string): string[] {
	switch (title) {
		case 'Timeline':
			return timelineLines(random);
		case 'Action items':
			return actionItemLines(random);
		case 'Contributing factors':
			return Array.from({ length: 1 + random.int(5) }, () => fill(random, random.pick(factorLines)));
		default:
			return Array.from({ length: 1 + random.int(4) }, () => fill(random, random.pick(blameSentences)));
	}
}

const sectionTitles = ['Summary', 'Impact', 'Timeline', 'Detection', 'Contributing factors', 'What went well', 'Action items', 'Lessons learned', 'Root cause'];

function heading(random: Random, title: string): string[] {
	const form = random.int(10);
	if (form === 0) {
		return [`**${title}:**`];
	}
	if (form === 1) {
		return [title, '---'];
	}
	return [`${'#'.repeat(2 + random.int(2))} ${title}`];
}

/** Splices Unicode fragments into a line at random places (inside words too). */
function sprinkle(random: Random, line: string): string {
	let result = line;
	const count = random.chance(0.5) ? random.int(4) : 0;
	for (let index = 0; index < count; index++) {
		const at = random.int(result.length + 1);
		result = result.slice(0, at) + random.pick(unicodeFragments).text + result.slice(at);
	}
	return result;
}

function lines(random: Random): string[] {
	const out: string[] = [];
	if (random.chance(0.3)) {
		out.push('---', 'title: Checkout failures', 'date: 2026-11-18', `timezone: ${random.pick(['UTC', 'CET', 'America/New_York'])}`, '---', '');
	}
	out.push(`# Checkout failures ${random.pick(unicodeFragments).text}`, '');
	const titles = sectionTitles.filter(() => random.chance(0.7));
	for (const title of titles) {
		out.push(...heading(random, title), '');
		if (random.chance(0.1)) {
			out.push('<!-- postmortem-disable-next-line blame -->');
		}
		out.push(...sectionBody(random, title).flatMap((line) => line.split('\n')), '');
		if (random.chance(0.1)) {
			out.push('```', `log ${random.pick(unicodeFragments).text} 14:02 error`, '```', '');
		}
	}
	return out.map((line) => sprinkle(random, line));
}

function join(random: Random, parts: readonly string[], ending: LineEnding): string {
	const separators = { LF: '\n', CRLF: '\r\n', CR: '\r' } as const;
	let text = '';
	parts.forEach((part, index) => {
		const separator = ending === 'mixed' ? random.pick(['\n', '\r\n', '\r']) : separators[ending];
		text += index === 0 ? part : separator + part;
	});
	return random.chance(0.5) ? text + (ending === 'mixed' ? '\n' : separators[ending]) : text;
}

export interface GeneratedDocument {
	readonly seed: number;
	readonly ending: LineEnding;
	readonly text: string;
}

export function generatePostmortem(seed: number): GeneratedDocument {
	const random = new Random(seededRandom(seed));
	const ending = random.pick<LineEnding>(['LF', 'CRLF', 'CR', 'mixed']);
	const bom = random.chance(0.15) ? '\uFEFF' : '';
	return { seed, ending, text: bom + join(random, lines(random), ending) };
}
