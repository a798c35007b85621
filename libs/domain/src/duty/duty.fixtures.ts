import type { DutyAssigned, DutyRevoked } from './duty.events';

export const NOW = '2026-01-15T09:00:00.000Z';

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

export const dutyRevoked = (occurredAt = '2026-01-10T00:00:00.000Z'): DutyRevoked => ({
  type: 'DutyRevoked',
  data: { dutyId: 'duty-1', reason: 'post restructured', occurredAt },
});
