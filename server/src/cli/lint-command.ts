/**
 * `postmortem lint [files or globs…]`: lints postmortems the way the editor does and reports them in
 * a format for people (text), scripts (json) or CI (sarif, github).
 */
import { pathToFileURL } from 'node:url';
import { InvalidArgumentError, Option } from 'commander';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PostmortemConfig } from '../config';
import { docsBaseUri, toDiagnostic } from '../features/diagnostics';
import { lint, type Finding } from '../lint';
import { parsePostmortem } from '../model/parse';
import { rules } from '../rules';
import { isPostmortem } from '../selection';
import { loadCliConfig } from './config';
import { exitCodes, type CliIo, type CommandRegistration } from './context';
import { expandInputs, readText, type LintTarget } from './files';
import { countBySeverity, formatNames, formatters, type FileResult, type FormatContext, type FormatName } from './formatters';
import { displayRelative } from './paths';
import { informationUri, version } from './version';

export interface LintCommandOptions {
	readonly format: FormatName;
	readonly config?: string;
	readonly maxWarnings?: number;
	readonly quiet?: boolean;
}

export const registerLintCommand: CommandRegistration = (program, io, setExitCode) => {
	program
		.command('lint')
		.description('Lint postmortems. Files named explicitly are always linted; globs and directories keep only postmortems.')
		.argument('[files...]', 'files, directories or globs (default: every postmortem under the current directory)')
		.addOption(new Option('-f, --format <format>', 'output format').choices(formatNames).default('text'))
		.option('-c, --config <file>', 'config file (default: .postmortemrc.json/.yaml/.yml in the current directory)')
		.option('--max-warnings <n>', 'exit with 1 when there are more than n warnings', parseCount)
		.option('-q, --quiet', 'report errors only')
		.action(async (files: string[], options: LintCommandOptions) => {
			setExitCode(await runLint(files, options, io));
		});
};

function parseCount(value: string): number {
	const count = Number(value);
	if (value.trim() === '' || !Number.isInteger(count) || count < 0) {
		throw new InvalidArgumentError('expected a whole number of 0 or more.');
	}
	return count;
}

/** Lints and prints; resolves to the exit code: 2 for unusable input, else 1 for errors, else 0. */
export async function runLint(inputs: readonly string[], options: LintCommandOptions, io: CliIo): Promise<number> {
	const loaded = await loadCliConfig(options.config, io);
	if (loaded.unreadable && options.config !== undefined) {
		io.stderr.write(`postmortem: ${loaded.errors.join('\n')}\n`);
		return exitCodes.usage;
	}
	for (const message of loaded.errors) {
		io.stderr.write(`postmortem: warning: ${message}\n`);
	}
	const expansion = await expandInputs(inputs, io.cwd);
	const { results, problems } = await lintTargets(expansion.targets, loaded.config, io, options.quiet === true);
	problems.unshift(...expansion.problems);
	io.stdout.write(formatters[options.format](results, formatContext(io)));
	for (const problem of problems) {
		io.stderr.write(`postmortem: ${problem}\n`);
	}
	if (inputs.length === 0 && results.length === 0) {
		io.stderr.write(`postmortem: no postmortems found under ${io.cwd}.\n`);
	}
	return problems.length > 0 ? exitCodes.usage : exitCodeFor(results, options, io);
}

async function lintTargets(
	targets: readonly LintTarget[],
	config: PostmortemConfig,
	io: CliIo,
	quiet: boolean,
): Promise<{ results: FileResult[]; problems: string[] }> {
	const results: FileResult[] = [];
	const problems: string[] = [];
	for (const target of targets) {
		const outcome = await lintTarget(target, config, io, quiet);
		if (typeof outcome === 'string') {
			problems.push(outcome);
		} else if (outcome !== undefined) {
			results.push(outcome);
		}
	}
	return { results, problems };
}

/**
 * One file's result; undefined when a glob found it but it is not a postmortem; a message when it
 * cannot be linted. A crash in one file is reported and the others are still linted.
 */
async function lintTarget(
	target: LintTarget,
	config: PostmortemConfig,
	io: CliIo,
	quiet: boolean,
): Promise<FileResult | string | undefined> {
	const read = await readText(target.absolutePath);
	if ('error' in read) {
		return `${target.file}: ${read.error}`;
	}
	try {
		const doc = parsePostmortem(read.text);
		if (!target.explicit && !isPostmortem(displayRelative(target.absolutePath, io.cwd), doc, config)) {
			return undefined;
		}
		const onRuleError = (ruleId: string, error: unknown): void => {
			io.stderr.write(`postmortem: warning: rule ${ruleId} failed on ${target.file} (${error instanceof Error ? error.message : String(error)}); the other rules still ran.\n`);
		};
		const findings = lint(doc, { config, today: io.today, onRuleError });
		const kept = quiet ? findings.filter((finding) => finding.severity === 'error') : findings;
		return { file: target.file, absolutePath: target.absolutePath, diagnostics: toCliDiagnostics(target, read.text, kept) };
	} catch (error) {
		return `${target.file}: internal error while linting (${error instanceof Error ? error.message : String(error)}).`;
	}
}

/** Ranges go through the editor's own conversion, so the CLI and the Problems panel agree exactly. */
function toCliDiagnostics(target: LintTarget, text: string, findings: readonly Finding[]): FileResult['diagnostics'] {
	const document = TextDocument.create(pathToFileURL(target.absolutePath).href, 'markdown', 1, text);
	const docsBase = docsBaseUri();
	return findings.map((finding) => {
		const diagnostic = toDiagnostic(document, finding, docsBase);
		return {
			ruleId: finding.ruleId,
			category: finding.category,
			severity: finding.severity,
			// LSP 3.18 allows Markdown messages; the CLI prints plain text.
			message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
			range: diagnostic.range,
		};
	});
}

function formatContext(io: CliIo): FormatContext {
	const docsBase = docsBaseUri();
	return { cwd: io.cwd, rules, version, docsBase, informationUri: informationUri(docsBase) };
}

function exitCodeFor(results: readonly FileResult[], options: LintCommandOptions, io: CliIo): number {
	const counts = countBySeverity(results);
	if (counts.error > 0) {
		return exitCodes.problems;
	}
	if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) {
		io.stderr.write(`postmortem: ${counts.warning} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
		return exitCodes.problems;
	}
	return exitCodes.ok;
}
