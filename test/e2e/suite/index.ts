/**
 * The `extensionTestsPath` entry of the @vscode/test-electron contract: the extension host loads this
 * module and awaits `run()`. The same compiled suite runs in VS Code desktop (runTest.ts) and in
 * code-server (test/e2e/run.ts), where the workbench reports the result through codeAutomationExit.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

interface MochaRunner {
	on(event: 'pass' | 'fail' | 'pending', listener: () => void): void;
}
interface MochaInstance {
	addFile(file: string): void;
	run(done: (failures: number) => void): MochaRunner;
}
type MochaConstructor = new (options: Record<string, unknown>) => MochaInstance;

/** mocha 12 is an ES module: `require` gives its namespace, with the class on `default`. */
function loadMocha(): MochaConstructor {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const loaded = require('mocha') as { default?: MochaConstructor } & MochaConstructor;
	return loaded.default ?? loaded;
}

export function run(): Promise<void> {
	const Mocha = loadMocha();
	const grep = process.env.POSTMORTEM_E2E_GREP;
	const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec', ...(grep ? { grep } : {}) });
	for (const file of fs.readdirSync(__dirname).sort()) {
		if (file.endsWith('.test.js')) {
			mocha.addFile(path.join(__dirname, file));
		}
	}
	return new Promise((resolve, reject) => {
		const counts = { passed: 0, failed: 0, skipped: 0 };
		const runner = mocha.run((failures) => {
			// The runner greps this line for its summary; "N passed, N failed" is also what CI reads.
			console.log(`suite: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
			if (failures > 0) {
				reject(new Error(`${failures} in-editor tests failed`));
			} else {
				resolve();
			}
		});
		runner.on('pass', () => counts.passed++);
		runner.on('fail', () => counts.failed++);
		runner.on('pending', () => counts.skipped++);
	});
}
