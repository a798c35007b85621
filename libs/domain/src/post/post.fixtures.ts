import type { AppointmentEligibility } from '../policies/appointment-eligibility';
import type {
  CadreAppointedToPost,
  CadreRelievedFromPost,
  EligibilityOverride,
  PostEstablished,
} from './post.events';

/** The post exists from 1 January 2025, Beijing time. */
export const ESTABLISHED_AT = '2024-12-31T16:00:00.000Z';

export const postEstablished: PostEstablished = {
  type: 'PostEstablished',
  data: {
    postId: 'post-1',
    departmentId: 'dep-district',
    title: 'Deputy District Head (construction, transport)',
    rank: 'DEPUTY',
    businessScope: ['construction', 'transport'],
    occurredAt: ESTABLISHED_AT,
  },
};

export const appointed = (
  cadreId: string,
  effectiveFrom: string,
  eligibilityOverride: EligibilityOverride | null = null,
): CadreAppointedToPost => ({
  type: 'CadreAppointedToPost',
  data: {
    postId: 'post-1',
    cadreId,
    effectiveFrom,
    eligibilityOverride,
    occurredAt: effectiveFrom,
  },
});

export const relieved = (cadreId: string, effectiveFrom: string): CadreRelievedFromPost => ({
  type: 'CadreRelievedFromPost',
  data: {
    postId: 'post-1',
    cadreId,
    effectiveFrom,
    reason: 'transferred',
    occurredAt: effectiveFrom,
  },
});

export const ELIGIBLE: AppointmentEligibility = { eligible: true, blocks: [] };

/** Two measures' influence and an INCOMPETENT grade, as eligibility reports them. */
export const BLOCKED: AppointmentEligibility = {
  eligible: false,
  blocks: [
    {
      reason: 'SANCTION_INFLUENCE_PERIOD',
      detail: 'REMOVAL_FROM_OFFICE in case case-7 influences appointment for 12 months',
      until: '2026-06-30T16:00:00.000Z',
      sourceEventIds: ['event-sanction-7'],
    },
    {
      reason: 'INCOMPETENT_GRADE',
      detail: 'The latest work-safety assessment (2025) graded the cadre INCOMPETENT',
      sourceEventIds: ['event-assessment-2025'],
    },
  ],
};
