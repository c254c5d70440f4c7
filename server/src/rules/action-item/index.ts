/** Rules in the `action-item` category. */
import type { Rule } from '../rule';

export const actionItemRules: readonly Rule[] = [];
