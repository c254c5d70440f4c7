/**
 * `npm run docs`: regenerates the README's rules and settings tables from the registry and package.json,
 * between marker comments, so the README can never disagree with the code. `--check` fails instead of
 * writing when the README is out of date (used by `npm test`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../server/src/rules';

const root = join(__dirname, '..', '..');
const readmePath = join(root, 'README.md');

function rulesTable(): string {
	const rows = rules.map((rule) => `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.defaultSeverity} | ${rule.description} |`);
	return ['| Rule | Default | What it checks |', '|---|---|---|', ...rows].join('\n');
}

interface SettingSchema {
	readonly default?: unknown;
	readonly description?: string;
	readonly markdownDescription?: string;
}

function settingsTable(): string {
	const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
		contributes: { configuration: { properties: Record<string, SettingSchema> } };
	};
	const rows = Object.entries(manifest.contributes.configuration.properties).map(([key, schema]) => {
		const description = (schema.markdownDescription ?? schema.description ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
		return `| \`${key}\` | \`${JSON.stringify(schema.default)}\` | ${description} |`;
	});
	return ['| Setting | Default | Description |', '|---|---|---|', ...rows].join('\n');
}

function replaceBetween(text: string, name: string, content: string): string {
	const start = `<!-- ${name}:start -->`;
	const end = `<!-- ${name}:end -->`;
	const from = text.indexOf(start);
	const to = text.indexOf(end);
	if (from === -1 || to === -1) {
		throw new Error(`README.md has no ${start} … ${end} markers`);
	}
	return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

const current = readFileSync(readmePath, 'utf8');
const updated = replaceBetween(replaceBetween(current, 'rules', rulesTable()), 'settings', settingsTable());
if (process.argv.includes('--check')) {
	if (updated !== current) {
		console.error('README.md tables are out of date: run "npm run docs".');
		process.exitCode = 1;
	}
} else if (updated !== current) {
	writeFileSync(readmePath, updated);
	console.log('README.md tables updated.');
}
