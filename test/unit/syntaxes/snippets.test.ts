/**
 * The snippets, expanded as an editor would with their example values (`${1:value}` → value, choices → the
 * first, `$CURRENT_YEAR` → the test's fixed today), must lint clean with every registered rule: a template
 * that starts with warnings teaches people to ignore them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../../server/src/lint';
import { parsePostmortem } from '../../../server/src/model/parse';
import { computeMetrics } from '../../../server/src/timeline/metrics';
import { configWith, testToday } from '../helpers';

interface Snippet {
	readonly prefix: string | readonly string[];
	readonly description: string;
	readonly body: readonly string[];
}

const snippets = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'snippets', 'postmortem.json'), 'utf8')) as Record<string, Snippet>;

const variables: Readonly<Record<string, string>> = {
	CURRENT_YEAR: String(testToday.getUTCFullYear()),
	CURRENT_MONTH: String(testToday.getUTCMonth() + 1).padStart(2, '0'),
	CURRENT_DATE: String(testToday.getUTCDate()).padStart(2, '0'),
	CURRENT_HOUR: '12',
	CURRENT_MINUTE: '00',
};

/** What the editor inserts when every tab stop keeps its default. */
function expandSnippet(body: readonly string[]): string {
	const defaults = new Map<string, string>();
	let text = body.join('\n');
	for (let pass = 0; pass < 3; pass++) {
		text = text.replace(/\$\{(\d+):((?:[^{}$]|\$(?=[A-Z]))*)\}/g, (_whole, stop: string, value: string) => {
			defaults.set(stop, value);
			return value;
		});
		text = text.replace(/\$\{(\d+)\|([^,|]*)(?:,[^|]*)?\|\}/g, (_whole, stop: string, first: string) => {
			defaults.set(stop, first);
			return first;
		});
	}
	text = text.replace(/\$\{(\d+)\}|\$(\d+)/g, (_whole, braced: string | undefined, bare: string | undefined) => defaults.get(braced ?? bare ?? '') ?? '');
	return text.replace(/\$([A-Z_]+)/g, (whole, name: string) => variables[name] ?? whole);
}

function findingsOf(text: string): string[] {
	return lint(parsePostmortem(text), { config: configWith(), today: testToday }).map((finding) => `${finding.ruleId}: ${text.slice(finding.span.start, finding.span.end)} — ${finding.message}`);
}

function template(name: string): string {
	const snippet = snippets[name];
	assert.ok(snippet, `snippet "${name}"`);
	return expandSnippet(snippet.body);
}

suite('snippets', () => {
	test('every snippet has a prefix, a description and a body that expands to plain text', () => {
		for (const [name, snippet] of Object.entries(snippets)) {
			assert.ok(snippet.prefix.length > 0 && snippet.description.endsWith('.') && snippet.body.length > 0, name);
			assert.ok(!expandSnippet(snippet.body).includes('$'), `${name} leaves a $ after expansion`);
		}
	});

	for (const name of ['Postmortem (Google SRE style)', 'Postmortem (short)']) {
		test(`"${name}" lints clean with every rule`, () => {
			assert.deepEqual(findingsOf(template(name)), []);
		});
	}

	test('the templates carry every time-to-X figure', () => {
		const metrics = computeMetrics(parsePostmortem(template('Postmortem (Google SRE style)')));
		assert.deepEqual(
			[metrics.timeToDetect?.minutes, metrics.timeToAcknowledge?.minutes, metrics.timeToMitigate?.minutes, metrics.timeToResolve?.minutes],
			[8, 3, 33, 45],
		);
	});

	test('the entry, action-item and factor snippets keep a clean postmortem clean', () => {
		const base = template('Postmortem (short)');
		const insertions: [string, string][] = [
			['Timeline entry', '- 09:55 **Resolved**'],
			['Timeline entry with a lifecycle label', '- 09:55 **Resolved**'],
			['Contributing factor', '- **Runbooks**'],
			['Action item', '- [ ] Run index rebuilds'],
		];
		for (const [name, after] of insertions) {
			const lineStart = base.indexOf(after);
			const lineEnd = base.indexOf('\n', lineStart);
			const text = `${base.slice(0, lineEnd)}\n${template(name)}${base.slice(lineEnd)}`;
			assert.deepEqual(findingsOf(text), [], name);
		}
	});
});
