/**
 * Per-document settings: the defaults, then the workspace folder's config file, then the editor's
 * `postmortem.*` settings. Pulled per document and cached by URI until the configuration changes; never
 * kept as server-wide globals. Broken values cost one message and fall back to defaults.
 */
import { fileURLToPath } from 'node:url';
import { type Connection } from 'vscode-languageserver';
import { loadConfig, type LoadedConfig } from './config-file';
import { defaultConfig, mergeConfig, validateConfig, type ConfigInput, type PostmortemConfig } from './config';

export interface DocumentSettings {
	readonly enable: boolean;
	readonly config: PostmortemConfig;
	/** Milliseconds to wait after an edit; undefined means scaled to the document's size. */
	readonly debounceMs: number | undefined;
	/** Workspace-relative path for glob matching, or undefined for untitled and non-file documents. */
	readonly relativePath: string | undefined;
}

export interface EditorSettings {
	readonly enable: boolean;
	readonly input: ConfigInput;
	readonly debounceMs: number | undefined;
}

const maxDebounceMs = 10_000;

/** Reads the editor's `postmortem` settings section, whatever shape a client sends. */
export function readEditorSettings(raw: unknown, report: (message: string) => void): EditorSettings {
	const section = isObject(raw) ? raw : {};
	const { enable, debounceMs, trace: _trace, ...configPart } = section;
	const validated = validateConfig(dropNulls(configPart), 'Settings (postmortem.*)');
	validated.errors.forEach(report);
	let debounce: number | undefined;
	if (typeof debounceMs === 'number' && Number.isFinite(debounceMs) && debounceMs >= 0) {
		debounce = Math.min(debounceMs, maxDebounceMs);
	} else if (debounceMs !== undefined && debounceMs !== null) {
		report('Settings (postmortem.*): "debounceMs" must be a number of milliseconds ≥ 0; using the automatic delay.');
	}
	if (enable !== undefined && typeof enable !== 'boolean') {
		report('Settings (postmortem.*): "enable" must be true or false; using true.');
	}
	return { enable: enable !== false, input: validated.input, debounceMs: debounce };
}

/** VS Code sends `null` for settings left at their default (also inside `files`); treat them as absent. */
function dropNulls(values: Record<string, unknown>): Record<string, unknown> {
	const result: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(values)) {
		const cleaned = key === 'files' && isObject(value) ? dropNulls(value) : value;
		if (cleaned !== null && cleaned !== undefined && !(isObject(cleaned) && Object.keys(cleaned).length === 0)) {
			result[key] = cleaned;
		}
	}
	return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class SettingsStore {
	private readonly perDocument = new Map<string, Promise<DocumentSettings>>();
	private readonly configFiles = new Map<string, Promise<LoadedConfig>>();
	private readonly reported = new Set<string>();
	private pushedSettings: unknown = undefined;

	constructor(
		private readonly connection: Connection,
		private readonly canPullConfiguration: () => boolean,
		private readonly workspaceFolders: () => readonly string[],
	) {}

	get(uri: string): Promise<DocumentSettings> {
		let settings = this.perDocument.get(uri);
		if (settings === undefined) {
			settings = this.compute(uri).catch((error: unknown) => {
				this.report(`Could not read settings: ${error instanceof Error ? error.message : String(error)}`);
				return { enable: true, config: mergeConfig(defaultConfig, {}), debounceMs: undefined, relativePath: undefined };
			});
			this.perDocument.set(uri, settings);
		}
		return settings;
	}

	/** Settings or a config file changed: everything is recomputed on next use. */
	invalidate(pushed?: unknown): void {
		if (pushed !== undefined) {
			this.pushedSettings = pushed;
		}
		this.perDocument.clear();
		this.configFiles.clear();
		this.reported.clear();
	}

	forget(uri: string): void {
		this.perDocument.delete(uri);
	}

	private async compute(uri: string): Promise<DocumentSettings> {
		const folder = this.folderOf(uri);
		const fileConfig = folder === undefined ? undefined : await this.configFile(folder);
		const raw = this.canPullConfiguration()
			? await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'postmortem' })
			: this.pushedSettings;
		const editor = readEditorSettings(raw, (message) => this.report(message));
		const base = fileConfig?.config ?? defaultConfig;
		return {
			enable: editor.enable,
			config: mergeConfig(base, editor.input),
			debounceMs: editor.debounceMs,
			relativePath: relativePath(uri, folder),
		};
	}

	private configFile(folder: string): Promise<LoadedConfig> {
		let loaded = this.configFiles.get(folder);
		if (loaded === undefined) {
			loaded = loadConfig(folder).then((result) => {
				result.errors.forEach((message) => this.report(message));
				return result;
			});
			this.configFiles.set(folder, loaded);
		}
		return loaded;
	}

	private folderOf(uri: string): string | undefined {
		const path = filePath(uri);
		if (path === undefined) {
			return undefined;
		}
		const folders = this.workspaceFolders().filter((folder) => path === folder || path.startsWith(`${folder}/`) || path.startsWith(`${folder}\\`));
		return folders.sort((a, b) => b.length - a.length)[0];
	}

	/** Each distinct problem is shown once, not on every keystroke. */
	private report(message: string): void {
		if (this.reported.has(message)) {
			return;
		}
		this.reported.add(message);
		this.connection.console.warn(message);
		void this.connection.window.showWarningMessage(`Postmortem: ${message}`);
	}
}

export function filePath(uri: string): string | undefined {
	if (!uri.startsWith('file:')) {
		return undefined;
	}
	try {
		return fileURLToPath(uri);
	} catch {
		return undefined;
	}
}

function relativePath(uri: string, folder: string | undefined): string | undefined {
	const path = filePath(uri);
	if (path === undefined) {
		return undefined;
	}
	if (folder === undefined) {
		return path.replace(/\\/g, '/');
	}
	return path.slice(folder.length).replace(/\\/g, '/').replace(/^\/+/, '');
}
