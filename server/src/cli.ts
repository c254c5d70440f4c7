/**
 * The `postmortem` command line. `main` never calls `process.exit`: it resolves to the exit code (the
 * bin wrapper sets it), and writes through injectable streams, so tests run it in-process.
 *
 * Each subcommand lives in its own file under `cli/`; adding one is a file plus one line in `commands`.
 */
import { Command, CommanderError } from 'commander';
import { exitCodes, type CliIo, type CommandRegistration } from './cli/context';
import { registerChartCommand } from './cli/chart-command';
import { registerLintCommand } from './cli/lint-command';
import { registerMetricsCommand } from './cli/metrics-command';
import { registerRulesCommand } from './cli/rules-command';
import { version } from './cli/version';

const commands: readonly CommandRegistration[] = [registerLintCommand, registerRulesCommand, registerChartCommand, registerMetricsCommand];

export type { CliIo } from './cli/context';

export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
	const fullIo: CliIo = {
		stdout: io.stdout ?? process.stdout,
		stderr: io.stderr ?? process.stderr,
		cwd: io.cwd ?? process.cwd(),
		today: io.today,
	};
	let exitCode: number = exitCodes.ok;
	const program = createProgram(fullIo, (code) => {
		exitCode = code;
	});
	try {
		await program.parseAsync([...argv], { from: 'user' });
	} catch (error) {
		if (error instanceof CommanderError) {
			// Commander has printed its message; `--help` and `--version` end here with 0, bad usage with 2.
			return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
		}
		throw error;
	}
	return exitCode;
}

function createProgram(io: CliIo, setExitCode: (code: number) => void): Command {
	const program = new Command('postmortem')
		.description('Lint blameless incident postmortems written in Markdown.')
		.version(version, '-v, --version')
		// Settings made before the subcommands are added are inherited by them.
		.exitOverride()
		.configureOutput({
			writeOut: (text) => io.stdout.write(text),
			writeErr: (text) => io.stderr.write(text),
		})
		.showHelpAfterError('(run with --help for usage)');
	for (const register of commands) {
		register(program, io, setExitCode);
	}
	return program;
}
