/** Rules in the `timeline` category. */
import type { Rule } from '../rule';
import { ambiguousDate } from './ambiguous-date';
import { invalidTime } from './invalid-time';
import { largeGap } from './large-gap';
import { missingTimeZone } from './missing-time-zone';
import { mixedFormats } from './mixed-formats';
import { outOfOrder } from './out-of-order';
import { placeholder } from './placeholder';
import { vagueTime } from './vague-time';

export const timelineRules: readonly Rule[] = [
	vagueTime,
	invalidTime,
	placeholder,
	outOfOrder,
	missingTimeZone,
	mixedFormats,
	ambiguousDate,
	largeGap,
];
