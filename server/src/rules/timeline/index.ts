/** Rules in the `timeline` category. */
import type { Rule } from '../rule';

export const timelineRules: readonly Rule[] = [];
