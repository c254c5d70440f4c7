/** Rules in the `action-item` category. */
import type { Rule } from '../rule';
import { missingDueDate } from './missing-due-date';
import { missingOwner } from './missing-owner';
import { ownerIsResponder } from './owner-is-responder';
import { pastDue } from './past-due';
import { peopleFix } from './people-fix';
import { untracked } from './untracked';
import { vague } from './vague';
import { vagueDueDate } from './vague-due-date';

export const actionItemRules: readonly Rule[] = [vague, peopleFix, missingOwner, missingDueDate, vagueDueDate, pastDue, untracked, ownerIsResponder];
