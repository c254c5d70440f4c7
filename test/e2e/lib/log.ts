/** Timestamped progress lines, so a slow CI step shows where the time went. */
const started = Date.now();

export function log(...parts: unknown[]): void {
	console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s]`, ...parts);
}

export function seconds(since: number): string {
	return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
