import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../server/src/cli';

interface Run {
	readonly code: number;
	readonly stdout: string;
	readonly stderr: string;
}

suite('postmortem metrics', () => {
	let dir: string;

	setup(() => {
		dir = mkdtempSync(join(tmpdir(), 'postmortem-metrics-'));
	});

	teardown(() => {
		rmSync(dir, { recursive: true, force: true });
	});

	async function run(args: readonly string[]): Promise<Run> {
		let stdout = '';
		let stderr = '';
		const code = await main(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd: dir });
		return { code, stdout, stderr };
	}

	function write(name: string, lines: readonly string[]): string {
		writeFileSync(join(dir, name), lines.join('\n'));
		return name;
	}

	const midnight = ['# Orders database saturated', '', '## Timeline', 'All times CET.', '', '- 23:50 **Impact started** Nightly batch saturates the orders database', '- 23:58 Database CPU alert fired', '- 00:04 On-call acknowledged the page', '- 00:40 **Mitigated** Batch job paused', '- 01:15 **Resolved** Replication lag back to zero'];

	test('text: each moment with its line and evidence, each figure with its lines (across midnight)', async () => {
		const result = await run(['metrics', write('night.md', midnight)]);
		assert.equal(result.code, 0);
		assert.match(result.stdout, /Detected {12}23:58 {2}\(line 7, read from “alert fired”\)/);
		assert.match(result.stdout, /Time to detect {6}8 min {7}line 6 → line 7/);
		assert.match(result.stdout, /Time to acknowledge 6 min {7}line 7 → line 8/);
		assert.match(result.stdout, /Time to resolve {5}1 h 25 min {2}line 6 → line 10/);
	});

	test('json: milestones and figures with 1-based lines and the timestamps as written', async () => {
		const result = await run(['metrics', write('night.md', midnight), '--format', 'json']);
		const json = JSON.parse(result.stdout) as { figures: Record<string, { minutes: number; from: { line: number; timestamp: string }; to: { line: number; timestamp: string } } | null>; milestones: Record<string, { source: string } | null> };
		assert.equal(json.figures.timeToMitigate?.minutes, 50);
		assert.deepEqual(json.figures.timeToMitigate?.from, { milestone: 'impact-start', line: 6, timestamp: '23:50' });
		assert.equal(json.figures.totalImpact?.to.timestamp, '00:40');
		assert.equal(json.milestones.acknowledged?.source, 'wording');
	});

	test('a file without a timed timeline says there is nothing to measure', async () => {
		const result = await run(['metrics', write('empty.md', ['# Notes', '', 'Nothing happened at a time.'])]);
		assert.equal(result.code, 0);
		assert.match(result.stdout, /nothing to measure/);
	});

	test('an unreadable file is a usage error with a clear message', async () => {
		const result = await run(['metrics', 'missing.md']);
		assert.equal(result.code, 2);
		assert.match(result.stderr, /missing\.md: cannot be read/);
	});
});
