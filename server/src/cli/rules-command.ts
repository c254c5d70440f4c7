/** `postmortem rules`: lists every rule with its default severity, so users can configure them. */
import { Option } from 'commander';
import { docsBaseUri } from '../features/diagnostics';
import { rules as registry } from '../rules';
import type { Rule } from '../rules/rule';
import { exitCodes, type CommandRegistration } from './context';

export const registerRulesCommand: CommandRegistration = (program, io, setExitCode) => {
	program
		.command('rules')
		.description('List the rules with their default severity and description.')
		.addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
		.action((options: { format: 'text' | 'json' }) => {
			io.stdout.write(options.format === 'json' ? rulesJson(registry, docsBaseUri()) : rulesText(registry));
			setExitCode(exitCodes.ok);
		});
};

/** Aligned columns: id, default severity, description. */
export function rulesText(rules: readonly Rule[]): string {
	const idWidth = Math.max(0, ...rules.map((rule) => rule.id.length));
	const severityWidth = Math.max(0, ...rules.map((rule) => rule.defaultSeverity.length));
	const lines = rules.map(
		(rule) => `${rule.id.padEnd(idWidth)}  ${rule.defaultSeverity.padEnd(severityWidth)}  ${rule.description}`,
	);
	return lines.join('\n') + '\n';
}

export function rulesJson(rules: readonly Rule[], docsBase: string): string {
	const entries = rules.map((rule) => ({
		id: rule.id,
		category: rule.category,
		defaultSeverity: rule.defaultSeverity,
		description: rule.description,
		docs: docsBase + rule.id + '.md',
	}));
	return JSON.stringify(entries, null, 2) + '\n';
}
