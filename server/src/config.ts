/**
 * The configuration shared by the CLI and the editor: defaults, validation and merging. Pure; reading the
 * config file from disk happens in `config-file.ts`.
 */
import { categories, type SeverityOrOff } from './rules/rule';

export interface PostmortemConfig {
	/** Rule id or category → severity or 'off'. A rule id wins over its category. */
	readonly rules: Readonly<Record<string, SeverityOrOff>>;
	readonly files: {
		/** Globs (matched against the workspace-relative path) that mark a Markdown file as a postmortem. */
		readonly include: readonly string[];
		/** Globs that are never linted, even when their content looks like a postmortem. */
		readonly exclude: readonly string[];
	};
	/** At most this many findings per document, so a pasted log cannot flood the editor. */
	readonly maxProblems: number;
	/** Rule id → extra literal phrases for that rule's main phrase list. */
	readonly phrases: Readonly<Record<string, readonly string[]>>;
	/** Phrases that never produce a finding, whatever rule matched them. */
	readonly allow: readonly string[];
	/** Team handles offered as action-item owners (e.g. '@platform-team'). */
	readonly teams: readonly string[];
	/** Order of the layers of defence in the Swiss cheese chart, as the hazard meets them. */
	readonly layers: readonly string[];
}

export const defaultIncludeGlobs: readonly string[] = [
	'**/postmortems/**',
	'**/postmortem/**',
	'**/post-mortems/**',
	'**/post-mortem/**',
	'**/incidents/**',
	'**/incident-reports/**',
	'**/*postmortem*.md',
	'**/*post-mortem*.md',
	'**/*incident*.md',
];

export const defaultLayerOrder: readonly string[] = [
	'Design',
	'Code review',
	'Testing',
	'Deployment',
	'Configuration',
	'Capacity',
	'Dependencies',
	'Monitoring',
	'Alerting',
	'Runbooks',
	'Response',
	'Communication',
	'Other',
];

export const defaultConfig: PostmortemConfig = {
	rules: {},
	files: { include: defaultIncludeGlobs, exclude: ['**/node_modules/**'] },
	maxProblems: 100,
	phrases: {},
	allow: [],
	teams: [],
	layers: defaultLayerOrder,
};

const severities: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];
/** Accepted spellings users bring from other tools. */
const severityAliases: Readonly<Record<string, SeverityOrOff>> = { info: 'information', warn: 'warning' };

/** Partial config as written by a user: every key optional. */
export interface ConfigInput {
	readonly rules?: Record<string, SeverityOrOff>;
	readonly files?: { readonly include?: readonly string[]; readonly exclude?: readonly string[] };
	readonly maxProblems?: number;
	readonly phrases?: Record<string, readonly string[]>;
	readonly allow?: readonly string[];
	readonly teams?: readonly string[];
	readonly layers?: readonly string[];
}

export interface ValidatedConfig {
	readonly input: ConfigInput;
	/** One message per bad key, naming it; the key's default applies. */
	readonly errors: readonly string[];
}

const knownKeys = new Set(['$schema', 'rules', 'files', 'maxProblems', 'phrases', 'allow', 'teams', 'layers']);

/**
 * Keeps what is valid in a user's config and names every key that is not. Never throws: a broken config
 * must cost the user one clear message, not the extension.
 */
export function validateConfig(raw: unknown, source: string): ValidatedConfig {
	const errors: string[] = [];
	if (raw === undefined || raw === null) {
		return { input: {}, errors };
	}
	if (!isPlainObject(raw)) {
		return { input: {}, errors: [`${source}: expected an object at the top level; using the defaults.`] };
	}
	const input: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(raw)) {
		if (!knownKeys.has(key)) {
			errors.push(`${source}: unknown key "${key}" is ignored.`);
			continue;
		}
		const checked = validateKey(key, value, (message) => errors.push(`${source}: "${key}" ${message}`));
		if (checked !== undefined) {
			input[key] = checked;
		}
	}
	return { input: input as ConfigInput, errors };
}

type Complain = (message: string) => void;

function validateKey(key: string, value: unknown, complain: Complain): unknown {
	switch (key) {
		case 'rules':
			return validateRules(value, complain);
		case 'files':
			return validateFiles(value, complain);
		case 'maxProblems':
			if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100_000) {
				return value;
			}
			complain('must be a whole number from 0 to 100000; using 100.');
			return undefined;
		case 'phrases':
			return validatePhrases(value, complain);
		case 'allow':
		case 'teams':
		case 'layers':
			return validateStringList(value, complain);
		default:
			return undefined;
	}
}

function validateRules(value: unknown, complain: Complain): Record<string, SeverityOrOff> | undefined {
	if (!isPlainObject(value)) {
		complain('must be an object of rule id or category → severity; using the defaults.');
		return undefined;
	}
	const rules: Record<string, SeverityOrOff> = {};
	for (const [id, severity] of Object.entries(value)) {
		const normalised = normaliseSeverity(severity);
		if (normalised === undefined) {
			complain(`→ "${id}": ${JSON.stringify(severity)} is not one of ${severities.join(', ')}; using its default.`);
		} else {
			rules[id] = normalised;
		}
	}
	return rules;
}

export function normaliseSeverity(value: unknown): SeverityOrOff | undefined {
	if (typeof value === 'boolean') {
		return value ? undefined : 'off';
	}
	if (typeof value !== 'string') {
		return undefined;
	}
	const lower = value.toLowerCase();
	if (severities.includes(lower)) {
		return lower as SeverityOrOff;
	}
	return severityAliases[lower];
}

function validateFiles(value: unknown, complain: Complain): ConfigInput['files'] | undefined {
	if (!isPlainObject(value)) {
		complain('must be an object with "include" and/or "exclude" glob lists; using the defaults.');
		return undefined;
	}
	const files: { include?: readonly string[]; exclude?: readonly string[] } = {};
	for (const [key, list] of Object.entries(value)) {
		if (key !== 'include' && key !== 'exclude') {
			complain(`→ unknown key "${key}" is ignored.`);
			continue;
		}
		const globs = validateStringList(list, (message) => complain(`→ "${key}" ${message}`));
		if (globs !== undefined) {
			files[key] = globs;
		}
	}
	return files;
}

function validatePhrases(value: unknown, complain: Complain): Record<string, readonly string[]> | undefined {
	if (!isPlainObject(value)) {
		complain('must be an object of rule id → list of phrases; ignored.');
		return undefined;
	}
	const phrases: Record<string, readonly string[]> = {};
	for (const [id, list] of Object.entries(value)) {
		const checked = validateStringList(list, (message) => complain(`→ "${id}" ${message}`));
		if (checked !== undefined) {
			phrases[id] = checked;
		}
	}
	return phrases;
}

const maxListLength = 10_000;
const maxStringLength = 500;

function validateStringList(value: unknown, complain: Complain): readonly string[] | undefined {
	if (!Array.isArray(value) || value.length > maxListLength) {
		complain(`must be a list of at most ${maxListLength} strings; ignored.`);
		return undefined;
	}
	const strings = value.filter((item): item is string => typeof item === 'string' && item.length <= maxStringLength);
	if (strings.length !== value.length) {
		complain(`must contain only strings of at most ${maxStringLength} characters; the others are ignored.`);
	}
	return strings;
}

/** Applies `input` over `base`: scalar and list keys replace, `rules` and `phrases` merge per key. */
export function mergeConfig(base: PostmortemConfig, input: ConfigInput): PostmortemConfig {
	return {
		rules: { ...base.rules, ...input.rules },
		files: {
			include: input.files?.include ?? base.files.include,
			exclude: input.files?.exclude ?? base.files.exclude,
		},
		maxProblems: input.maxProblems ?? base.maxProblems,
		phrases: { ...base.phrases, ...input.phrases },
		allow: input.allow ?? base.allow,
		teams: input.teams ?? base.teams,
		layers: input.layers ?? base.layers,
	};
}

/** The severity a rule runs at under `config`: its own setting, else its category's, else its default. */
export function effectiveSeverity(
	config: PostmortemConfig,
	ruleId: string,
	defaultSeverity: SeverityOrOff,
): SeverityOrOff {
	const own = config.rules[ruleId];
	if (own !== undefined) {
		return own;
	}
	const slash = ruleId.indexOf('/');
	const category = slash < 0 ? ruleId : ruleId.slice(0, slash);
	const categorySetting = (categories as readonly string[]).includes(category) ? config.rules[category] : undefined;
	if (categorySetting === 'off') {
		return 'off';
	}
	return categorySetting ?? defaultSeverity;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
