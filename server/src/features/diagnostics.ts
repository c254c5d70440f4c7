/**
 * Findings → LSP diagnostics. With `features/positions.ts`, the only place where offsets become LSP
 * positions, so the CLI (which calls this too) and the editor agree on every range.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
// Types only: the CLI bundles this file, and a value import would load the whole LSP server library
// (vscode-languageserver and its JSON-RPC layer, ~20 ms of a `postmortem lint` run) for four constants.
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../lint';
import type { Severity } from '../rules/rule';
import { spanToRange } from './positions';

/** LSP's DiagnosticSeverity values (fixed by the protocol). */
const lspSeverity: Readonly<Record<Severity, DiagnosticSeverity>> = {
	error: 1,
	warning: 2,
	information: 3,
	hint: 4,
};

export function toDiagnostic(document: TextDocument, finding: Finding, docsBase: string): Diagnostic {
	return {
		range: spanToRange(document, finding.span),
		severity: lspSeverity[finding.severity],
		source: 'postmortem',
		code: finding.ruleId,
		codeDescription: { href: `${docsBase}${finding.ruleId}.md` },
		message: finding.message,
	};
}

/**
 * Where rule pages live. The link must work offline, so it points at the pages shipped inside the
 * extension, unless package.json names a repository to link to.
 */
export function docsBaseUri(packageRoot = findPackageRoot()): string {
	const repository = readRepositoryUrl(packageRoot);
	if (repository !== undefined) {
		return `${repository.replace(/\.git$/, '').replace(/\/$/, '')}/blob/main/docs/rules/`;
	}
	return `${pathToFileURL(join(packageRoot, 'docs', 'rules')).href}/`;
}

/** The folder holding package.json: two levels up from dist/*.js or from server/src/features. */
function findPackageRoot(): string {
	for (const candidate of [resolve(__dirname, '..'), resolve(__dirname, '..', '..'), resolve(__dirname, '..', '..', '..')]) {
		if (existsSync(join(candidate, 'package.json')) && existsSync(join(candidate, 'docs', 'rules'))) {
			return candidate;
		}
	}
	return resolve(__dirname, '..');
}

function readRepositoryUrl(packageRoot: string): string | undefined {
	try {
		const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { repository?: unknown };
		const repository = manifest.repository;
		const url = typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
		return typeof url === 'string' && /^https:\/\//.test(url) ? url : undefined;
	} catch {
		return undefined;
	}
}
