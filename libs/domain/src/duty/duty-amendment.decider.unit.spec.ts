import { spec } from '../testing/decider-spec';
import type { AmendDuty } from './duty.commands';
import { dutyDecider } from './duty.decider';
import { DUTY_ERRORS } from './duty.errors';
import { NOW, dutyRevoked, safetyDutyAssigned } from './duty.fixtures';

const amend = (changes: Partial<AmendDuty['data']>): AmendDuty => ({
  type: 'AmendDuty',
  data: { dutyId: 'duty-1', reason: 'new municipal regulation', ...changes },
});

describe('duty decider: amending', () => {
  it('records only the fields that change, with the reason', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(amend({ title: safetyDutyAssigned.data.title, cadence: 'MONTHLY' }))
      .then([
        {
          type: 'DutyAmended',
          data: {
            dutyId: 'duty-1',
            cadence: 'MONTHLY',
            reason: 'new municipal regulation',
            occurredAt: NOW,
          },
        },
      ]);
  });

  it('rejects amending a duty that was never assigned', () => {
    spec(dutyDecider)
      .given([])
      .when(amend({ cadence: 'MONTHLY' }))
      .thenRejects(DUTY_ERRORS.DUTY_NOT_FOUND);
  });

  it('rejects amending a revoked duty', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned, dutyRevoked()])
      .when(amend({ cadence: 'MONTHLY' }))
      .thenRejects(DUTY_ERRORS.DUTY_REVOKED);
  });

  it('rejects an amendment that does not say why', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(amend({ cadence: 'MONTHLY', reason: '' }))
      .thenRejects(DUTY_ERRORS.DUTY_CHANGE_REASON_REQUIRED);
  });

  it('rejects an amendment that changes nothing, whatever the order of industries', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(amend({ industries: ['transport', 'construction'], cadence: 'QUARTERLY' }))
      .thenRejects(DUTY_ERRORS.DUTY_AMENDMENT_CHANGES_NOTHING);
  });

  it('rejects an amendment that leaves a work-safety duty covering no industry', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(amend({ industries: [] }))
      .thenRejects(DUTY_ERRORS.WORK_SAFETY_DUTY_INDUSTRY_REQUIRED);
  });

  it('rejects an amendment that gives a business duty a principle', () => {
    const businessDuty = {
      ...safetyDutyAssigned,
      data: { ...safetyDutyAssigned.data, category: 'BUSINESS', principle: null },
    } as const;
    spec(dutyDecider)
      .given([businessDuty])
      .when(amend({ principle: 'MANAGES_BUSINESS' }))
      .thenRejects(DUTY_ERRORS.PRINCIPLE_ONLY_FOR_WORK_SAFETY_DUTY);
  });
});

describe('duty decider: amending in business time', () => {
  const amended = {
    type: 'DutyAmended',
    data: { dutyId: 'duty-1', cadence: 'MONTHLY', reason: 'new municipal regulation' },
  } as const;

  it('amends a duty from the effective date given', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(amend({ cadence: 'MONTHLY', effectiveFrom: '2025-07-01' }))
      .then([{ ...amended, data: { ...amended.data, occurredAt: '2025-06-30T16:00:00.000Z' } }]);
  });

  it('rejects an amendment effective before the duty was assigned', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(amend({ cadence: 'MONTHLY', effectiveFrom: '2025-01-01' }))
      .thenRejects(DUTY_ERRORS.DUTY_CHANGE_BEFORE_PREVIOUS);
  });

  it('rejects an amendment effective before the previous amendment', () => {
    spec(dutyDecider)
      .given([
        safetyDutyAssigned,
        { ...amended, data: { ...amended.data, occurredAt: '2025-06-30T16:00:00.000Z' } },
      ])
      .when(amend({ cadence: 'ANNUAL', effectiveFrom: '2025-06-30' }))
      .thenRejects(DUTY_ERRORS.DUTY_CHANGE_BEFORE_PREVIOUS);
  });

  it('rejects a revocation effective before the last amendment', () => {
    spec(dutyDecider)
      .given([
        safetyDutyAssigned,
        { ...amended, data: { ...amended.data, occurredAt: '2025-06-30T16:00:00.000Z' } },
      ])
      .when({
        type: 'RevokeDuty',
        data: { dutyId: 'duty-1', reason: 'post restructured', effectiveFrom: '2025-06-01' },
      })
      .thenRejects(DUTY_ERRORS.DUTY_CHANGE_BEFORE_PREVIOUS);
  });
});
