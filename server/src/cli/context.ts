/**
 * What every CLI command gets: where to write and where it runs. Injected (rather than using
 * `process` directly) so tests can run the real commands in-process and capture their output.
 */
import type { Command } from 'commander';

export interface TextSink {
	write(text: string): unknown;
}

export interface CliIo {
	readonly stdout: TextSink;
	readonly stderr: TextSink;
	/** Relative paths, globs and the config file are resolved against this directory. */
	readonly cwd: string;
	/** Injectable clock for rules about dates; undefined means the real today. */
	readonly today: Date | undefined;
}

/** Exit codes shared by every command, as other linters use them. */
export const exitCodes = { ok: 0, problems: 1, usage: 2 } as const;

/**
 * Adds one subcommand to the program. Its action reports the exit code through `setExitCode`, because
 * commander's `parseAsync` resolves to the program rather than to the action's result.
 */
export type CommandRegistration = (program: Command, io: CliIo, setExitCode: (code: number) => void) => void;
