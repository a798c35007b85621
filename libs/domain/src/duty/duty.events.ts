import { type DomainEvent, eventTypesOf } from '../shared/decider';

export const DUTY_CATEGORIES = ['BUSINESS', 'WORK_SAFETY'] as const;
export type DutyCategory = (typeof DUTY_CATEGORIES)[number];

/** The principles that assign safety duties (docs/domain.md, "Who answers for what"). */
export const PRINCIPLES = ['IN_CHARGE', 'MANAGES_INDUSTRY', 'MANAGES_BUSINESS'] as const;
export type Principle = (typeof PRINCIPLES)[number];

export const CADENCES = ['ONCE', 'MONTHLY', 'QUARTERLY', 'ANNUAL'] as const;
export type Cadence = (typeof CADENCES)[number];

export const ADVERSE_EFFECTS = ['NONE', 'MINOR', 'SERIOUS'] as const;
export type AdverseEffect = (typeof ADVERSE_EFFECTS)[number];

/** What kind of failure to perform it was (docs/domain.md, "Words"). */
export const FAILURE_KINDS = [
  'SAFETY_DUTIES_NOT_DETAILED',
  'INSPECTION_NOT_ORGANISED',
  'HAZARD_NOT_RECTIFIED',
  'LAX_LICENSING_OR_APPROVAL',
  'ILLEGAL_ACTIVITY_TOLERATED',
  'SAFETY_PLAN_NOT_IMPLEMENTED',
  'ACCIDENT_REPORTING_FAILURE',
  'SUPERVISION_TASK_NOT_PERFORMED',
  'OTHER',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export type DutyAssigned = DomainEvent<
  'DutyAssigned',
  {
    readonly dutyId: string;
    readonly postId: string;
    readonly category: DutyCategory;
    readonly title: string;
    /** cited by every work-safety duty; null for a business duty */
    readonly principle: Principle | null;
    /** the scope items (industries or business lines) the duty covers */
    readonly industries: readonly string[];
    readonly cadence: Cadence;
    /** the legal or policy basis */
    readonly basis: string;
    readonly occurredAt: string;
  }
>;

/** Carries only the fields that changed. */
export type DutyAmended = DomainEvent<
  'DutyAmended',
  {
    readonly dutyId: string;
    readonly title?: string;
    readonly principle?: Principle;
    readonly industries?: readonly string[];
    readonly cadence?: Cadence;
    readonly basis?: string;
    readonly reason: string;
    readonly occurredAt: string;
  }
>;

export type DutyRevoked = DomainEvent<
  'DutyRevoked',
  { readonly dutyId: string; readonly reason: string; readonly occurredAt: string }
>;

/** occurredAt (= performedAt) is when the duty was performed. */
export type DutyPerformanceRecorded = DomainEvent<
  'DutyPerformanceRecorded',
  {
    readonly dutyId: string;
    readonly performanceId: string;
    /** 'ONCE', '2026', '2026-Q1' or '2026-03', after the duty's cadence */
    readonly period: string;
    readonly performedAt: string;
    readonly evidence: string;
    readonly occurredAt: string;
  }
>;

/**
 * occurredAt is when the failure happened, which may be weeks before it was recorded. Schema v2
 * adds the kind and the safety impact (`failure-to-perform-recorded.v1.ts`).
 */
export type FailureToPerformRecorded = DomainEvent<
  'FailureToPerformRecorded',
  {
    readonly failureId: string;
    readonly dutyId: string;
    readonly postId: string;
    readonly occurredAt: string;
    readonly kind: FailureKind;
    /** what kind, in words, when the kind is OTHER; null otherwise */
    readonly otherKind: string | null;
    /**
     * On a business duty: the failure harmed work safety ("whoever manages a business must manage
     * its safety"). Recorded true on a work-safety duty; read it with isWorkSafetyFailure.
     */
    readonly safetyImpact: boolean;
    readonly description: string;
    readonly evidence: string;
    readonly adverseEffect: AdverseEffect;
    /** the post's holder at occurredAt; null when the post was vacant */
    readonly responsibleCadreId: string | null;
    readonly vacant: boolean;
  }
>;

export type DutyEvent =
  DutyAssigned | DutyAmended | DutyRevoked | DutyPerformanceRecorded | FailureToPerformRecorded;

/** Every duty event type, as the duty decider reads them. */
export const DUTY_EVENT_TYPES = eventTypesOf<DutyEvent['type']>({
  DutyAssigned: true,
  DutyAmended: true,
  DutyRevoked: true,
  DutyPerformanceRecorded: true,
  FailureToPerformRecorded: true,
});
