import { isAbsolute, relative, sep } from 'node:path';

/** `relative()` gives `..`-led or (across Windows drives) absolute paths for files outside the base. */
export function isOutside(relativePath: string): boolean {
	return relativePath === '..' || relativePath.startsWith('..' + sep) || isAbsolute(relativePath);
}

/**
 * A forward-slash path relative to `cwd` (the repository root in CI, and what config globs are matched
 * against), or the absolute path for a file outside it.
 */
export function displayRelative(absolutePath: string, cwd: string): string {
	const path = relative(cwd, absolutePath);
	if (isOutside(path)) {
		return absolutePath;
	}
	return path.split(sep).join('/');
}
