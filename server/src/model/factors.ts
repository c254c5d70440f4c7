/**
 * Contributing factors with the layer of defence each is a hole in. Authors name the layer as a bold
 * prefix (`- **Testing**: …`), a sub-heading with bullets under it (`### Testing`), a `Layer: X` field, or
 * not at all, in which case the words suggest it (test → Testing, deploy → Deployment, …).
 */
import type { RawListItem, StructureInput } from './blocks';
import { hashedWords, hashWord, hashWords, splitWords } from './words';
import type { ContributingFactor, LayerSource, SectionKind, Span } from './types';
import { lineAt } from './text';

export type FactorInput = Omit<StructureInput, 'tables'>;

const factorKinds: ReadonlySet<SectionKind> = new Set(['contributing-factors', 'what-went-wrong']);

/** Layer names and the words that suggest them (matched on lower-cased word starts). */
const layerKeywords: readonly (readonly [string, readonly string[]])[] = [
	['Testing', ['test', 'tests', 'tested', 'testing', 'qa', 'staging', 'coverage', 'unit', 'integration', 'e2e']],
	['Code review', ['review', 'reviewed', 'reviewer', 'reviewers', 'approve', 'approved', 'approval', 'pr', 'pull']],
	['Deployment', ['deploy', 'deployed', 'deployment', 'deploys', 'rollout', 'rolled', 'release', 'released', 'canary', 'rollback', 'pipeline', 'ci']],
	['Configuration', ['config', 'configuration', 'configured', 'misconfigured', 'setting', 'settings', 'flag', 'flags']],
	['Capacity', ['capacity', 'limit', 'limits', 'quota', 'memory', 'cpu', 'disk', 'scaling', 'autoscaling', 'load', 'traffic', 'exhausted', 'exhaustion']],
	['Dependencies', ['dependency', 'dependencies', 'vendor', 'upstream', 'third-party', 'provider', 'library']],
	['Monitoring', ['monitoring', 'monitor', 'dashboard', 'dashboards', 'metric', 'metrics', 'observability', 'logging', 'logs', 'visibility']],
	['Alerting', ['alert', 'alerts', 'alerting', 'page', 'paged', 'paging', 'threshold', 'pager', 'oncall', 'on-call']],
	['Runbooks', ['runbook', 'runbooks', 'playbook', 'playbooks', 'documentation', 'documented', 'docs']],
	['Design', ['design', 'architecture', 'single', 'redundancy', 'failover', 'assumption']],
	['Communication', ['communication', 'status', 'communicated', 'announcement', 'customers']],
	['Response', ['escalation', 'escalated', 'response', 'responders', 'handoff', 'staffing']],
];

const keywordToLayer: ReadonlyMap<string, string> = new Map(
	layerKeywords.flatMap(([layer, words]) => words.map((word): [string, string] => [word, layer])),
);
const layerNames: ReadonlyMap<string, string> = new Map(layerKeywords.map(([layer]) => [layer.toLowerCase(), layer]));

export function readFactors(input: FactorInput): ContributingFactor[] {
	const factors: ContributingFactor[] = [];
	const sectionsWithItems = new Set<number>();
	for (const item of input.listItems) {
		const blockIndex = item.firstBlockIndex;
		const sectionIndex = blockIndex === undefined ? undefined : input.blockSections[blockIndex];
		if (blockIndex === undefined || sectionIndex === undefined || !isFactorSection(input, sectionIndex) || item.quoted) {
			continue;
		}
		sectionsWithItems.add(sectionIndex);
		const parent = item.parentIndex === undefined ? undefined : input.listItems[item.parentIndex];
		if (parent !== undefined && isInFactorSection(input, parent)) {
			continue;
		}
		factors.push(makeFactor(input, input.blocks[blockIndex].span, sectionIndex, item));
	}
	for (let index = 0; index < input.blocks.length; index++) {
		const block = input.blocks[index];
		const sectionIndex = input.blockSections[index];
		const proseParagraph = block.kind === 'paragraph' && block.listItemIndex === undefined && !block.quoted;
		if (proseParagraph && sectionIndex !== undefined && isFactorSection(input, sectionIndex) && !sectionsWithItems.has(sectionIndex)) {
			if (input.sections[sectionIndex].headingSpan.start !== block.span.start) {
				factors.push(makeFactor(input, block.span, sectionIndex, undefined));
			}
		}
	}
	return factors.sort((a, b) => a.span.start - b.span.start);
}

function isFactorSection(input: FactorInput, sectionIndex: number): boolean {
	return factorKinds.has(input.sections[sectionIndex].effectiveKind);
}

function isInFactorSection(input: FactorInput, item: RawListItem): boolean {
	const blockIndex = item.firstBlockIndex;
	const sectionIndex = blockIndex === undefined ? undefined : input.blockSections[blockIndex];
	return sectionIndex !== undefined && isFactorSection(input, sectionIndex);
}

function makeFactor(input: FactorInput, span: Span, sectionIndex: number, item: RawListItem | undefined): ContributingFactor {
	const source = input.text.slice(span.start, span.end);
	const prefix = /^(?:\*\*|__)([^*_:\n]{1,40})(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s*/.exec(source);
	const itemSource = item === undefined ? source : input.text.slice(item.span.start, item.span.end);
	const field = !/layer/i.test(itemSource) ? null : /\blayer\s*:\s*(?:\*+\s*)?(\p{L}[\p{L} -]{0,30}\p{L})/iu.exec(itemSource);
	let layer: { name: string; source: LayerSource; span: Span | undefined };
	if (prefix !== null) {
		layer = { name: canonicalLayer(prefix[1]), source: 'prefix', span: { start: span.start, end: span.start + prefix[0].length } };
	} else if (field !== null) {
		const start = (item?.span.start ?? span.start) + field.index;
		layer = { name: canonicalLayer(field[1]), source: 'field', span: { start, end: start + field[0].length } };
	} else {
		layer = subHeadingLayer(input, sectionIndex) ?? inferredLayer(source);
	}
	const textStart = prefix !== null ? span.start + prefix[0].length : span.start;
	return {
		span: item?.span ?? span,
		textSpan: { start: textStart, end: span.end },
		text: input.text.slice(textStart, span.end),
		layer: layer.name,
		layerSource: layer.source,
		layerSpan: layer.span,
		line: lineAt(input.lineStarts, span.start),
		sectionIndex,
	};
}

/** `### Testing` under "Contributing factors": the sub-heading names the layer. */
function subHeadingLayer(input: FactorInput, sectionIndex: number): { name: string; source: LayerSource; span: Span } | undefined {
	const section = input.sections[sectionIndex];
	if (section.kind !== 'other' || section.parentIndex === undefined) {
		return undefined;
	}
	return { name: canonicalLayer(section.title), source: 'sub-heading', span: section.titleSpan };
}

/** The same keywords by word hash: a factor's words are looked up without being made. */
const layerByHash: ReadonlyMap<number, string> = new Map([...keywordToLayer].map(([word, layer]): [number, string] => [hashWord(word), layer]));

/**
 * The layer most of the factor's keywords point to. Words are read as hashes (a keyword's 32-bit hash
 * shared by another word is possible in principle and would only nudge this guess); text with letters
 * beyond ASCII is split into words.
 */
function inferredLayer(source: string): { name: string; source: LayerSource; span: undefined } {
	const scores = new Map<string, number>();
	const count = hashWords(source);
	if (count < 0) {
		for (const word of splitWords(source)) {
			addScore(scores, keywordToLayer.get(word.norm));
		}
	}
	// An index loop over the hash buffer: Array.from with a mapping function walked it through the iterator protocol.
	const hashes = hashedWords();
	for (let index = 0; index < count; index++) {
		addScore(scores, layerByHash.get(hashes[index]));
	}
	let best: string | undefined;
	for (const [layer, score] of scores) {
		if (best === undefined || score > (scores.get(best) ?? 0)) {
			best = layer;
		}
	}
	return best === undefined ? { name: 'Other', source: 'none', span: undefined } : { name: best, source: 'inferred', span: undefined };
}

function addScore(scores: Map<string, number>, layer: string | undefined): void {
	if (layer !== undefined) {
		scores.set(layer, (scores.get(layer) ?? 0) + 1);
	}
}

/** Known layer names in their usual spelling; anything else as the author wrote it. */
export function canonicalLayer(name: string): string {
	const trimmed = name.replace(/[*_`]/g, '').trim();
	const known = layerNames.get(trimmed.toLowerCase());
	if (known !== undefined) {
		return known;
	}
	const viaKeyword = keywordToLayer.get(trimmed.toLowerCase());
	return viaKeyword ?? trimmed;
}
