import type { PostHolding } from '../post/post.appointments';
import type { Command } from '../shared/decider';
import type { AdverseEffect, Cadence, DutyCategory, Principle } from './duty.events';

export type AssignDuty = Command<
  'AssignDuty',
  {
    readonly dutyId: string;
    readonly postId: string;
    readonly category: DutyCategory;
    readonly title: string;
    readonly principle: Principle | null;
    readonly industries: readonly string[];
    readonly cadence: Cadence;
    readonly basis: string;
  }
>;

/** Names only what changes; the category never changes (revoke and assign another duty). */
export type AmendDuty = Command<
  'AmendDuty',
  {
    readonly dutyId: string;
    readonly title?: string;
    readonly principle?: Principle;
    readonly industries?: readonly string[];
    readonly cadence?: Cadence;
    readonly basis?: string;
    readonly reason: string;
  }
>;

export type RevokeDuty = Command<
  'RevokeDuty',
  { readonly dutyId: string; readonly reason: string }
>;

export type RecordDutyPerformance = Command<
  'RecordDutyPerformance',
  {
    readonly dutyId: string;
    readonly performanceId: string;
    readonly period: string;
    readonly performedAt: string;
    readonly evidence: string;
  }
>;

export type RecordFailureToPerform = Command<
  'RecordFailureToPerform',
  {
    readonly dutyId: string;
    readonly failureId: string;
    readonly occurredAt: string;
    readonly description: string;
    readonly evidence: string;
    readonly adverseEffect: AdverseEffect;
    /** resolved by the handler with holderAt(post, occurredAt) */
    readonly responsible: PostHolding;
  }
>;

export type DutyCommand =
  AssignDuty | AmendDuty | RevokeDuty | RecordDutyPerformance | RecordFailureToPerform;
