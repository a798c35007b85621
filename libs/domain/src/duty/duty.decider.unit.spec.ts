import { spec } from '../testing/decider-spec';
import type { AssignDuty, RevokeDuty } from './duty.commands';
import { dutyDecider } from './duty.decider';
import { DUTY_ERRORS } from './duty.errors';
import { NOW, dutyRevoked, safetyDutyAssigned } from './duty.fixtures';

const { occurredAt: _assignedAt, ...assignedData } = safetyDutyAssigned.data;

const assign = (overrides: Partial<AssignDuty['data']> = {}): AssignDuty => ({
  type: 'AssignDuty',
  data: { ...assignedData, ...overrides },
});

const revoke = (reason = 'post restructured'): RevokeDuty => ({
  type: 'RevokeDuty',
  data: { dutyId: 'duty-1', reason },
});

describe('duty decider: assigning', () => {
  it('assigns a work-safety duty that cites its principle', () => {
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
