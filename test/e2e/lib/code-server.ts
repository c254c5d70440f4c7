/**
 * code-server (a real VS Code workbench with a Node extension host) on 127.0.0.1, with every folder it
 * writes to inside one throwaway directory. It runs in its own process group and is stopped by its PID.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { codeServerEntry, node24 } from './paths';

const userSettings = {
	'workbench.startupEditor': 'none',
	'workbench.tips.enabled': false,
	'workbench.enableExperiments': false,
	'workbench.colorTheme': 'Light Modern',
	'workbench.secondarySideBar.defaultVisibility': 'hidden',
	'security.workspace.trust.enabled': false,
	'telemetry.telemetryLevel': 'off',
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'extensions.ignoreRecommendations': true,
	'update.mode': 'none',
	'chat.disableAIFeatures': true,
	'editor.hover.delay': 300,
	'window.zoomLevel': 0,
};

export interface CodeServer {
	readonly url: string;
	readonly authority: string;
	readonly extensionsDir: string;
	readonly env: NodeJS.ProcessEnv;
	log(): string;
	stop(): Promise<void>;
}

/** The environment for code-server and Chromium: XDG state inside `scratch`, Node 24 first on PATH. */
export function scratchEnv(scratch: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.dirname(node24)}:${process.env.PATH ?? ''}`, ...extra };
	for (const [name, folder] of [['XDG_CONFIG_HOME', 'config'], ['XDG_DATA_HOME', 'data'], ['XDG_STATE_HOME', 'state'], ['XDG_CACHE_HOME', 'cache']]) {
		env[name] = path.join(scratch, 'xdg', folder);
		fs.mkdirSync(env[name], { recursive: true });
	}
	return env;
}

function requireInstalled(): void {
	for (const file of [node24, codeServerEntry]) {
		if (!fs.existsSync(file)) {
			throw new Error(`${file} is missing: run test/e2e/ensure-editors.sh (npm run test:e2e does) to install code-server and Node 24`);
		}
	}
}

function dirs(scratch: string): { userData: string; extensions: string } {
	return { userData: path.join(scratch, 'user-data'), extensions: path.join(scratch, 'extensions') };
}

/** `code-server --install-extension`: the same path a user takes with a downloaded .vsix. */
export function installExtension(scratch: string, vsix: string): string {
	requireInstalled();
	const { userData, extensions } = dirs(scratch);
	const result = spawnSync(node24, [codeServerEntry, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix, '--force'], {
		encoding: 'utf8',
		env: scratchEnv(scratch),
		timeout: 120_000,
	});
	if (result.status !== 0) {
		throw new Error(`code-server --install-extension failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
	}
	return `${result.stdout}`.trim();
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

export async function startCodeServer(scratch: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<CodeServer> {
	requireInstalled();
	const { userData, extensions } = dirs(scratch);
	fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
	fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(userSettings, null, '\t'));
	const port = await freePort();
	const config = path.join(scratch, 'config.yaml');
	fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\ndisable-telemetry: true\ndisable-update-check: true\ndisable-workspace-trust: true\n`);
	const env = scratchEnv(scratch, extraEnv);
	// Without the smoke-test driver the built workbench ignores extensionDevelopmentPath/extensionTestsPath.
	const args = [codeServerEntry, '--config', config, '--user-data-dir', userData, '--extensions-dir', extensions, '--vscode-option', 'enable-smoke-test-driver'];
	const child = spawn(node24, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const authority = `127.0.0.1:${port}`;
	const server: CodeServer = { url: `http://${authority}/`, authority, extensionsDir: extensions, env, log: () => output, stop: () => stopGroup(child) };
	try {
		await waitHealthy(server, child);
	} catch (error) {
		await server.stop();
		throw error;
	}
	return server;
}

async function waitHealthy(server: CodeServer, child: ChildProcess): Promise<void> {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) {
			throw new Error(`code-server exited with ${child.exitCode}:\n${server.log()}`);
		}
		try {
			if ((await fetch(`${server.url}healthz`)).ok) {
				return;
			}
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`code-server did not answer on ${server.url} within 60 s:\n${server.log()}`);
}

/** SIGTERM to the process group (code-server, its extension hosts, the language server), then SIGKILL. */
async function stopGroup(child: ChildProcess): Promise<void> {
	const pid = child.pid;
	if (pid === undefined || child.exitCode !== null) {
		return;
	}
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const signalGroup = (signal: NodeJS.Signals): void => {
		try {
			process.kill(-pid, signal);
		} catch {
			// Already gone.
		}
	};
	signalGroup('SIGTERM');
	await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
	// Extension hosts and language servers can outlive the server for a moment; what is left of the group goes.
	signalGroup('SIGKILL');
}
