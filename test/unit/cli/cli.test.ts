import * as assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../../server/src/cli';
import { rules } from '../../../server/src/rules';
import packageJson from '../../../package.json';
import schema from '../../../server/schema/postmortemrc.schema.json';
import { sarifProblems } from './sarif-structure';

const today = new Date(Date.UTC(2024, 5, 1));

/**
 * Tests control which rules run through the config file, so they keep working as rules are added:
 * every category off, then one structure rule at the severity under test.
 */
const allOff = { blame: 'off', 'action-item': 'off', timeline: 'off', structure: 'off' };
const missingTimeline = 'structure/missing-timeline';

function onlyMissingTimeline(severity: string): string {
	return JSON.stringify({ rules: { ...allOff, [missingTimeline]: severity } });
}

const withTimeline = [
	'# Database outage',
	'',
	'## Summary',
	'',
	'The primary database ran out of disk.',
	'',
	'## Impact',
	'',
	'Checkout failed for 20 minutes.',
	'',
	'## Timeline',
	'',
	'- 10:00 UTC disk alert',
	'',
	'## Action items',
	'',
	'- [ ] Alert on disk growth',
	'',
].join('\n');

/** The same postmortem without its Timeline: exactly one finding from `structure/missing-timeline`. */
const withoutTimeline = withTimeline.replace('## Timeline\n\n- 10:00 UTC disk alert\n\n', '');

interface Run {
	readonly code: number;
	readonly stdout: string;
	readonly stderr: string;
}

async function run(args: string[], cwd: string): Promise<Run> {
	let stdout = '';
	let stderr = '';
	const code = await main(args, {
		cwd,
		today,
		stdout: { write: (text: string) => (stdout += text) },
		stderr: { write: (text: string) => (stderr += text) },
	});
	return { code, stdout, stderr };
}

interface JsonEntry {
	file: string;
	diagnostics: { ruleId: string; category: string; severity: string; message: string; range: unknown }[];
}

let dir: string;

async function tree(files: Record<string, string | Uint8Array>): Promise<void> {
	for (const [path, content] of Object.entries(files)) {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(join(dir, path), content);
	}
}

/** Each test gets a fresh temporary working directory. Called inside each suite so the hooks stay local. */
function useTempDir(): void {
	setup(async () => {
		dir = await mkdtemp(join(tmpdir(), 'postmortem-cli-'));
	});
	teardown(async () => {
		await rm(dir, { recursive: true, force: true });
	});
}

suite('cli lint: exit codes and text output', () => {
	useTempDir();

	test('a clean file: exit 0 and a summary', async () => {
		await tree({ '.postmortemrc.json': onlyMissingTimeline('error'), 'incident.md': withTimeline });
		const result = await run(['lint', 'incident.md'], dir);
		assert.deepEqual(result, { code: 0, stdout: 'No problems in 1 file.\n', stderr: '' });
	});

	test('an error: exit 1, file:line:col severity message rule-id', async () => {
		await tree({ '.postmortemrc.json': onlyMissingTimeline('error'), 'incident.md': withoutTimeline });
		const result = await run(['lint', 'incident.md'], dir);
		assert.equal(result.code, 1);
		const lines = result.stdout.trimEnd().split('\n');
		assert.equal(lines.length, 2);
		assert.match(lines[0], /^incident\.md:1:\d+ error \S.* structure\/missing-timeline$/);
		assert.equal(lines[1], '1 problem (1 error) in 1 file.');
		assert.equal(result.stderr, '');
	});

	test('warnings alone exit 0; --max-warnings makes too many exit 1', async () => {
		await tree({ '.postmortemrc.json': onlyMissingTimeline('warning'), 'incident.md': withoutTimeline });
		assert.equal((await run(['lint', 'incident.md'], dir)).code, 0);
		assert.equal((await run(['lint', 'incident.md', '--max-warnings', '1'], dir)).code, 0);
		const over = await run(['lint', 'incident.md', '--max-warnings', '0'], dir);
		assert.equal(over.code, 1);
		assert.match(over.stderr, /max-warnings/);
	});

	test('--quiet reports errors only', async () => {
		await tree({ '.postmortemrc.json': onlyMissingTimeline('warning'), 'incident.md': withoutTimeline });
		const result = await run(['lint', '--quiet', 'incident.md'], dir);
		assert.deepEqual(result, { code: 0, stdout: 'No problems in 1 file.\n', stderr: '' });
	});

	test('bad usage exits 2 with a message on stderr', async () => {
		await tree({ 'incident.md': withTimeline });
		const cases: [string[], RegExp][] = [
			[['lint', '--nope', 'incident.md'], /--nope/],
			[['lint', '--format', 'xml', 'incident.md'], /xml/],
			[['lint', '--max-warnings', 'many', 'incident.md'], /max-warnings/],
			[['lint', '--max-warnings', '-1', 'incident.md'], /max-warnings/],
			[['frobnicate'], /frobnicate/],
			[[], /Usage/],
		];
		for (const [args, message] of cases) {
			const result = await run(args, dir);
			assert.equal(result.code, 2, args.join(' '));
			assert.match(result.stderr, message, args.join(' '));
		}
	});

	test('--help and --version exit 0 on stdout', async () => {
		const help = await run(['--help'], dir);
		assert.equal(help.code, 0);
		assert.match(help.stdout, /lint/);
		const lintHelp = await run(['lint', '--help'], dir);
		assert.equal(lintHelp.code, 0);
		assert.match(lintHelp.stdout, /--max-warnings/);
		assert.deepEqual(await run(['--version'], dir), { code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
	});

	test('a missing file exits 2 and the other files are still linted', async () => {
		await tree({ '.postmortemrc.json': onlyMissingTimeline('error'), 'incident.md': withoutTimeline });
		const result = await run(['lint', 'gone.md', 'incident.md'], dir);
		assert.equal(result.code, 2);
		assert.match(result.stderr, /gone\.md: no such file/);
		assert.match(result.stdout, /^incident\.md:1:\d+ error /m);
	});

	test('a binary file exits 2 with a message, the others are still linted', async () => {
		const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
		await tree({ '.postmortemrc.json': onlyMissingTimeline('error'), 'image.md': png, 'incident.md': withTimeline });
		const result = await run(['lint', '--format', 'json', 'image.md', 'incident.md'], dir);
		assert.equal(result.code, 2);
		assert.match(result.stderr, /image\.md: .*binary/);
		assert.deepEqual((JSON.parse(result.stdout) as JsonEntry[]).map((entry) => entry.file), ['incident.md']);
	});

	test('invalid UTF-8 exits 2 with a message', async () => {
		await tree({ 'latin1.md': Uint8Array.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]) });
		const result = await run(['lint', 'latin1.md'], dir);
		assert.equal(result.code, 2);
		assert.match(result.stderr, /latin1\.md: .*UTF-8/);
	});
});

suite('cli lint: formats', () => {
	useTempDir();

	async function lintJson(files: Record<string, string>, args: string[] = Object.keys(files)): Promise<JsonEntry[]> {
		await tree({ '.postmortemrc.json': onlyMissingTimeline('error'), ...files });
		const result = await run(['lint', '--format', 'json', ...args], dir);
		assert.ok(result.code === 0 || result.code === 1, result.stderr);
		return JSON.parse(result.stdout) as JsonEntry[];
	}

	test('json: one array, one entry per file even when clean, LSP ranges', async () => {
		const entries = await lintJson({ 'a.md': withoutTimeline, 'b.md': withTimeline });
		assert.deepEqual(entries.map((entry) => entry.file), ['a.md', 'b.md']);
		assert.deepEqual(entries[1].diagnostics, []);
		const [finding] = entries[0].diagnostics;
		assert.equal(entries[0].diagnostics.length, 1);
		assert.equal(finding.ruleId, missingTimeline);
		assert.equal(finding.category, 'structure');
		assert.equal(finding.severity, 'error');
		assert.ok(finding.message.length > 0);
		assert.deepEqual(Object.keys(finding).sort(), ['category', 'message', 'range', 'ruleId', 'severity']);
		const range = finding.range as { start: { line: number; character: number }; end: { line: number } };
		assert.equal(range.start.line, 0, 'lines are 0-based');
		assert.equal(range.end.line, 0);
	});

	test('a BOM does not shift positions: the editor never sees it', async () => {
		const [plain, bom] = await lintJson({ 'plain.md': withoutTimeline, 'bom.md': '\uFEFF' + withoutTimeline });
		assert.equal(plain.diagnostics.length, 1);
		assert.deepEqual(bom.diagnostics, plain.diagnostics);
	});

	test('CRLF line endings give the same positions as LF', async () => {
		const lf = '\n\n' + withoutTimeline;
		const [unix, windows] = await lintJson({ 'lf.md': lf, 'crlf.md': lf.replaceAll('\n', '\r\n') });
		assert.equal(unix.diagnostics.length, 1);
		assert.deepEqual(windows.diagnostics, unix.diagnostics);
		assert.equal((unix.diagnostics[0].range as { start: { line: number } }).start.line, 2);
	});

	test('columns count UTF-16 code units, as the editor does', async () => {
		const title = '# 🔥 Database outage 🔥';
		const [entry] = await lintJson({ 'emoji.md': withoutTimeline.replace('# Database outage', title) });
		const range = entry.diagnostics[0].range as { end: { line: number; character: number } };
		assert.deepEqual(range.end, { line: 0, character: title.length });
	});

	test('sarif: structurally valid for code scanning, with relative URIs', async () => {
		await tree({ '.postmortemrc.json': onlyMissingTimeline('error'), 'postmortems/db outage.md': withoutTimeline });
		const result = await run(['lint', '--format', 'sarif', 'postmortems/db outage.md'], dir);
		assert.equal(result.code, 1);
		const log = JSON.parse(result.stdout);
		assert.deepEqual(sarifProblems(log), []);
		const driver = log.runs[0].tool.driver;
		assert.equal(driver.version, packageJson.version);
		assert.deepEqual(driver.rules.map((rule: { id: string }) => rule.id), rules.map((rule) => rule.id));
		const [sarifResult] = log.runs[0].results;
		assert.equal(sarifResult.ruleId, missingTimeline);
		assert.equal(sarifResult.level, 'error');
		assert.equal(sarifResult.locations[0].physicalLocation.artifactLocation.uri, 'postmortems/db%20outage.md');
		assert.equal(sarifResult.locations[0].physicalLocation.region.startLine, 1);
	});

	test('github: one annotation per problem, 1-based', async () => {
		await tree({ '.postmortemrc.json': onlyMissingTimeline('warning'), 'incident.md': withoutTimeline });
		const result = await run(['lint', '--format', 'github', 'incident.md'], dir);
		assert.equal(result.code, 0);
		assert.match(result.stdout, /^::warning file=incident\.md,line=1,col=\d+,endLine=1,endColumn=\d+,title=structure\/missing-timeline::\S.*\n$/);
	});
});

suite('cli lint: which files', () => {
	useTempDir();

	const notPostmortem = '# Readme\n\nHow to build this repository.\n';

	async function filesLinted(args: string[]): Promise<string[]> {
		const result = await run(['lint', '--format', 'json', ...args], dir);
		assert.notEqual(result.code, 2, result.stderr);
		return (JSON.parse(result.stdout) as JsonEntry[]).map((entry) => entry.file);
	}

	setup(async () => {
		await tree({
			'.postmortemrc.json': JSON.stringify({ rules: allOff }),
			'postmortems/2024-01-db.md': withTimeline,
			'postmortems/notes.txt': withTimeline,
			'docs/2024-03-cache.md': withTimeline,
			'docs/README.md': notPostmortem,
			'node_modules/pkg/postmortem.md': withTimeline,
			'.hidden/postmortem.md': withTimeline,
		});
	});

	test('no arguments: every postmortem under the working directory, not node_modules', async () => {
		assert.deepEqual(await filesLinted([]), ['docs/2024-03-cache.md', 'postmortems/2024-01-db.md']);
	});

	test('a glob keeps Markdown postmortems only', async () => {
		assert.deepEqual(await filesLinted(['**/*']), ['docs/2024-03-cache.md', 'postmortems/2024-01-db.md']);
		assert.deepEqual(await filesLinted(['docs/*.md']), ['docs/2024-03-cache.md']);
	});

	test('a directory expands like a glob', async () => {
		assert.deepEqual(await filesLinted(['docs']), ['docs/2024-03-cache.md']);
	});

	test('a file named explicitly is always linted', async () => {
		assert.deepEqual(await filesLinted(['docs/README.md', 'postmortems/notes.txt']), ['docs/README.md', 'postmortems/notes.txt']);
	});

	test('the same file twice is linted once', async () => {
		assert.deepEqual(await filesLinted(['docs/2024-03-cache.md', 'docs/*.md']), ['docs/2024-03-cache.md']);
	});

	test('files.exclude in the config applies to globs', async () => {
		await writeFile(join(dir, '.postmortemrc.json'), JSON.stringify({ rules: allOff, files: { exclude: ['docs/**'] } }));
		assert.deepEqual(await filesLinted([]), ['postmortems/2024-01-db.md']);
	});

	test('a glob that matches nothing exits 2', async () => {
		const result = await run(['lint', 'reports/**/*.md'], dir);
		assert.equal(result.code, 2);
		assert.match(result.stderr, /reports\/\*\*\/\*\.md: no Markdown files match/);
	});

	test('no postmortems at all is not an error, but says so', async () => {
		const empty = await mkdtemp(join(tmpdir(), 'postmortem-cli-empty-'));
		try {
			const result = await run(['lint'], empty);
			assert.equal(result.code, 0);
			assert.equal(result.stdout, 'No problems in 0 files.\n');
			assert.match(result.stderr, /no postmortems found/);
		} finally {
			await rm(empty, { recursive: true, force: true });
		}
	});
});

suite('cli lint: config file', () => {
	useTempDir();

	test('a bad config file: each problem once on stderr naming the key; defaults apply and lint goes on', async () => {
		await tree({
			'.postmortemrc.json': JSON.stringify({ maxProblems: 'ten', rules: { ...allOff, [missingTimeline]: 'error', blame: 7 } }),
			'incident.md': withoutTimeline,
		});
		const result = await run(['lint', 'incident.md'], dir);
		assert.equal(result.code, 1, 'the valid rule settings still apply');
		const warnings = result.stderr.trimEnd().split('\n');
		assert.equal(warnings.length, 2, result.stderr);
		assert.match(warnings[0], /^postmortem: warning: \.postmortemrc\.json: "maxProblems"/);
		assert.match(warnings[1], /"rules".*"blame"/);
	});

	test('a YAML syntax error is reported with line and column, and the defaults apply', async () => {
		await tree({ '.postmortemrc.yaml': 'rules:\n  structure: off\nteams: [a, b\n', 'incident.md': withTimeline });
		const result = await run(['lint', '--format', 'json', 'incident.md'], dir);
		assert.notEqual(result.code, 2);
		assert.match(result.stderr, /^postmortem: warning: \.postmortemrc\.yaml:\d+:\d+: YAML syntax error/);
		assert.equal(result.stderr.trimEnd().split('\n').length, 1);
		assert.equal((JSON.parse(result.stdout) as JsonEntry[]).length, 1);
	});

	test('--config FILE is used instead of the one in the directory', async () => {
		await tree({
			'.postmortemrc.json': onlyMissingTimeline('error'),
			'team/lenient.yml': `rules:\n  blame: off\n  action-item: off\n  timeline: off\n  structure: off\n`,
			'incident.md': withoutTimeline,
		});
		assert.equal((await run(['lint', 'incident.md'], dir)).code, 1);
		const result = await run(['lint', '--config', 'team/lenient.yml', 'incident.md'], dir);
		assert.deepEqual(result, { code: 0, stdout: 'No problems in 1 file.\n', stderr: '' });
	});

	test('--config with a missing file exits 2', async () => {
		await tree({ 'incident.md': withTimeline });
		const result = await run(['lint', '--config', 'nope.json', 'incident.md'], dir);
		assert.equal(result.code, 2);
		assert.match(result.stderr, /nope\.json: cannot be read/);
		assert.equal(result.stdout, '');
	});
});

suite('cli rules', () => {
	useTempDir();

	test('text lists every rule with its default severity and description', async () => {
		const result = await run(['rules'], dir);
		assert.equal(result.code, 0);
		const lines = result.stdout.trimEnd().split('\n');
		assert.equal(lines.length, rules.length);
		for (const [index, rule] of rules.entries()) {
			assert.match(lines[index], new RegExp(`^${rule.id}\\s+${rule.defaultSeverity}\\s+`));
			assert.ok(lines[index].endsWith(rule.description));
		}
	});

	test('json gives id, category, default severity, description and docs link', async () => {
		const result = await run(['rules', '--format', 'json'], dir);
		assert.equal(result.code, 0);
		const entries = JSON.parse(result.stdout) as { id: string; defaultSeverity: string; docs: string }[];
		assert.deepEqual(entries.map((entry) => entry.id), rules.map((rule) => rule.id));
		assert.ok(entries.every((entry) => entry.docs.endsWith(`${entry.id}.md`)));
	});

	test('every rule id is accepted by the config schema', () => {
		const pattern = new RegExp(schema.properties.rules.propertyNames.pattern);
		for (const rule of rules) {
			assert.match(rule.id, pattern);
		}
	});
});
