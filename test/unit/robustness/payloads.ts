/**
 * Pathological inputs, as generators (the strings reach megabytes, so none is stored).
 *
 * - markdown-it's `test/pathological.mjs` cases (ported there from cmark's pathological tests); they are not
 *   in markdown-it's npm package, so they are written out here with markdown-it's own sizes.
 * - Known ReDoS triggers from other Markdown tools (CVE and issue numbers in each name).
 * - Postmortem pumps: long runs of the characters our own timestamp, field, table and section readers look
 *   at, bare and wrapped in the section whose code path reads them (timeline, action items, factors).
 *
 * Each payload is `build(n)`, with `n` the repeat count; `size` is the published count. `sized()` finds the
 * `n` that gives a target length, for the growth-per-doubling figures in the bench.
 */

export interface Payload {
	readonly name: string;
	/** The repeat count the published case uses. */
	readonly size: number;
	build(n: number): string;
}

function payload(name: string, size: number, build: (n: number) => string): Payload {
	return { name, size, build };
}

/** markdown-it `test/pathological.mjs`: "Cmark" and "Markdown-it" groups, in that file's order. */
export const markdownItCases: readonly Payload[] = [
	payload('md-it: nested inlines', 60_000, (n) => `${'*'.repeat(n)}a${'*'.repeat(n)}`),
	payload('md-it: nested strong emph', 5000, (n) => `${'*a **a '.repeat(n)}b${' a** a*'.repeat(n)}`),
	payload('md-it: emph closers, no openers', 30_000, (n) => 'a_ '.repeat(n)),
	payload('md-it: emph openers, no closers', 30_000, (n) => '_a '.repeat(n)),
	payload('md-it: link closers, no openers', 10_000, (n) => 'a]'.repeat(n)),
	payload('md-it: link openers, no closers', 10_000, (n) => '[a'.repeat(n)),
	payload('md-it: mismatched openers and closers', 50_000, (n) => '*a_ '.repeat(n)),
	payload('md-it: cmark#389', 20_000, (n) => '*a '.repeat(n) + '_a*_ '.repeat(n)),
	payload('md-it: openers and closers multiple of 3', 50_000, (n) => `a**b${'c* '.repeat(n)}`),
	payload('md-it: link openers and emph closers', 10_000, (n) => '[ a_'.repeat(n)),
	payload('md-it: [ (]( repeated', 40_000, (n) => '[ (]('.repeat(n)),
	payload('md-it: ![[]() repeated', 20_000, (n) => '![[]()'.repeat(n)),
	payload('md-it: nested brackets', 20_000, (n) => `${'['.repeat(n)}a${']'.repeat(n)}`),
	payload('md-it: nested block quotes', 50_000, (n) => `${'> '.repeat(n)}a`),
	payload('md-it: deeply nested lists', 1000, (n) => nestedList(n, '* a')),
	payload('md-it: backticks', 3000, backticks),
	payload('md-it: unclosed links A', 30_000, (n) => '[a](<b'.repeat(n)),
	payload('md-it: unclosed links B', 30_000, (n) => '[a](b'.repeat(n)),
	payload('md-it: unclosed <!--', 100_000, (n) => `</${'<!--'.repeat(n)}`),
	payload('md-it: emphasis **_* pattern', 50_000, (n) => '**_* '.repeat(n)),
	payload('md-it: backtick ``\\ pattern', 50_000, (n) => '``\\'.repeat(n)),
	payload('md-it: autolinks <<<…<> pattern', 400_000, (n) => `${'<'.repeat(n)}>`),
	payload('md-it: hardbreak whitespace pattern', 150_000, (n) => `x${' '.repeat(n)}x  \nx`),
];

/** ReDoS triggers found in other Markdown tools (reliability-anchors §1.4 and §2.D). */
export const knownTriggers: readonly Payload[] = [
	payload('CVE-2026-2327 linkify *…a', 70_000, (n) => `http://example.com/${'*'.repeat(n)}a`),
	payload('CVE-2022-21680 [x]: spaces', 1500, (n) => `[x]:${' '.repeat(n)}x ${' '.repeat(n)} x`),
	payload('CVE-2022-21681 reflink [](', 20_000, (n) => `[x]: x\n\n${'\\[\\]('.repeat(n)}`),
	payload('vscode#110297 # [foo](bar()()…', 40_000, (n) => `# [foo](bar${'()'.repeat(n)}`),
	payload('eslint/markdown#690 unclosed (', 30_000, (n) => `Text (unclosed ${'and (x) '.repeat(n)}`),
	payload('eslint/markdown#734 [()…]', 28_000, (n) => `[${'()'.repeat(n)}](http://example.com "a\\"b")`),
	payload('codemirror5#7128 spaces then @', 100_000, (n) => `${' '.repeat(n)}@`),
	payload('ace#4071 * * * … x', 5000, (n) => `${'* '.repeat(n)}x`),
	payload('markdownlint#657 front matter', 50_000, (n) => `---\n${'\n'.repeat(n)}x`),
	payload('markdown-it /\\*+$/ tail', 30_000, (n) => `a${'*'.repeat(n)}`),
];

/** Postmortem pumps, bare. Names are what a failure message prints. */
export const postmortemPumps: readonly Payload[] = [
	payload('table row, 100k columns', 100_000, (n) => `| Action | Owner |\n|---|---|\n| ${'x | '.repeat(n)}`),
	payload('"| " + "|"×100k', 100_000, (n) => `| ${'|'.repeat(n)}`),
	payload('"- 10:" + "0"×50k', 50_000, (n) => `- 10:${'0'.repeat(n)}`),
	payload('"> "×50k + "a"', 50_000, (n) => `${'> '.repeat(n)}a`),
	payload('1 MB line of prose', 200_000, (n) => 'Dave ran '.repeat(n).slice(0, n * 5)),
	payload('10k timeline rows', 10_000, timelineRows),
	payload('1,000-deep task list', 1000, (n) => nestedList(n, '- [ ] Fix it. Owner: @sre. Due: 2026-12-01.')),
	payload('"2024-01-01T" + "0"×50k', 50_000, (n) => `2024-01-01T${'0'.repeat(n)}`),
	payload('"Severity: " + "S"×100k', 100_000, (n) => `Severity: ${'S'.repeat(n)}`),
	payload('"Action item: [ ] " + "@"×100k', 100_000, (n) => `Action item: [ ] ${'@'.repeat(n)}`),
	payload('"Root cause:" + " "×100k + "x"', 100_000, (n) => `Root cause:${' '.repeat(n)}x`),
	payload('"---\\n" + "\\n"×50k + "x"', 50_000, (n) => `---\n${'\n'.repeat(n)}x`),
	payload('"<!-- postmortem-disable " + "x"×100k', 100_000, (n) => `<!-- postmortem-disable ${'x'.repeat(n)}`),
	payload('digits and colons 1:2:3:…', 50_000, (n) => '1:'.repeat(n)),
	payload('"14:00 - 14:00 - …" ranges', 20_000, (n) => `- ${'14:00 - '.repeat(n)}x`),
	payload('"**Detected** "×20k', 20_000, (n) => `- 14:00 ${'**Detected** '.repeat(n)}`),
	payload('"Owner: @a "×30k', 30_000, (n) => `- [ ] ${'Owner: @a '.repeat(n)}`),
	payload('"Due: 2026-" ×30k', 30_000, (n) => `- [ ] Fix. ${'Due: 2026-'.repeat(n)}`),
	payload('"ABC-1 "×50k', 50_000, (n) => `- [ ] Fix. ${'ABC-1 '.repeat(n)}`),
	payload('"**Testing**: "×20k', 20_000, (n) => `- ${'**Testing**: '.repeat(n)}`),
	payload('"Dave should have " ×20k', 20_000, (n) => 'Dave should have '.repeat(n)),
	payload('"\\"" quotes ×50k', 50_000, (n) => `He said ${'"a '.repeat(n)}`),
	payload('10k headings', 10_000, (n) => Array.from({ length: n }, (_, i) => `## Timeline ${i}\n`).join('')),
	payload('CR-only 20k lines', 20_000, (n) => '- 10:00 x\r'.repeat(n)),
	payload('timeline table, 20k rows', 20_000, (n) => `| Time | Event |\n|---|---|\n${'| 10:00 | Dave rolled back |\n'.repeat(n)}`),
	payload('action list, 20k items without fields', 20_000, (n) => '- [ ] Add a regression test.\n'.repeat(n)),
	payload('action item with 20k references', 20_000, (n) => `- [ ] ${';to ABC-12 '.repeat(n)}`),
	payload('"Wait" + "."×50k + " then"', 50_000, (n) => `Wait${'.'.repeat(n)} then`),
	payload('"Wait" + "!"×50k + " then"', 50_000, (n) => `Wait${'!'.repeat(n)} then`),
	payload('10k disable-next-line comments', 10_000, (n) => '<!-- postmortem-disable-next-line timeline -->\n- Dave should have known.\n'.repeat(n)),
	payload('10k disable/enable regions', 10_000, (n) => '<!-- postmortem-disable action-item -->\nDave should have known.\n<!-- postmortem-enable action-item -->\n\n'.repeat(n)),
];

/** Too big to repeat inside each section: run bare only. */
export const largePumps: readonly Payload[] = [
	payload('table, 100k-column header', 100_000, (n) => `| ${'a | '.repeat(n)}\n|${'---|'.repeat(n)}\n| ${'x | '.repeat(n)}`),
];

/** Section headings whose readers see the wrapped pump: timeline entries, action items, factors. */
const sections = ['Timeline', 'Action items', 'Contributing factors'] as const;

function wrapped(pump: Payload, section: (typeof sections)[number]): Payload {
	const head = `# Incident\n\n## Summary\n\nCheckout failed for 40 minutes.\n\n## Impact\n\n12% of checkouts failed.\n\n## ${section}\n\n`;
	const tail = '\n\n## Lessons learned\n\nTest across versions.\n';
	return payload(`${pump.name} in ## ${section}`, pump.size, (n) => head + pump.build(n) + tail);
}

export const wrappedPumps: readonly Payload[] = postmortemPumps.flatMap((pump) => sections.map((section) => wrapped(pump, section)));

export const allPayloads: readonly Payload[] = [...markdownItCases, ...knownTriggers, ...postmortemPumps, ...largePumps, ...wrappedPumps];

export function findPayload(name: string): Payload {
	const found = allPayloads.find((candidate) => candidate.name === name);
	if (found === undefined) {
		throw new Error(`no payload named ${name}`);
	}
	return found;
}

/** The payload at roughly `length` UTF-16 units: the smallest `n` whose text is at least that long. */
export function sized(pump: Payload, length: number): string {
	let high = 1;
	while (pump.build(high).length < length) {
		high *= 2;
	}
	let low = Math.floor(high / 2);
	while (low + 1 < high) {
		const middle = Math.floor((low + high) / 2);
		if (pump.build(middle).length < length) {
			low = middle;
		} else {
			high = middle;
		}
	}
	return pump.build(high);
}

function nestedList(depth: number, item: string): string {
	return Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}${item}\n`).join('');
}

/** markdown-it's "backticks" case: e + 0 backticks, e + 1 backtick, … (quadratic in n by design). */
function backticks(n: number): string {
	return Array.from({ length: n }, (_, count) => `e${'`'.repeat(count)}`).join('');
}

function timelineRows(n: number): string {
	const rows: string[] = [];
	for (let index = 0; index < n; index++) {
		const minute = index % 1440;
		const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
		rows.push(`- 2026-11-${String(1 + (Math.floor(index / 1440) % 28)).padStart(2, '0')} ${time} UTC Dave restarted node ${index}.`);
	}
	return rows.join('\n');
}
