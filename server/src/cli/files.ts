/**
 * Turns `postmortem lint` arguments into files, and files into text. Kept apart from the command so
 * the rules about what gets linted (explicit files always; globs and directories only postmortems)
 * live in one place.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { displayRelative } from './paths';

type Tinyglobby = typeof import('tinyglobby');
let loadedTinyglobby: Tinyglobby | undefined;

/**
 * Loaded on first use: files named on the command line need no globbing, and tinyglobby with fdir and
 * picomatch took ~7 ms of every `postmortem lint FILE` run's start-up (average of 5 CPU profiles).
 * `require` rather than `import`: esbuild resolves an `import` to tinyglobby's ES module build, whose
 * dependency reads `import.meta.url`, which is empty in our CommonJS bundle and crashes at start-up.
 */
function tinyglobby(): Tinyglobby {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: lazy, and selects the CommonJS build.
	loadedTinyglobby ??= require('tinyglobby') as Tinyglobby;
	return loadedTinyglobby;
}

export interface LintTarget {
	/** How output names the file: as the user typed it, or relative to the working directory. */
	readonly file: string;
	readonly absolutePath: string;
	/** Named on the command line: linted even when it does not look like a postmortem. */
	readonly explicit: boolean;
}

export interface Expansion {
	readonly targets: readonly LintTarget[];
	/** One message per argument that matched nothing or does not exist. */
	readonly problems: readonly string[];
}

const markdownExtensions = ['md', 'markdown'];
const ignore = ['**/node_modules/**'];

/** With no arguments: every Markdown file under `cwd`; the caller keeps only postmortems. */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<Expansion> {
	if (inputs.length === 0) {
		return { targets: await globMarkdown([`**/*.{${markdownExtensions.join(',')}}`], cwd), problems: [] };
	}
	const targets = new Map<string, LintTarget>();
	const problems: string[] = [];
	for (const input of inputs) {
		const expanded = await expandInput(input, cwd);
		if (typeof expanded === 'string') {
			problems.push(expanded);
			continue;
		}
		for (const target of expanded) {
			// The same file twice is linted once; being named explicitly anywhere wins.
			const previous = targets.get(target.absolutePath);
			if (previous === undefined || (target.explicit && !previous.explicit)) {
				targets.set(target.absolutePath, target);
			}
		}
	}
	return { targets: [...targets.values()], problems };
}

/** The files one argument stands for, or a message saying why it stands for none. */
async function expandInput(input: string, cwd: string): Promise<readonly LintTarget[] | string> {
	const absolutePath = resolve(cwd, input);
	const info = await stat(absolutePath).catch(() => undefined);
	// An existing path is taken literally even when it contains glob characters (`notes[1].md`).
	if (info?.isFile() === true) {
		return [{ file: input, absolutePath, explicit: true }];
	}
	if (info?.isDirectory() === true) {
		const pattern = `${tinyglobby().convertPathToPattern(absolutePath)}/**/*.{${markdownExtensions.join(',')}}`;
		const found = await globMarkdown([pattern], cwd);
		return found.length > 0 ? found : `${input}: no Markdown files in this directory.`;
	}
	if (tinyglobby().isDynamicPattern(input)) {
		const found = await globMarkdown([input], cwd);
		return found.length > 0 ? found : `${input}: no Markdown files match this pattern.`;
	}
	return `${input}: no such file or directory.`;
}

async function globMarkdown(patterns: string[], cwd: string): Promise<LintTarget[]> {
	const paths = await tinyglobby().glob(patterns, { cwd, ignore, absolute: true, onlyFiles: true, dot: false });
	return paths
		.filter(isMarkdownPath)
		.sort()
		.map((path) => {
			const absolutePath = resolve(path);
			return { file: displayRelative(absolutePath, cwd), absolutePath, explicit: false };
		});
}

function isMarkdownPath(path: string): boolean {
	const dot = path.lastIndexOf('.');
	return dot !== -1 && markdownExtensions.includes(path.slice(dot + 1).toLowerCase());
}

export type ReadResult = { readonly text: string } | { readonly error: string };

/**
 * Reads a file as the editor would see it. VS Code decodes UTF-8 and drops a leading byte order mark
 * from `TextDocument.getText()`, so the BOM is stripped here too: otherwise every position on the first
 * line would be one column off between `postmortem lint` and the Problems panel.
 */
export async function readText(absolutePath: string): Promise<ReadResult> {
	let bytes: Buffer;
	try {
		bytes = await readFile(absolutePath);
	} catch (error) {
		return { error: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).` };
	}
	// A NUL byte never occurs in Markdown; it means an image, an archive or UTF-16 text.
	if (bytes.includes(0)) {
		return { error: 'looks like a binary file, not Markdown; skipped.' };
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return { error: 'is not valid UTF-8 text; skipped.' };
	}
	return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}
