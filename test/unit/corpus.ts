/**
 * The shared corpus of real postmortems, read at test time and never copied into the repository. Suites
 * that need it skip, printing why, when the folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const corpusRoot = join(__dirname, '..', '..', '..', 'shared', 'corpus');

export function corpusAvailable(): boolean {
	return existsSync(join(corpusRoot, 'postmortems'));
}

/** Skips the calling suite or test with a printed reason when the corpus is missing. */
export function requireCorpus(context: Mocha.Context): void {
	if (!corpusAvailable()) {
		console.log(`      skipped: the shared corpus is not at ${corpusRoot}`);
		context.skip();
	}
}

export interface CorpusFile {
	/** Path relative to the corpus root, e.g. 'postmortems/dfds--2022-10-bad-eks-ami.md'. */
	readonly name: string;
	/** The text as an editor would see it: UTF-8, a leading BOM removed (VS Code strips it). */
	readonly text: string;
}

export function corpusFiles(folders: readonly string[] = ['postmortems', 'templates']): CorpusFile[] {
	return folders.flatMap((folder) =>
		readdirSync(join(corpusRoot, folder))
			.filter((name) => name.endsWith('.md'))
			.sort()
			.map((name) => ({ name: `${folder}/${name}`, text: readFileSync(join(corpusRoot, folder, name), 'utf8').replace(/^\uFEFF/, '') })),
	);
}

/** One line of a corpus file (1-based), for dev sets that reference sentences by file and line. */
export function corpusLine(name: string, line: number): string {
	const text = readFileSync(join(corpusRoot, name), 'utf8');
	return text.split(/\r\n|\r|\n/)[line - 1] ?? '';
}
