/**
 * The order of the slices: the order in which the hazard meets the layers of defence. Layers named in the
 * configured order come first, in that order; layers it does not know follow in the order the document
 * first mentions them, but before a final catch-all ('Other') so that it stays last.
 */

const catchAll = 'other';

/** Orders the distinct layer names in `appearance` (document order, repeats allowed) by `configured`. */
export function orderLayers(appearance: readonly string[], configured: readonly string[]): string[] {
	const rank = new Map<string, number>();
	configured.forEach((name, index) => {
		const key = name.trim().toLowerCase();
		if (!rank.has(key)) {
			rank.set(key, index);
		}
	});
	const distinct = [...new Set(appearance)];
	const known = distinct.filter((layer) => rank.has(layer.toLowerCase()));
	const unknown = distinct.filter((layer) => !rank.has(layer.toLowerCase()));
	known.sort((a, b) => (rank.get(a.toLowerCase()) ?? 0) - (rank.get(b.toLowerCase()) ?? 0));
	const last = known[known.length - 1];
	const catchAllLast = last !== undefined && last.toLowerCase() === catchAll && configured.at(-1)?.trim().toLowerCase() === catchAll;
	return catchAllLast ? [...known.slice(0, -1), ...unknown, last] : [...known, ...unknown];
}
