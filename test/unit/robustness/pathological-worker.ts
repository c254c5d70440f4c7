/**
 * Runs in a worker thread for pathological.test.ts. For each job (a payload name and the first rule to run)
 * it builds the payload, parses it once, then lints with each rule of the registry alone. Before every step
 * it posts a heartbeat naming the step, so the parent's kill timer always knows which rule was running
 * when the thread stopped answering.
 */
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { lint } from '../../../server/src/lint';
import { parsePostmortem } from '../../../server/src/model/parse';
import type { PostmortemDocument } from '../../../server/src/model/types';
import { rules } from '../../../server/src/rules';
import { findPayload } from './payloads';
import { everyRuleOn, robustnessToday } from './registry-config';
import { currentThreadId, threadCpuMs } from './thread-clock';

const threadId = currentThreadId();

/** Steps before the rules; rule steps are the rules' ids. */
export const buildStep = '(build payload)';
export const parseStep = '(parse)';

export interface Job {
	readonly payload: string;
	/** Index into the registry of the first rule to run (after a kill, the job resumes past the culprit). */
	readonly fromRule: number;
}

/** What one finished step cost; the parent keeps these for its report. */
export interface StepTiming {
	readonly payload: string;
	readonly step: string;
	readonly ms: number;
	/** CPU time of this thread (10 ms resolution), or undefined without /proc. */
	readonly cpuMs: number | undefined;
	readonly findings: number;
	readonly length: number;
}

export type WorkerMessage =
	| { readonly type: 'ready'; readonly threadId: string | undefined }
	| { readonly type: 'start'; readonly payload: string; readonly step: string; readonly ruleIndex: number }
	| ({ readonly type: 'done' } & StepTiming)
	| { readonly type: 'error'; readonly payload: string; readonly step: string; readonly message: string }
	| { readonly type: 'finished'; readonly payload: string };

function post(message: WorkerMessage): void {
	parentPort?.postMessage(message);
}

/** Runs `work` between a start heartbeat and a done (or error) message; undefined when it threw. */
function step<T>(payload: string, name: string, ruleIndex: number, work: () => T, describe: (value: T) => { findings: number; length: number }): T | undefined {
	post({ type: 'start', payload, step: name, ruleIndex });
	const started = performance.now();
	const cpuBefore = threadCpuMs(threadId);
	try {
		const value = work();
		const cpuAfter = threadCpuMs(threadId);
		const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
		post({ type: 'done', payload, step: name, ms: performance.now() - started, cpuMs, ...describe(value) });
		return value;
	} catch (error) {
		post({ type: 'error', payload, step: name, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
		return undefined;
	}
}

function runJob(job: Job): void {
	const config = everyRuleOn();
	let doc: PostmortemDocument | undefined;
	const text = step(job.payload, buildStep, -2, () => {
		const payload = findPayload(job.payload);
		return payload.build(payload.size);
	}, (value) => ({ findings: 0, length: value.length }));
	if (text !== undefined) {
		doc = step(job.payload, parseStep, -1, () => parsePostmortem(text), () => ({ findings: 0, length: text.length }));
	}
	if (doc !== undefined) {
		for (let index = job.fromRule; index < rules.length; index++) {
			const parsed = doc;
			step(job.payload, rules[index].id, index, () => lint(parsed, { config, rules: [rules[index]], today: robustnessToday }), (findings) => ({ findings: findings.length, length: text?.length ?? 0 }));
		}
	}
	post({ type: 'finished', payload: job.payload });
}

parentPort?.on('message', (job: Job) => runJob(job));
post({ type: 'ready', threadId });
