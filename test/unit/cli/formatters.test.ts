import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import {
	artifactUri,
	escapeGithubData,
	escapeGithubProperty,
	formatters,
	type CliDiagnostic,
	type FileResult,
	type FormatContext,
} from '../../../server/src/cli/formatters';
import type { Rule } from '../../../server/src/rules/rule';
import { sarifProblems } from './sarif-structure';

const cwd = join('/', 'repo');

function rule(id: string, defaultSeverity: Rule['defaultSeverity']): Rule {
	return { id, category: id.split('/')[0] as Rule['category'], description: `About ${id}.`, defaultSeverity, check: () => undefined };
}

const context: FormatContext = {
	cwd,
	rules: [rule('blame/hindsight', 'warning'), rule('action-item/owner', 'error'), rule('timeline/order', 'hint')],
	version: '1.2.3',
	docsBase: 'https://example.com/docs/rules/',
	informationUri: 'https://example.com/',
};

function diagnostic(ruleId: string, severity: CliDiagnostic['severity'], line: number, character: number, message = 'A message.'): CliDiagnostic {
	return {
		ruleId,
		category: ruleId.split('/')[0] as CliDiagnostic['category'],
		severity,
		message,
		range: { start: { line, character }, end: { line, character: character + 4 } },
	};
}

const results: FileResult[] = [
	{
		file: 'postmortems/db outage.md',
		absolutePath: join(cwd, 'postmortems', 'db outage.md'),
		diagnostics: [
			diagnostic('blame/hindsight', 'warning', 2, 0, 'Hindsight: "should have".'),
			diagnostic('action-item/owner', 'error', 9, 4, 'No owner.'),
			diagnostic('timeline/order', 'hint', 12, 1),
		],
	},
	{ file: 'clean.md', absolutePath: join(cwd, 'clean.md'), diagnostics: [] },
];

suite('cli formatters: text', () => {
	test('one line per problem, 1-based, then a summary', () => {
		const lines = formatters.text(results, context).trimEnd().split('\n');
		assert.deepEqual(lines, [
			'postmortems/db outage.md:3:1 warning Hindsight: "should have". blame/hindsight',
			'postmortems/db outage.md:10:5 error No owner. action-item/owner',
			'postmortems/db outage.md:13:2 hint A message. timeline/order',
			'3 problems (1 error, 1 warning, 1 hint) in 2 files.',
		]);
	});

	test('a clean run says so', () => {
		assert.equal(formatters.text([results[1]], context), 'No problems in 1 file.\n');
	});

	test('a message with a line break stays on one line', () => {
		const output = formatters.text([{ ...results[1], diagnostics: [diagnostic('blame/hindsight', 'information', 0, 0, 'a\r\nb\nc')] }], context);
		assert.equal(output.split('\n')[0], 'clean.md:1:1 information a b c blame/hindsight');
	});
});

suite('cli formatters: json', () => {
	test('one array, one entry per file including clean ones, LSP ranges', () => {
		const parsed = JSON.parse(formatters.json(results, context)) as unknown;
		assert.deepEqual(parsed, [
			{
				file: 'postmortems/db outage.md',
				diagnostics: results[0].diagnostics.map((d) => ({ ...d })),
			},
			{ file: 'clean.md', diagnostics: [] },
		]);
	});

	test('no files is an empty array', () => {
		assert.deepEqual(JSON.parse(formatters.json([], context)), []);
	});
});

suite('cli formatters: sarif', () => {
	test('passes the structural check for GitHub code scanning', () => {
		const log = JSON.parse(formatters.sarif(results, context)) as unknown;
		assert.deepEqual(sarifProblems(log), []);
	});

	test('describes every rule and maps results to them', () => {
		const log = JSON.parse(formatters.sarif(results, context));
		const driver = log.runs[0].tool.driver;
		assert.equal(driver.name, 'postmortem');
		assert.equal(driver.version, '1.2.3');
		assert.deepEqual(
			driver.rules.map((r: { id: string; helpUri: string; defaultConfiguration: { level: string } }) => [r.id, r.helpUri, r.defaultConfiguration.level]),
			[
				['blame/hindsight', 'https://example.com/docs/rules/blame/hindsight.md', 'warning'],
				['action-item/owner', 'https://example.com/docs/rules/action-item/owner.md', 'error'],
				['timeline/order', 'https://example.com/docs/rules/timeline/order.md', 'note'],
			],
		);
		const [first, second, third] = log.runs[0].results;
		assert.deepEqual(first, {
			ruleId: 'blame/hindsight',
			ruleIndex: 0,
			level: 'warning',
			message: { text: 'Hindsight: "should have".' },
			locations: [
				{
					physicalLocation: {
						artifactLocation: { uri: 'postmortems/db%20outage.md' },
						region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 5 },
					},
				},
			],
		});
		assert.equal(second.level, 'error');
		assert.equal(third.level, 'note', 'hint becomes note');
	});

	test('an empty run is still valid', () => {
		assert.deepEqual(sarifProblems(JSON.parse(formatters.sarif([], context))), []);
	});

	test('the validator catches what code scanning rejects', () => {
		const log = JSON.parse(formatters.sarif(results, context));
		log.runs[0].results[0].ruleIndex = 2;
		log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
		log.runs[0].results[2].locations[0].physicalLocation.artifactLocation.uri = 'a\\b.md';
		assert.equal(sarifProblems(log).length, 3);
	});

	test('artifact URIs are relative with forward slashes and percent-encoding; outside files are file: URIs', () => {
		assert.equal(artifactUri(join(cwd, 'a', 'b#1.md'), cwd), 'a/b%231.md');
		assert.match(artifactUri(join('/', 'elsewhere', 'x.md'), cwd), /^file:\/\/.*\/elsewhere\/x\.md$/);
	});
});

suite('cli formatters: github', () => {
	test('one workflow command per problem with a 1-based region', () => {
		const lines = formatters.github(results, context).trimEnd().split('\n');
		assert.deepEqual(lines, [
			'::warning file=postmortems/db outage.md,line=3,col=1,endLine=3,endColumn=5,title=blame/hindsight::Hindsight: "should have".',
			'::error file=postmortems/db outage.md,line=10,col=5,endLine=10,endColumn=9,title=action-item/owner::No owner.',
			'::notice file=postmortems/db outage.md,line=13,col=2,endLine=13,endColumn=6,title=timeline/order::A message.',
		]);
	});

	test('information is a notice too', () => {
		const output = formatters.github([{ ...results[1], diagnostics: [diagnostic('timeline/order', 'information', 0, 0)] }], context);
		assert.match(output, /^::notice /);
	});

	test('no problems, no output', () => {
		assert.equal(formatters.github([results[1]], context), '');
	});

	test('escapes % CR LF in messages, and also : and , in properties', () => {
		assert.equal(escapeGithubData('100%\r\nnext: a, b'), '100%25%0D%0Anext: a, b');
		assert.equal(escapeGithubProperty('C:\\a,b%.md'), 'C%3A\\a%2Cb%25.md');
		const output = formatters.github(
			[{ file: 'x', absolutePath: join(cwd, 'a,b:c.md'), diagnostics: [diagnostic('timeline/order', 'error', 0, 0, '50%\nmore')] }],
			context,
		);
		assert.equal(output, '::error file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=5,title=timeline/order::50%25%0Amore\n');
	});
});
