/**
 * YAML (`---`) and TOML (`+++`) front matter. Jekyll, Hugo and MkDocs sites keep postmortems with it; the
 * block must not reach markdown-it, which would read `---` as a rule and the keys as a setext heading.
 */
import { parse as parseYaml } from 'yaml';
import { lineContentEnd } from './text';
import type { FrontMatter } from './types';

export interface FrontMatterBlock extends FrontMatter {
	/** Lines 0 … lastLine belong to the block. */
	readonly lastLine: number;
}

const maxFrontMatterLines = 2000;

export function readFrontMatter(text: string, lineStarts: readonly number[]): FrontMatterBlock | undefined {
	const first = lineText(text, lineStarts, 0).replace(/^\uFEFF/, '').trimEnd();
	const fence = first === '---' ? '---' : first === '+++' ? '+++' : undefined;
	if (fence === undefined) {
		return undefined;
	}
	const limit = Math.min(lineStarts.length, maxFrontMatterLines);
	for (let line = 1; line < limit; line++) {
		const current = lineText(text, lineStarts, line).trimEnd();
		if (current === fence || (fence === '---' && current === '...')) {
			const body = text.slice(lineStarts[1], lineStarts[line]);
			const span = { start: 0, end: lineContentEnd(text, lineStarts, line) };
			const format = fence === '---' ? 'yaml' : 'toml';
			const { data, error } = format === 'yaml' ? parseYamlBody(body) : parseTomlBody(body);
			return { span, format, data, error, lastLine: line };
		}
	}
	return undefined;
}

function lineText(text: string, lineStarts: readonly number[], line: number): string {
	return text.slice(lineStarts[line], lineContentEnd(text, lineStarts, line));
}

function parseYamlBody(body: string): { data: Record<string, unknown>; error: string | undefined } {
	try {
		// Aliases are capped by the library (maxAliasCount) so a "billion laughs" block cannot blow up memory.
		// logLevel 'error': the library's warnings would otherwise go to the server's stderr on every keystroke.
		const value: unknown = parseYaml(body, { maxAliasCount: 50, prettyErrors: false, logLevel: 'error' });
		if (value === null || value === undefined) {
			return { data: {}, error: undefined };
		}
		if (typeof value !== 'object' || Array.isArray(value)) {
			return { data: {}, error: 'Front matter is not a set of key: value pairs.' };
		}
		return { data: value as Record<string, unknown>, error: undefined };
	} catch (error) {
		return { data: {}, error: `Front matter is not valid YAML: ${firstLine(error)}` };
	}
}

/** TOML front matter in postmortems holds flat `key = value` pairs; tables and arrays of tables are skipped. */
function parseTomlBody(body: string): { data: Record<string, unknown>; error: string | undefined } {
	const data: Record<string, unknown> = {};
	for (const rawLine of body.split(/\r\n|\r|\n/)) {
		const line = rawLine.trim();
		const equals = line.indexOf('=');
		if (line === '' || line.startsWith('#') || line.startsWith('[') || equals <= 0) {
			continue;
		}
		const key = line.slice(0, equals).trim().replace(/^"(.*)"$/, '$1');
		data[key] = tomlValue(line.slice(equals + 1).trim());
	}
	return { data, error: undefined };
}

function tomlValue(raw: string): unknown {
	const quoted = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(raw);
	if (quoted !== null) {
		return quoted[1] !== undefined ? quoted[1].replace(/\\(.)/g, '$1') : quoted[2];
	}
	if (raw === 'true' || raw === 'false') {
		return raw === 'true';
	}
	const number = Number(raw);
	return Number.isFinite(number) && raw !== '' ? number : raw;
}

function firstLine(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0];
}
