/** Rules in the `blame` category. */
import type { Rule } from '../rule';
import { characterJudgement } from './character-judgement';
import { faultAttribution } from './fault-attribution';
import { hindsight } from './hindsight';
import { humanError } from './human-error';
import { minimising } from './minimising';
import { punishment } from './punishment';
import { rootCause } from './root-cause';

export const blameRules: readonly Rule[] = [faultAttribution, characterJudgement, hindsight, humanError, rootCause, minimising, punishment];
