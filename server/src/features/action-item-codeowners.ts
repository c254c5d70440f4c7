/**
 * Owners named in the workspace folder's CODEOWNERS file, offered as action-item owners. The only file
 * reading of the action-item features: cached per folder, re-checked at most every few seconds, and
 * silent on any error (a missing or unreadable CODEOWNERS just offers nothing).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const candidates = ['CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'];
const recheckMs = 5000;
const maxBytes = 512 * 1024;

interface CacheEntry {
	checkedAt: number;
	readonly stamp: string;
	readonly owners: readonly string[];
}

const cache = new Map<string, CacheEntry>();

/** The workspace folder of a file URI, from the document's workspace-relative path. */
export function workspaceFolderOf(uri: string, relativePath: string | undefined): string | undefined {
	if (relativePath === undefined || !uri.startsWith('file:')) {
		return undefined;
	}
	try {
		const path = fileURLToPath(uri);
		const relative = relativePath.split('/').join(path.includes('\\') ? '\\' : '/');
		return path.endsWith(relative) ? path.slice(0, path.length - relative.length).replace(/[\\/]$/u, '') || '/' : undefined;
	} catch {
		return undefined;
	}
}

export function codeOwners(folder: string | undefined): readonly string[] {
	if (folder === undefined) {
		return [];
	}
	const now = Date.now();
	const cached = cache.get(folder);
	if (cached !== undefined && now - cached.checkedAt < recheckMs) {
		return cached.owners;
	}
	const found = findFile(folder);
	const stamp = found === undefined ? '' : `${found.path}:${found.mtimeMs}:${found.size}`;
	if (cached !== undefined && cached.stamp === stamp) {
		cached.checkedAt = now;
		return cached.owners;
	}
	const owners = found === undefined || found.size > maxBytes ? [] : readOwners(found.path);
	cache.set(folder, { checkedAt: now, stamp, owners });
	return owners;
}

function findFile(folder: string): { path: string; mtimeMs: number; size: number } | undefined {
	for (const candidate of candidates) {
		try {
			const path = join(folder, candidate);
			const stat = statSync(path);
			if (stat.isFile()) {
				return { path, mtimeMs: stat.mtimeMs, size: stat.size };
			}
		} catch {
			// Not there: try the next location.
		}
	}
	return undefined;
}

function readOwners(path: string): string[] {
	try {
		return parseCodeOwners(readFileSync(path, 'utf8'));
	} catch {
		return [];
	}
}

/** `@org/team`, `@user` and e-mail owners, in file order, once each. Comments and GitLab sections are skipped. */
export function parseCodeOwners(text: string): string[] {
	const owners = new Set<string>();
	for (const line of text.split(/\r\n|\r|\n/u)) {
		const content = line.replace(/(?:^|\s)#.*$/u, '').trim();
		if (content === '' || content.startsWith('[') || content.startsWith('^[')) {
			continue;
		}
		for (const token of content.split(/\s+/u).slice(1)) {
			if (/^@[\w.-]{1,100}(?:\/[\w.-]{1,100})?$/u.test(token) || /^[^@\s]{1,64}@[\w.-]{1,200}$/u.test(token)) {
				owners.add(token);
			}
		}
	}
	return [...owners];
}

/** For tests: forget what was read. */
export function clearCodeOwnersCache(): void {
	cache.clear();
}
