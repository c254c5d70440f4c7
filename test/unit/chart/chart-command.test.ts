import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../server/src/cli';
import { palettes } from '../../../server/src/chart/palette';
import { withFactors } from './fixtures';

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
	let stdout = '';
	let stderr = '';
	const code = await main(args, {
		cwd,
		stdout: { write: (text: string) => (stdout += text) },
		stderr: { write: (text: string) => (stderr += text) },
	});
	return { code, stdout, stderr };
}

suite('postmortem chart', () => {
	let dir: string;

	setup(async () => {
		dir = await mkdtemp(join(tmpdir(), 'pm-chart-'));
		await writeFile(join(dir, 'pm.md'), withFactors([['Testing', 'no test for <b>bold</b> & co'], ['Alerting', 'no page']]));
	});

	teardown(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	test('writes the SVG to standard output, light by default', async () => {
		const result = await run(['chart', 'pm.md'], dir);
		assert.equal(result.code, 0);
		assert.match(result.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		assert.ok(result.stdout.includes(`fill="${palettes.light.background}"`));
		assert.ok(result.stdout.includes('no test for &lt;b&gt;bold&lt;/b&gt; &amp; co'));
		assert.equal(result.stderr, '');
	});

	test('-o writes a file and --theme dark uses the dark palette', async () => {
		const result = await run(['chart', 'pm.md', '-o', 'out.svg', '--theme', 'dark'], dir);
		assert.equal(result.code, 0);
		assert.equal(result.stdout, '');
		assert.match(result.stderr, /wrote out\.svg \(2 contributing factors\)/);
		const svg = await readFile(join(dir, 'out.svg'), 'utf8');
		assert.ok(svg.includes(`fill="${palettes.dark.background}"`));
	});

	test('the layer order comes from the config file', async () => {
		await writeFile(join(dir, '.postmortemrc.json'), JSON.stringify({ layers: ['Alerting', 'Testing'] }));
		const result = await run(['chart', 'pm.md'], dir);
		assert.ok(result.stdout.indexOf('Layer: Alerting') < result.stdout.indexOf('Layer: Testing'));
	});

	test('a missing file or a bad theme is a usage error with a message', async () => {
		const missing = await run(['chart', 'nope.md'], dir);
		assert.equal(missing.code, 2);
		assert.match(missing.stderr, /nope\.md: cannot be read/);
		const theme = await run(['chart', 'pm.md', '--theme', 'pink'], dir);
		assert.equal(theme.code, 2);
		assert.match(theme.stderr, /pink/);
	});
});
