/** Rules in the `blame` category. */
import type { Rule } from '../rule';

export const blameRules: readonly Rule[] = [];
