/**
 * The CLI's version and home page, read from package.json at build time (esbuild inlines the JSON), so
 * `--version` and SARIF's `tool.driver.version` always match the published package.
 */
import packageJson from '../../../package.json';

export const version: string = packageJson.version;

/** SARIF needs an absolute URI for the tool; without a homepage in package.json the rule docs serve. */
export function informationUri(docsBase: string): string {
	const manifest = packageJson as { homepage?: unknown };
	return typeof manifest.homepage === 'string' ? manifest.homepage : docsBase;
}
