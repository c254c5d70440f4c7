/**
 * `postmortem chart FILE [-o out.svg] [--theme light|dark]`: draws the Swiss cheese chart of a postmortem's
 * contributing factors as a standalone SVG, to standard output or to a file.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option } from 'commander';
import { buildChartPayload } from '../chart/chart-data';
import type { ChartTheme } from '../chart/palette';
import { renderSvg } from '../chart/svg';
import { parsePostmortem } from '../model/parse';
import { loadCliConfig } from './config';
import { exitCodes, type CliIo, type CommandRegistration } from './context';
import { readText } from './files';
import { displayRelative } from './paths';

export interface ChartCommandOptions {
	readonly output?: string;
	readonly theme: ChartTheme;
	readonly config?: string;
}

export const registerChartCommand: CommandRegistration = (program, io, setExitCode) => {
	program
		.command('chart')
		.description('Draw the Swiss cheese chart of a postmortem\'s contributing factors as SVG.')
		.argument('<file>', 'the postmortem (Markdown)')
		.option('-o, --output <file>', 'write the SVG to this file (default: standard output)')
		.addOption(new Option('--theme <theme>', 'colours').choices(['light', 'dark']).default('light'))
		.option('-c, --config <file>', 'config file, for the order of the layers (default: .postmortemrc.* in the current directory)')
		.action(async (file: string, options: ChartCommandOptions) => {
			setExitCode(await runChart(file, options, io));
		});
};

export async function runChart(file: string, options: ChartCommandOptions, io: CliIo): Promise<number> {
	const loaded = await loadCliConfig(options.config, io);
	if (loaded.unreadable && options.config !== undefined) {
		io.stderr.write(`postmortem: ${loaded.errors.join('\n')}\n`);
		return exitCodes.usage;
	}
	for (const message of loaded.errors) {
		io.stderr.write(`postmortem: warning: ${message}\n`);
	}
	const absolutePath = resolve(io.cwd, file);
	const read = await readText(absolutePath);
	if ('error' in read) {
		io.stderr.write(`postmortem: ${file}: ${read.error}\n`);
		return exitCodes.usage;
	}
	const doc = parsePostmortem(read.text);
	const payload = buildChartPayload({ uri: absolutePath, version: 0, doc, isPostmortem: true, layerOrder: loaded.config.layers });
	const svg = renderSvg(payload.layout, options.theme);
	if (options.output === undefined) {
		io.stdout.write(svg);
		return exitCodes.ok;
	}
	return writeOutput(resolve(io.cwd, options.output), options.output, svg, doc.factors.length, io);
}

async function writeOutput(absolutePath: string, shown: string, svg: string, factors: number, io: CliIo): Promise<number> {
	try {
		await writeFile(absolutePath, svg, 'utf8');
	} catch (error) {
		io.stderr.write(`postmortem: ${shown}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).\n`);
		return exitCodes.usage;
	}
	io.stderr.write(`postmortem: wrote ${displayRelative(absolutePath, io.cwd)} (${factors} contributing factor${factors === 1 ? '' : 's'}).\n`);
	return exitCodes.ok;
}

