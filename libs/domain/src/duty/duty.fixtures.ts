import type { DutyAssigned, DutyRevoked, FailureToPerformRecorded } from './duty.events';

export const NOW = '2026-01-15T09:00:00.000Z';

/** The duty's post exists from 1 January 2025, Beijing time. */
export const POST_ESTABLISHED_AT = '2024-12-31T16:00:00.000Z';

export const safetyDutyAssigned: DutyAssigned = {
  type: 'DutyAssigned',
  data: {
    dutyId: 'duty-1',
    postId: 'post-1',
    category: 'WORK_SAFETY',
    title: 'Quarterly safety inspection of construction sites',
    principle: 'MANAGES_INDUSTRY',
    industries: ['construction', 'transport'],
    cadence: 'QUARTERLY',
    basis: 'Work Safety Law art. 9',
    occurredAt: '2025-01-02T09:00:00.000Z',
  },
};

/** A business duty: its failures are work-safety failures only when said to harm safety. */
export const businessDutyAssigned: DutyAssigned = {
  type: 'DutyAssigned',
  data: {
    ...safetyDutyAssigned.data,
    category: 'BUSINESS',
    title: 'Approve construction permits',
    principle: null,
    industries: [],
    cadence: 'ONCE',
    basis: 'Construction Law art. 7',
  },
};

/** A monthly duty assigned on 1 December 2025, Beijing time. */
export const DECEMBER_1 = '2025-11-30T16:00:00.000Z';
export const monthlyDutyAssigned: DutyAssigned = {
  type: 'DutyAssigned',
  data: {
    ...safetyDutyAssigned.data,
    title: 'Monthly hazard inspection of chemical plants',
    cadence: 'MONTHLY',
    occurredAt: DECEMBER_1,
  },
};

export const dutyRevoked = (occurredAt = '2026-01-10T00:00:00.000Z'): DutyRevoked => ({
  type: 'DutyRevoked',
  data: { dutyId: 'duty-1', reason: 'post restructured', occurredAt },
});

export const failureRecorded: FailureToPerformRecorded = {
  type: 'FailureToPerformRecorded',
  data: {
    failureId: 'failure-1',
    dutyId: 'duty-1',
    postId: 'post-1',
    occurredAt: '2025-12-01T08:00:00.000Z',
    kind: 'INSPECTION_NOT_ORGANISED',
    otherKind: null,
    safetyImpact: true,
    description: 'Q4 inspection of the Eastport site not carried out',
    evidence: 'audit note 2025-88',
    adverseEffect: 'MINOR',
    responsibleCadreId: 'cadre-1',
    vacant: false,
  },
};
