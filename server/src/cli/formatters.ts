/**
 * Turns lint results into the output formats of `postmortem lint --format`. Pure: each formatter gets
 * every result at once and returns the whole output, so JSON and SARIF are always one document.
 */
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Range } from 'vscode-languageserver-textdocument';
import type { Category, Rule, Severity } from '../rules/rule';
import { displayRelative, isOutside } from './paths';

/** One problem, with the LSP range (0-based, UTF-16) the editor would show, so CLI and editor agree. */
export interface CliDiagnostic {
	readonly ruleId: string;
	readonly category: Category;
	readonly severity: Severity;
	readonly message: string;
	readonly range: Range;
}

export interface FileResult {
	/** The path as the user gave it, or as found by a glob relative to the working directory. */
	readonly file: string;
	readonly absolutePath: string;
	readonly diagnostics: readonly CliDiagnostic[];
}

export interface FormatContext {
	readonly cwd: string;
	/** The rule registry, for SARIF's `tool.driver.rules`. */
	readonly rules: readonly Rule[];
	readonly version: string;
	/** Base URI of the rule docs pages: `docsBase + ruleId + '.md'`. */
	readonly docsBase: string;
	readonly informationUri: string;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

export const formatNames = ['text', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof formatNames)[number];

export const formatters: Readonly<Record<FormatName, Formatter>> = {
	text: formatText,
	json: formatJson,
	sarif: formatSarif,
	github: formatGithub,
};

/** `file:line:col severity message rule-id`, one per line, then a summary; like other linters. */
export function formatText(results: readonly FileResult[]): string {
	const lines: string[] = [];
	for (const result of results) {
		for (const { range, severity, message, ruleId } of result.diagnostics) {
			const { line, character } = range.start;
			lines.push(`${result.file}:${line + 1}:${character + 1} ${severity} ${oneLine(message)} ${ruleId}`);
		}
	}
	lines.push(summary(results));
	return lines.join('\n') + '\n';
}

export function summary(results: readonly FileResult[]): string {
	const counts = countBySeverity(results);
	const total = counts.error + counts.warning + counts.information + counts.hint;
	const files = plural(results.length, 'file');
	if (total === 0) {
		return `No problems in ${files}.`;
	}
	const parts = (['error', 'warning', 'information', 'hint'] as const)
		.filter((severity) => counts[severity] > 0)
		.map((severity) => plural(counts[severity], severity === 'information' ? 'info' : severity));
	return `${plural(total, 'problem')} (${parts.join(', ')}) in ${files}.`;
}

export function countBySeverity(results: readonly FileResult[]): Record<Severity, number> {
	const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
	for (const result of results) {
		for (const diagnostic of result.diagnostics) {
			counts[diagnostic.severity]++;
		}
	}
	return counts;
}

/** Exactly one JSON array, one entry per file even when it is clean, so scripts need no special cases. */
export function formatJson(results: readonly FileResult[]): string {
	const entries = results.map((result) => ({
		file: result.file,
		diagnostics: result.diagnostics.map(({ ruleId, category, severity, message, range }) => ({
			ruleId,
			category,
			severity,
			message,
			range,
		})),
	}));
	return JSON.stringify(entries, null, 2) + '\n';
}

const sarifLevels: Readonly<Record<Severity | 'off', string>> = {
	error: 'error',
	warning: 'warning',
	information: 'note',
	hint: 'note',
	off: 'none',
};

/** SARIF 2.1.0 as GitHub code scanning accepts it: one run, every rule described, 1-based regions. */
export function formatSarif(results: readonly FileResult[], context: FormatContext): string {
	const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
	const sarifResults = results.flatMap((result) =>
		result.diagnostics.map((diagnostic) => ({
			ruleId: diagnostic.ruleId,
			...(ruleIndex.has(diagnostic.ruleId) ? { ruleIndex: ruleIndex.get(diagnostic.ruleId) } : {}),
			level: sarifLevels[diagnostic.severity],
			message: { text: diagnostic.message },
			locations: [
				{
					physicalLocation: {
						artifactLocation: { uri: artifactUri(result.absolutePath, context.cwd) },
						region: oneBasedRegion(diagnostic.range),
					},
				},
			],
		})),
	);
	const log = {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [
			{
				tool: {
					driver: {
						name: 'postmortem',
						informationUri: context.informationUri,
						version: context.version,
						rules: context.rules.map((rule) => sarifRule(rule, context.docsBase)),
					},
				},
				results: sarifResults,
			},
		],
	};
	return JSON.stringify(log, null, 2) + '\n';
}

function sarifRule(rule: Rule, docsBase: string): object {
	return {
		id: rule.id,
		shortDescription: { text: rule.description },
		helpUri: docsBase + rule.id + '.md',
		defaultConfiguration: { level: sarifLevels[rule.defaultSeverity] },
		properties: { tags: ['postmortem', rule.category] },
	};
}

/** LSP end positions are exclusive, like SARIF's `endColumn`, so both just gain one. */
function oneBasedRegion(range: Range): Record<string, number> {
	return {
		startLine: range.start.line + 1,
		startColumn: range.start.character + 1,
		endLine: range.end.line + 1,
		endColumn: range.end.character + 1,
	};
}

/**
 * Code scanning resolves relative URIs against the repository root, where CI runs the CLI; a file
 * outside the working directory gets an absolute `file:` URI instead of a `../` path.
 */
export function artifactUri(absolutePath: string, cwd: string): string {
	const path = relative(cwd, absolutePath);
	if (path === '' || isOutside(path)) {
		return pathToFileURL(absolutePath).href;
	}
	return path.split(sep).map(encodeURIComponent).join('/');
}

const githubCommands: Readonly<Record<Severity, string>> = {
	error: 'error',
	warning: 'warning',
	information: 'notice',
	hint: 'notice',
};

/** GitHub Actions workflow commands, which annotate the changed lines of a pull request. */
export function formatGithub(results: readonly FileResult[], context: FormatContext): string {
	const lines: string[] = [];
	for (const result of results) {
		const file = displayRelative(result.absolutePath, context.cwd);
		for (const diagnostic of result.diagnostics) {
			const properties = {
				file,
				...oneBasedGithubRegion(diagnostic.range),
				title: diagnostic.ruleId,
			};
			const list = Object.entries(properties)
				.map(([key, value]) => `${key}=${escapeGithubProperty(String(value))}`)
				.join(',');
			lines.push(`::${githubCommands[diagnostic.severity]} ${list}::${escapeGithubData(diagnostic.message)}`);
		}
	}
	return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

function oneBasedGithubRegion(range: Range): Record<string, number> {
	const region = oneBasedRegion(range);
	return { line: region.startLine, col: region.startColumn, endLine: region.endLine, endColumn: region.endColumn };
}

/** GitHub's rules for a command's message: `%`, CR and LF are percent-encoded. */
export function escapeGithubData(text: string): string {
	return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Property values additionally encode `:` and `,`, which would end the value. */
export function escapeGithubProperty(text: string): string {
	return escapeGithubData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function oneLine(text: string): string {
	return text.replaceAll('\r\n', ' ').replaceAll('\n', ' ').replaceAll('\r', ' ');
}

function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
