/** The configuration the robustness suites lint with: every rule in the registry on, no cap on findings. */
import { defaultConfig, mergeConfig, type PostmortemConfig } from '../../../server/src/config';
import { rules } from '../../../server/src/rules';
import type { SeverityOrOff } from '../../../server/src/rules/rule';

/** Read at call time, so rules added to the registry by anyone are included without editing this file. */
export function everyRuleOn(): PostmortemConfig {
	const severities: Record<string, SeverityOrOff> = {};
	for (const rule of rules) {
		severities[rule.id] = rule.defaultSeverity === 'off' ? 'warning' : rule.defaultSeverity;
	}
	return mergeConfig(defaultConfig, { rules: severities, maxProblems: 100_000 });
}

/** A fixed day, so due-date rules behave the same on every run. */
export const robustnessToday = new Date(Date.UTC(2026, 10, 23, 12, 0, 0));
