/**
 * Seeded generator of `didChange` batches: inserts, deletes and replaces, biased towards line ends, CRLF pairs
 * and emoji; several changes per batch; now and then a full replacement. The same seed gives the same edits.
 */
import { referencePositionAt, type ContentChange } from './reference-document';

/** mulberry32: small, fast and good enough for test generation. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const startingDocuments: readonly string[] = [
	'# Outage\n\n## Summary\nCheckout failed.\n\n## Impact\nSome 😀 users.\n\n## Timeline\n- 14:02 Deploy started\n- 14:09 **Detected** alert fired\n\n## Action items\n- [ ] Add a canary. Owner: @sre. Due: 2026-12-01. SRE-1.\n',
	'## Timeline\r\n\r\n| Time | Event |\r\n|---|---|\r\n| 2026-11-18 14:02 UTC | Deploy |\r\n| 2026-11-18 14:09 UTC | Alert 🇩🇪 |\r\n\r\n## Contributing factors\r\n- **Testing**: no test.\r\n',
	'---\ntitle: x\npeople:\n  Dave: the on-call engineer\n---\n## Summary\nDave should have known. The health check failed to detect it.\n> Dave: my fault\n\n## Root cause\nHuman error.\n',
	'## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Improve monitoring | | ASAP |\n\n## Timeline\n### 23:50 Paged\n### 00:10 Resolved\n',
	'',
];

const fragments: readonly string[] = [
	'\n', '\r\n', '\r', 'x', ' ', '😀', '👨‍👩‍👧‍👦', '🇩🇪', 'é', '事故', '\u2028', '\t', '|', '- ', '## Timeline\n', '## Action items\n',
	'- 14:05 Rolled back\n', '| 14:20 | Paged |\n', '**Detected** ', 'should have caught ', 'human error', 'Owner: @team ', 'Due: 2026-12-15 ',
	'> quoted\n', '```\ncode\n```\n', '<!-- postmortem-disable-next-line -->\n', '~13:30 ', '24:00 ', 'around 3pm ',
];

export interface EditContext {
	readonly random: () => number;
}

function pick<T>(random: () => number, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)];
}

/** An offset in `text`, biased to interesting places: line ends, both sides of CR/LF, around emoji. */
function interestingOffset(random: () => number, text: string): number {
	if (text.length === 0) {
		return 0;
	}
	const roll = random();
	const anywhere = Math.floor(random() * (text.length + 1));
	if (roll < 0.4) {
		return anywhere;
	}
	const targets = roll < 0.75 ? ['\n', '\r'] : ['\uD83D', '\uD83C', '\u200D'];
	for (let probe = anywhere; probe < text.length; probe++) {
		if (targets.includes(text[probe])) {
			return random() < 0.5 ? probe : probe + 1;
		}
	}
	return anywhere;
}

function randomText(random: () => number): string {
	const count = 1 + Math.floor(random() * 3);
	let text = '';
	for (let index = 0; index < count; index++) {
		text += pick(random, fragments);
	}
	return text;
}

/** One change against `text`: its LSP form and the offsets it covers (for the caller's bookkeeping). */
export function randomChange(random: () => number, text: string): ContentChange {
	const roll = random();
	if (roll < 0.03) {
		return { text: random() < 0.5 ? pick(random, startingDocuments) : randomText(random) };
	}
	const start = interestingOffset(random, text);
	const length = roll < 0.4 ? 0 : Math.floor(random() * Math.min(20, text.length - start + 1));
	const inserted = roll < 0.7 ? randomText(random) : roll < 0.85 ? '' : randomText(random);
	const range = { start: referencePositionAt(text, start), end: referencePositionAt(text, start + length) };
	// Now and then a position past the line end or past the last line, which the server must clamp.
	if (random() < 0.03) {
		return { range: { start: range.start, end: { line: range.end.line + 1000, character: 5 } }, text: inserted };
	}
	if (random() < 0.03) {
		return { range: { start: { line: range.start.line, character: range.start.character + 500 }, end: { line: range.start.line, character: range.start.character + 500 } }, text: inserted };
	}
	return { range, text: inserted };
}
