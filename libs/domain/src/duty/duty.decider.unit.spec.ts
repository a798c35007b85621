import { BUSINESS_TIME_IN_FUTURE } from '../shared/business-time';
import { spec } from '../testing/decider-spec';
import type { AssignDuty, RevokeDuty } from './duty.commands';
import { dutyDecider } from './duty.decider';
import { DUTY_ERRORS } from './duty.errors';
import { NOW, POST_ESTABLISHED_AT, dutyRevoked, safetyDutyAssigned } from './duty.fixtures';

const { occurredAt: _assignedAt, ...assignedData } = safetyDutyAssigned.data;

const assign = (overrides: Partial<AssignDuty['data']> = {}): AssignDuty => ({
  type: 'AssignDuty',
  data: { ...assignedData, postEstablishedAt: POST_ESTABLISHED_AT, ...overrides },
});

const revoke = (reason = 'post restructured', effectiveFrom?: string): RevokeDuty => ({
  type: 'RevokeDuty',
  data: { dutyId: 'duty-1', reason, ...(effectiveFrom === undefined ? {} : { effectiveFrom }) },
});

describe('duty decider: assigning', () => {
  it('assigns a work-safety duty that cites its principle, from the request time', () => {
    spec(dutyDecider)
      .given([])
      .when(assign())
      .then([{ type: 'DutyAssigned', data: { ...assignedData, occurredAt: NOW } }]);
  });

  it('assigns a business duty that cites no principle', () => {
    const business = { category: 'BUSINESS', principle: null, industries: [] } as const;
    spec(dutyDecider)
      .given([])
      .when(assign(business))
      .then([{ type: 'DutyAssigned', data: { ...assignedData, ...business, occurredAt: NOW } }]);
  });

  it('rejects assigning the same duty twice', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(assign())
      .thenRejects(DUTY_ERRORS.DUTY_ALREADY_ASSIGNED);
  });

  it('rejects a work-safety duty that cites no principle', () => {
    spec(dutyDecider)
      .given([])
      .when(assign({ principle: null }))
      .thenRejects(DUTY_ERRORS.WORK_SAFETY_DUTY_PRINCIPLE_REQUIRED);
  });

  it('rejects a work-safety duty that covers no industry', () => {
    spec(dutyDecider)
      .given([])
      .when(assign({ industries: [] }))
      .thenRejects(DUTY_ERRORS.WORK_SAFETY_DUTY_INDUSTRY_REQUIRED);
  });

  it('rejects a business duty that cites a principle', () => {
    spec(dutyDecider)
      .given([])
      .when(assign({ category: 'BUSINESS' }))
      .thenRejects(DUTY_ERRORS.PRINCIPLE_ONLY_FOR_WORK_SAFETY_DUTY);
  });
});

describe('duty decider: assigning in business time', () => {
  it('assigns a duty from the effective date given, a date alone being its start in Beijing time', () => {
    spec(dutyDecider)
      .given([])
      .when(assign({ effectiveFrom: '2025-03-01' }))
      .then([
        { type: 'DutyAssigned', data: { ...assignedData, occurredAt: '2025-02-28T16:00:00.000Z' } },
      ]);
  });

  it('assigns a duty from the instant its post was established', () => {
    spec(dutyDecider)
      .given([])
      .when(assign({ effectiveFrom: POST_ESTABLISHED_AT }))
      .then([{ type: 'DutyAssigned', data: { ...assignedData, occurredAt: POST_ESTABLISHED_AT } }]);
  });

  it('rejects a duty that would take effect before its post was established', () => {
    spec(dutyDecider)
      .given([])
      .when(assign({ effectiveFrom: '2024-12-31' }))
      .thenRejects(DUTY_ERRORS.DUTY_BEFORE_POST_ESTABLISHED);
  });

  it('rejects a duty that would take effect in the future', () => {
    spec(dutyDecider)
      .given([])
      .when(assign({ effectiveFrom: '2026-02-01' }))
      .thenRejects(BUSINESS_TIME_IN_FUTURE);
  });
});

describe('duty decider: revoking', () => {
  it('revokes a duty, saying why', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(revoke())
      .then([dutyRevoked(NOW)]);
  });

  it('rejects revoking a duty twice', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned, dutyRevoked()])
      .when(revoke())
      .thenRejects(DUTY_ERRORS.DUTY_REVOKED);
  });

  it('rejects a revocation that does not say why', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(revoke(' '))
      .thenRejects(DUTY_ERRORS.DUTY_CHANGE_REASON_REQUIRED);
  });

  it('rejects revoking a duty that was never assigned', () => {
    spec(dutyDecider).given([]).when(revoke()).thenRejects(DUTY_ERRORS.DUTY_NOT_FOUND);
  });
});

describe('duty decider: revoking in business time', () => {
  it('revokes a duty from the effective date given', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(revoke('post restructured', '2025-12-31T17:00:00+08:00'))
      .then([dutyRevoked('2025-12-31T09:00:00.000Z')]);
  });

  it('revokes a duty effective the instant it was assigned', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(revoke('post restructured', safetyDutyAssigned.data.occurredAt))
      .then([dutyRevoked(safetyDutyAssigned.data.occurredAt)]);
  });

  it('rejects a revocation effective before the duty’s last change', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(revoke('post restructured', '2025-01-01'))
      .thenRejects(DUTY_ERRORS.DUTY_CHANGE_BEFORE_PREVIOUS);
  });
});
