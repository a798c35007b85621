import type { PostHolding } from '../post/post.appointments';
import type { Command } from '../shared/decider';
import type {
  AdverseEffect,
  DutyAmended,
  DutyAssigned,
  DutyRevoked,
  FailureKind,
} from './duty.events';

/**
 * What a command proposes is what its event records; the time it took effect (business time) may
 * be omitted, and then it is the request time.
 */
type Proposed<E extends { data: { occurredAt: string } }> = Omit<E['data'], 'occurredAt'> & {
  readonly effectiveFrom?: string;
};

export type AssignDuty = Command<
  'AssignDuty',
  Proposed<DutyAssigned> & {
    /** when the duty's post was established (from the post's stream) */
    readonly postEstablishedAt: string;
  }
>;

/** Names only what changes; the category never changes (revoke and assign another duty). */
export type AmendDuty = Command<'AmendDuty', Proposed<DutyAmended>>;

export type RevokeDuty = Command<'RevokeDuty', Proposed<DutyRevoked>>;

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
    readonly kind: FailureKind;
    /** required when the kind is OTHER */
    readonly otherKind: string | null;
    /** on a business duty, whether the failure harmed work safety; null when not said */
    readonly safetyImpact: boolean | null;
    readonly description: string;
    readonly evidence: string;
    readonly adverseEffect: AdverseEffect;
    /** resolved by the handler with holderAt(post, occurredAt) */
    readonly responsible: PostHolding;
  }
>;

export type DutyCommand =
  AssignDuty | AmendDuty | RevokeDuty | RecordDutyPerformance | RecordFailureToPerform;
