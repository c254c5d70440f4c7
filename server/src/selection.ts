/**
 * Which Markdown files are postmortems: a path matching the configured globs, front matter that says
 * `type: postmortem`, or at least three recognised postmortem sections. A README stays silent.
 */
import type picomatchType from 'picomatch';
import type { PostmortemConfig } from './config';
import type { PostmortemDocument } from './model/types';

const minimumRecognisedSections = 3;
const postmortemTypes = new Set(['postmortem', 'post-mortem', 'incident', 'incident-report', 'incident report', 'retrospective']);

type Matcher = (path: string) => boolean;
const matcherCache = new Map<string, Matcher>();

let loadedPicomatch: typeof picomatchType | undefined;

/** Loaded on first use: `postmortem lint FILE` never matches globs, and loading picomatch costs it start-up time. */
function picomatch(...args: Parameters<typeof picomatchType>): ReturnType<typeof picomatchType> {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above.
	loadedPicomatch ??= require('picomatch') as typeof picomatchType;
	return loadedPicomatch(...args);
}

function globMatcher(globs: readonly string[]): Matcher {
	const key = globs.join('\n');
	let matcher = matcherCache.get(key);
	if (matcher === undefined) {
		const valid = globs.filter((glob) => {
			try {
				picomatch(glob);
				return true;
			} catch {
				return false;
			}
		});
		matcher = valid.length === 0 ? () => false : picomatch([...valid], { dot: true, nocase: true });
		matcherCache.set(key, matcher);
	}
	return matcher;
}

/** @param relativePath workspace-relative path with forward slashes, or undefined for unsaved buffers. */
export function isPostmortem(relativePath: string | undefined, doc: PostmortemDocument, config: PostmortemConfig): boolean {
	if (relativePath !== undefined) {
		const path = relativePath.replace(/\\/g, '/');
		if (globMatcher(config.files.exclude)(path)) {
			return false;
		}
		if (globMatcher(config.files.include)(path)) {
			return true;
		}
	}
	return declaresPostmortem(doc) || looksLikePostmortem(doc);
}

function declaresPostmortem(doc: PostmortemDocument): boolean {
	const type = doc.metadata.type;
	return type !== undefined && postmortemTypes.has(type.toLowerCase());
}

export function looksLikePostmortem(doc: PostmortemDocument): boolean {
	const kinds = new Set(doc.sections.filter((section) => section.kind !== 'other').map((section) => section.kind));
	return kinds.size >= minimumRecognisedSections;
}
