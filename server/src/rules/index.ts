/**
 * THE registry: the only list of rules. Each category keeps its own list in `<category>/index.ts`, so
 * adding a rule means adding one file there. Removed ids are never reused.
 */
import { actionItemRules } from './action-item';
import { blameRules } from './blame';
import type { Rule } from './rule';
import { structureRules } from './structure';
import { timelineRules } from './timeline';

export const rules: readonly Rule[] = [...blameRules, ...actionItemRules, ...timelineRules, ...structureRules];

export function findRule(id: string): Rule | undefined {
	return rules.find((rule) => rule.id === id);
}
