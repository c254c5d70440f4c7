/**
 * Every rule of the registry, alone, on every pathological payload, in a worker thread with a hard kill:
 * a step (payload build, parse, or one rule) that has used 3 s of the worker thread's CPU is killed and is
 * a failure naming the rule and the payload (markdown-it's own guard, `test/pathological.mjs`, kills at
 * 3 s). CPU time rather than wall time, so a loaded machine does not fail linear steps; a 30 s wall-clock
 * backstop still ends a step that cannot be measured. A rule that throws is a failure too. Two workers at
 * once, one payload each; after a kill the payload resumes in a fresh worker at the next rule, so one hang
 * never hides another.
 */
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { rules } from '../../../server/src/rules';
import { buildStep, parseStep, type Job, type StepTiming as Timing, type WorkerMessage } from './pathological-worker';
import { allPayloads } from './payloads';
import { threadCpuMs } from './thread-clock';

const killAfterMs = 3000;
const wallBackstopMs = 30_000;
/** Loading TypeScript in a fresh worker is slow on a busy machine; this bounds only the start-up. */
const startupLimitMs = 60_000;
const pollMs = 50;
const bootstrap = `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, 'pathological-worker.ts'))});`;

interface Failure {
	readonly payload: string;
	readonly step: string;
	readonly reason: string;
}

interface Slot {
	readonly worker: Worker;
	/** The worker thread's id in /proc, once it has said so. */
	threadId: string | undefined;
	ready: boolean;
}

/** The step the worker last announced, and the clocks when it began. */
interface Current {
	step: string;
	ruleIndex: number;
	wallStart: number;
	cpuStart: number | undefined;
}

class PathologicalRun {
	readonly timings: Timing[] = [];
	readonly failures: Failure[] = [];
	private readonly queue: Job[];

	constructor(payloads: readonly string[]) {
		this.queue = payloads.map((payload) => ({ payload, fromRule: 0 }));
	}

	async run(parallel: number): Promise<void> {
		await Promise.all(Array.from({ length: parallel }, () => this.drain()));
	}

	/** Takes jobs until none are left, keeping one worker until it has to be killed. */
	private async drain(): Promise<void> {
		let slot: Slot | undefined;
		for (let job = this.queue.shift(); job !== undefined; job = this.queue.shift()) {
			slot ??= { worker: new Worker(bootstrap, { eval: true }), threadId: undefined, ready: false };
			const resumeAt = await this.runJob(slot, job);
			if (resumeAt !== undefined) {
				await slot.worker.terminate();
				slot = undefined;
				if (resumeAt < rules.length) {
					this.queue.unshift({ payload: job.payload, fromRule: resumeAt });
				}
			}
		}
		await slot?.worker.terminate();
	}

	/** Resolves with undefined when the job finished, or the rule index to resume at after a kill. */
	private runJob(slot: Slot, job: Job): Promise<number | undefined> {
		return new Promise((resolve) => {
			const current: Current = { step: '(between steps)', ruleIndex: job.fromRule - 1, wallStart: performance.now(), cpuStart: threadCpuMs(slot.threadId) };
			const restart = (step: string, ruleIndex: number): void => {
				Object.assign(current, { step, ruleIndex, wallStart: performance.now(), cpuStart: threadCpuMs(slot.threadId) });
			};
			const finish = (resumeAt: number | undefined): void => {
				clearInterval(poll);
				slot.worker.off('message', onMessage).off('error', onError).off('exit', onExit);
				resolve(resumeAt);
			};
			const fail = (reason: string): void => {
				this.failures.push({ payload: job.payload, step: slot.ready ? current.step : '(worker start-up)', reason });
				// A build or parse that never ends leaves no document for the rules: they are not run.
				finish(current.ruleIndex < 0 ? rules.length : current.ruleIndex + 1);
			};
			const poll = setInterval(() => {
				const reason = overrun(slot, current);
				if (reason !== undefined) {
					fail(reason);
				}
			}, pollMs);
			const onMessage = (message: WorkerMessage): void => {
				if (message.type === 'ready') {
					Object.assign(slot, { threadId: message.threadId, ready: true });
					restart(current.step, current.ruleIndex);
				} else if (message.type === 'start') {
					restart(message.step, message.ruleIndex);
				} else if (message.type === 'finished') {
					finish(undefined);
				} else {
					this.record(message);
					restart('(between steps)', current.ruleIndex);
				}
			};
			const onError = (error: Error): void => fail(`worker crashed: ${error.stack ?? error.message}`);
			const onExit = (code: number): void => fail(`worker exited with code ${code}`);
			slot.worker.on('message', onMessage).on('error', onError).on('exit', onExit);
			slot.worker.postMessage(job);
		});
	}

	private record(message: Extract<WorkerMessage, { type: 'done' | 'error' }>): void {
		if (message.type === 'done') {
			this.timings.push({ payload: message.payload, step: message.step, ms: message.ms, cpuMs: message.cpuMs, findings: message.findings, length: message.length });
		} else {
			this.failures.push({ payload: message.payload, step: message.step, reason: `threw: ${message.message}` });
		}
	}
}

/** Why the current step must be killed, or undefined while it is within its limits. */
function overrun(slot: Slot, current: Current): string | undefined {
	const wall = performance.now() - current.wallStart;
	if (!slot.ready) {
		return wall > startupLimitMs ? `worker did not start within ${startupLimitMs} ms` : undefined;
	}
	const cpuNow = threadCpuMs(slot.threadId);
	const cpu = cpuNow === undefined || current.cpuStart === undefined ? undefined : cpuNow - current.cpuStart;
	if ((cpu ?? wall) >= killAfterMs || wall >= wallBackstopMs) {
		return `still running after ${cpu === undefined ? '' : `${Math.round(cpu)} ms of CPU, `}${Math.round(wall)} ms wall; killed`;
	}
	return undefined;
}

function printSlowest(run: PathologicalRun, wallMs: number): void {
	const ruleTimings = run.timings.filter((timing) => timing.step !== buildStep && timing.step !== parseStep);
	const parses = run.timings.filter((timing) => timing.step === parseStep);
	const cpu = (timing: Timing): string => (timing.cpuMs === undefined ? '     –' : timing.cpuMs.toFixed(0).padStart(6));
	const row = (timing: Timing): string =>
		`  ${cpu(timing)} ${timing.ms.toFixed(0).padStart(6)}  ${timing.step.padEnd(32)} ${timing.payload} (${Math.round(timing.length / 1024)} KB, ${timing.findings} findings)`;
	const slowest = (timings: readonly Timing[], count: number): Timing[] =>
		[...timings].sort((a, b) => (b.cpuMs ?? b.ms) - (a.cpuMs ?? a.ms) || b.ms - a.ms).slice(0, count);
	console.log(`\n  pathological: ${allPayloads.length} payloads × ${rules.length} rules in ${(wallMs / 1000).toFixed(1)} s wall, ${run.failures.length} failures`);
	console.log('  slowest rules (each alone, parse excluded)\n  cpu ms wall ms');
	slowest(ruleTimings, 15).forEach((timing) => console.log(row(timing)));
	console.log('  slowest parses\n  cpu ms wall ms');
	slowest(parses, 5).forEach((timing) => console.log(row(timing)));
}

suite('robustness: pathological input (every rule, every payload, 3 s hard kill)', function () {
	this.timeout(15 * 60_000);
	const run = new PathologicalRun(allPayloads.map((payload) => payload.name));

	suiteSetup(async function () {
		this.timeout(15 * 60_000);
		const started = performance.now();
		await run.run(Math.max(1, Math.min(2, availableParallelism())));
		printSlowest(run, performance.now() - started);
	});

	for (const payload of allPayloads) {
		test(payload.name, () => {
			const failures = run.failures.filter((failure) => failure.payload === payload.name);
			if (failures.length > 0) {
				assert.fail(failures.map((failure) => `${failure.step} on "${failure.payload}": ${failure.reason}`).join('\n'));
			}
			const failedSteps = new Set(failures.map((failure) => failure.step));
			const timed = new Set(run.timings.filter((timing) => timing.payload === payload.name).map((timing) => timing.step));
			const missing = [parseStep, ...rules.map((rule) => rule.id)].filter((step) => !timed.has(step) && !failedSteps.has(step));
			assert.deepEqual(missing, [], 'steps that never reported');
		});
	}

	test('the rules really ran: the payloads wrapped in postmortem sections produce findings', () => {
		const wrapped = run.timings.filter((timing) => timing.payload.includes(' in ## '));
		assert.ok(wrapped.some((timing) => timing.findings > 0));
	});
});
