/**
 * Documents for the benchmark: a ~300-line real postmortem from the shared corpus when it is there (else
 * the shipped sample, repeated to the same size), and a 10,000-line postmortem built from the sample's
 * sections with a long timeline, many factors and many action items.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..', '..');
export const samplePath = join(repoRoot, 'docs', 'examples', '2026-11-18-checkout-outage-postmortem.md');
const corpusMedium = join(repoRoot, '..', 'shared', 'corpus', 'postmortems', 'posthog--2025-10-21-feature-flags-recurring-outages.md');

export interface BenchDocument {
	readonly name: string;
	readonly text: string;
	readonly lines: number;
}

function lineCount(text: string): number {
	return text.split('\n').length;
}

export function mediumDocument(): BenchDocument {
	if (existsSync(corpusMedium)) {
		const text = readFileSync(corpusMedium, 'utf8');
		return { name: 'posthog 2025-10-21 (corpus)', text, lines: lineCount(text) };
	}
	const sample = readFileSync(samplePath, 'utf8');
	let text = sample;
	while (lineCount(text) < 290) {
		text += `\n${sample.replace(/^---[\s\S]*?---\n/, '')}`;
	}
	return { name: 'sample ×n (corpus absent)', text, lines: lineCount(text) };
}

export function largeDocument(targetLines = 10_000): BenchDocument {
	const sample = readFileSync(samplePath, 'utf8');
	const head = sample.slice(0, sample.indexOf('## Timeline'));
	const parts = [head, '## Timeline', '', 'All times UTC.', ''];
	const events = ['Deploy of payments-api started', '**Detected** 5xx alert fired', 'Dave acknowledged the page', 'Rolled back to the previous release', 'Error rate back to normal'];
	let minute = 0;
	while (parts.length < targetLines * 0.6) {
		const hour = Math.floor(minute / 60) % 24;
		const day = 1 + Math.floor(minute / 1440);
		parts.push(`- 2026-11-${String(Math.min(day, 28)).padStart(2, '0')} ${String(hour).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')} ${events[minute % events.length]} on node ${minute}.`);
		minute += 7;
	}
	parts.push('', '## Contributing factors', '');
	for (let index = 0; parts.length < targetLines * 0.8; index++) {
		parts.push(`- **Testing**: No test covered case ${index}; the canary did not see old sessions and the alert threshold was too high.`);
	}
	parts.push('', '## Action items', '');
	for (let index = 0; parts.length < targetLines; index++) {
		parts.push(`- [ ] Add a compatibility test for cache format ${index}. Owner: @payments-team. Due: 2026-12-15. PAY-${1000 + index}.`);
	}
	const text = parts.join('\n');
	return { name: `synthetic ${targetLines.toLocaleString('en')}-line postmortem`, text, lines: lineCount(text) };
}

/** A 10,000-line document of real prose: the corpus file (or the sample) repeated, so rules meet real text. */
export function largeRealDocument(targetLines = 10_000): BenchDocument {
	const unit = mediumDocument();
	const body = unit.text.replace(/^---[\s\S]*?---\n/, '');
	const copies: string[] = [];
	let lines = 0;
	while (lines < targetLines) {
		copies.push(body);
		lines += lineCount(body);
	}
	const text = copies.join('\n');
	return { name: `${unit.name} repeated to ${lineCount(text).toLocaleString('en')} lines`, text, lines: lineCount(text) };
}

/** The bench document a profiling aid's command line names: `large`, `real`, or (anything else) `medium`. */
export function benchDocumentNamed(which: string): BenchDocument {
	return which === 'large' ? largeDocument() : which === 'real' ? largeRealDocument() : mediumDocument();
}
