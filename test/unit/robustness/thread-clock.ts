/**
 * CPU time of one thread of this process, from Linux's /proc. The pathological suite kills a step after 3 s
 * of the worker thread's own CPU time rather than 3 s of wall time, so a busy machine (other test runs, two
 * workers on two cores) cannot turn a slow-but-linear step into a false failure; where /proc is missing it
 * falls back to wall time.
 */
import { readFileSync, readlinkSync } from 'node:fs';

/** Linux reports thread times in clock ticks of 1/100 s (CLK_TCK is 100 on every mainstream kernel). */
const ticksPerSecond = 100;

/** The calling thread's id as /proc names it, or undefined where there is no /proc. */
export function currentThreadId(): string | undefined {
	try {
		return readlinkSync('/proc/thread-self').split('/').pop();
	} catch {
		return undefined;
	}
}

/** Milliseconds of CPU (user + system) the thread has used, or undefined when it cannot be read. */
export function threadCpuMs(threadId: string | undefined): number | undefined {
	if (threadId === undefined) {
		return undefined;
	}
	try {
		const stat = readFileSync(`/proc/self/task/${threadId}/stat`, 'utf8');
		// Fields after the command name (which may contain spaces) start at field 3; utime and stime are 14 and 15.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
	} catch {
		return undefined;
	}
}
