/**
 * Finds and reads the workspace config file (`.postmortemrc.json`, `.postmortemrc.yaml`,
 * `.postmortemrc.yml`). Shared by the CLI and the language server so both read a team's settings the
 * same way. Never throws: a broken config file costs the user one clear message per problem and the
 * defaults apply, because a typo in a config file must not stop linting.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { defaultConfig, mergeConfig, validateConfig, type ConfigInput, type PostmortemConfig } from './config';
import { findJsonSyntaxError } from './json-syntax';
import { rules as registry } from './rules';
import { categories } from './rules/rule';

/** Looked for in this order; the first one found wins. */
export const configFileNames: readonly string[] = ['.postmortemrc.json', '.postmortemrc.yaml', '.postmortemrc.yml'];

export interface ConfigFromText {
	readonly config: PostmortemConfig;
	/** One message per problem, naming the file and the bad key (or line and column for syntax errors). */
	readonly errors: string[];
}

export interface LoadedConfig extends ConfigFromText {
	/** The file that was read, or undefined when there is none. */
	readonly path: string | undefined;
	/** The file exists (or was asked for) but could not be read at all: an explicit `--config` is then bad usage. */
	readonly unreadable: boolean;
}

/** A config file bigger than this is not a config file; refusing it keeps the parser from stalling. */
const maxConfigBytes = 1024 * 1024;

/**
 * Parses and validates config text. `.json` files are JSON (a leading BOM is allowed, as editors on
 * Windows write one); anything else is YAML, which also accepts JSON.
 */
export function configFromText(text: string, fileName: string): ConfigFromText {
	const parsed = extname(fileName).toLowerCase() === '.json' ? parseJson(text, fileName) : parseYaml(text, fileName);
	if ('error' in parsed) {
		return { config: defaultConfig, errors: [parsed.error] };
	}
	if (parsed.value === null && !parsed.empty) {
		return { config: defaultConfig, errors: [`${fileName}: expected an object at the top level; using the defaults.`] };
	}
	const validated = validateConfig(parsed.value, fileName);
	const input = dropUnknownRuleIds(validated.input, fileName);
	return { config: mergeConfig(defaultConfig, input.input), errors: [...validated.errors, ...input.errors] };
}

/** The first config file in `directory`, or undefined. */
export async function findConfigFile(directory: string): Promise<string | undefined> {
	for (const name of configFileNames) {
		const candidate = join(directory, name);
		const info = await stat(candidate).catch(() => undefined);
		if (info?.isFile() === true) {
			return candidate;
		}
	}
	return undefined;
}

/**
 * Reads one config file. `displayName` is how messages name it (the CLI shows the path as the user
 * typed it; the server shows the full path).
 */
export async function readConfigFile(filePath: string, displayName = filePath): Promise<LoadedConfig> {
	let text: string;
	try {
		const info = await stat(filePath);
		if (!info.isFile() || info.size > maxConfigBytes) {
			const why = info.isFile() ? `is larger than ${maxConfigBytes} bytes` : 'is not a file';
			return unreadable(filePath, `${displayName}: ${why}; using the defaults.`);
		}
		text = await readFile(filePath, 'utf8');
	} catch (error) {
		return unreadable(filePath, `${displayName}: cannot be read (${describeFsError(error)}); using the defaults.`);
	}
	return { ...configFromText(text, displayName), path: filePath, unreadable: false };
}

/** The config for a workspace folder: its config file if it has one, else the defaults. */
export async function loadConfig(directory: string): Promise<LoadedConfig> {
	const found = await findConfigFile(directory);
	if (found === undefined) {
		return { config: defaultConfig, errors: [], path: undefined, unreadable: false };
	}
	return readConfigFile(found);
}

function unreadable(filePath: string, message: string): LoadedConfig {
	return { config: defaultConfig, errors: [message], path: filePath, unreadable: true };
}

type Parsed = { readonly value: unknown; readonly empty: boolean } | { readonly error: string };

function parseJson(text: string, fileName: string): Parsed {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	if (body.trim() === '') {
		return { value: null, empty: true };
	}
	try {
		return { value: JSON.parse(body) as unknown, empty: false };
	} catch {
		const found = findJsonSyntaxError(body) ?? { offset: 0, message: 'invalid JSON' };
		// Positions count from the start of the file as the user's editor shows it, i.e. after the BOM.
		const { line, column } = lineAndColumn(body, found.offset);
		return { error: `${fileName}:${line}:${column}: JSON syntax error: ${found.message}; using the defaults.` };
	}
}

function parseYaml(text: string, fileName: string): Parsed {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const [first] = doc.errors;
	if (first !== undefined) {
		// Only the first: later YAML errors are nearly always knock-on effects of the first.
		const { line, col } = lineCounter.linePos(first.pos[0]);
		const message = firstLine(first.message);
		return { error: `${fileName}:${line}:${col}: YAML syntax error: ${message}; using the defaults.` };
	}
	if (doc.contents === null) {
		return { value: null, empty: true };
	}
	try {
		// The alias limit stops a "billion laughs" file from exhausting memory.
		return { value: doc.toJS({ maxAliasCount: 100 }) as unknown, empty: false };
	} catch (error) {
		return { error: `${fileName}: ${error instanceof Error ? firstLine(error.message) : 'invalid YAML'}; using the defaults.` };
	}
}

/**
 * A misspelt rule id would otherwise be silently ignored and the user would wonder why their setting
 * has no effect, so ids that name no rule and no category are reported (and dropped).
 */
function dropUnknownRuleIds(input: ConfigInput, fileName: string): { input: ConfigInput; errors: string[] } {
	const known = new Set<string>([...categories, ...registry.map((rule) => rule.id)]);
	const errors: string[] = [];
	const keep = <T>(key: string, record: Readonly<Record<string, T>> | undefined): Record<string, T> | undefined => {
		if (record === undefined) {
			return undefined;
		}
		const kept: Record<string, T> = {};
		for (const [id, value] of Object.entries(record)) {
			if (known.has(id)) {
				kept[id] = value;
			} else {
				errors.push(`${fileName}: "${key}" → "${id}" is not a rule id or category (see \`postmortem rules\`); ignored.`);
			}
		}
		return kept;
	};
	return { input: { ...input, rules: keep('rules', input.rules), phrases: keep('phrases', input.phrases) }, errors };
}

/** 1-based line and column (in UTF-16 code units, as editors count) of `offset`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		const char = text[i];
		if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}

/** The first line of a library's message, without its closing punctuation (ours follows it). */
function firstLine(message: string): string {
	const newline = message.search(/[\r\n]/);
	let line = newline === -1 ? message : message.slice(0, newline);
	while (line.length > 0 && ' \t.:'.includes(line[line.length - 1])) {
		line = line.slice(0, -1);
	}
	return line;
}

function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOENT':
			return 'no such file';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EISDIR':
			return 'is a directory';
		default:
			return error instanceof Error ? error.message : String(error);
	}
}
