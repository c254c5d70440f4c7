/** The config a CLI command runs with: `--config FILE` when given, else a config file in the current directory. */
import { resolve } from 'node:path';
import { defaultConfig } from '../config';
import { findConfigFile, readConfigFile, type LoadedConfig } from '../config-file';
import type { CliIo } from './context';
import { displayRelative } from './paths';

export async function loadCliConfig(explicitPath: string | undefined, io: CliIo): Promise<LoadedConfig> {
	if (explicitPath !== undefined) {
		return readConfigFile(resolve(io.cwd, explicitPath), explicitPath);
	}
	const found = await findConfigFile(io.cwd);
	return found === undefined
		? { config: defaultConfig, errors: [], path: undefined, unreadable: false }
		: readConfigFile(found, displayRelative(found, io.cwd));
}
