/** Rules in the `structure` category. */
import type { Rule } from '../rule';
import { missingActionItems } from './missing-action-items';
import { missingImpact } from './missing-impact';
import { missingTimeline } from './missing-timeline';

export const structureRules: readonly Rule[] = [missingImpact, missingTimeline, missingActionItems];
