/**
 * Profiling aid: where parse + lint allocate (collected objects included), by function, through V8's
 * sampling heap profiler. `npx tsx test/bench/profile-allocations.ts [medium|large|real] [runs] [--lint-only]`
 * (--lint-only: the documents are parsed before sampling starts).
 */
import { Session } from 'node:inspector/promises';
import { defaultConfig } from '../../server/src/config';
import { lint } from '../../server/src/lint';
import { parsePostmortem } from '../../server/src/model/parse';
import { benchDocumentNamed } from './documents';

interface SamplingNode {
	callFrame: { functionName: string; url: string; lineNumber: number };
	selfSize: number;
	children: SamplingNode[];
}

function frameName(node: SamplingNode): string {
	return `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').slice(-2).join('/')}:${node.callFrame.lineNumber + 1}`;
}

/** Allocation by function; built-ins (no url) are charged to their caller too, as "built-in ← caller". */
function bySelf(node: SamplingNode, totals: Map<string, number>, caller = ''): void {
	const own = frameName(node);
	const key = node.callFrame.url === '' && caller !== '' ? `${own.trim()} ← ${caller}` : own;
	totals.set(key, (totals.get(key) ?? 0) + node.selfSize);
	node.children.forEach((child) => bySelf(child, totals, node.callFrame.url === '' ? caller : own));
}

async function main(): Promise<void> {
	const which = process.argv[2] ?? 'medium';
	const runs = Number(process.argv[3] ?? 300);
	const document = benchDocumentNamed(which);
	const today = new Date(Date.UTC(2026, 10, 23));
	const lintOnly = process.argv.includes('--lint-only');
	const parsed = lintOnly ? Array.from({ length: runs }, () => parsePostmortem(document.text)) : [];
	const session = new Session();
	session.connect();
	await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
	for (let index = 0; index < runs; index++) {
		lint(lintOnly ? parsed[index] : parsePostmortem(document.text), { config: defaultConfig, today });
	}
	const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: SamplingNode } };
	const totals = new Map<string, number>();
	bySelf(profile.head, totals);
	const all = [...totals.values()].reduce((sum, size) => sum + size, 0);
	console.log(`${document.name}: ${(all / runs / 1024).toFixed(0)} KB allocated per ${lintOnly ? 'lint' : 'parse + lint'} (sampled)`);
	for (const [key, size] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
		console.log(`${((100 * size) / all).toFixed(1).padStart(5)}%  ${(size / runs / 1024).toFixed(1).padStart(7)} KB  ${key}`);
	}
}

void main();
