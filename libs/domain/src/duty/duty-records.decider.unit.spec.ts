import { spec } from '../testing/decider-spec';
import type { RecordDutyPerformance, RecordFailureToPerform } from './duty.commands';
import { dutyDecider } from './duty.decider';
import { DUTY_ERRORS } from './duty.errors';
import type { DutyPerformanceRecorded, FailureToPerformRecorded } from './duty.events';
import { dutyRevoked, safetyDutyAssigned } from './duty.fixtures';

const perform = (
  overrides: Partial<RecordDutyPerformance['data']> = {},
): RecordDutyPerformance => ({
  type: 'RecordDutyPerformance',
  data: {
    dutyId: 'duty-1',
    performanceId: 'perf-1',
    period: '2025-Q4',
    performedAt: '2025-12-20T10:00:00+08:00',
    evidence: 'inspection report 2025-117',
    ...overrides,
  },
});

const performanceRecorded: DutyPerformanceRecorded = {
  type: 'DutyPerformanceRecorded',
  data: { ...perform().data, occurredAt: '2025-12-20T10:00:00+08:00' },
};

const fail = (overrides: Partial<RecordFailureToPerform['data']> = {}): RecordFailureToPerform => ({
  type: 'RecordFailureToPerform',
  data: {
    dutyId: 'duty-1',
    failureId: 'failure-1',
    occurredAt: '2025-12-01T08:00:00Z',
    description: 'Q4 inspection of the Eastport site not carried out',
    evidence: 'audit note 2025-88',
    adverseEffect: 'MINOR',
    responsible: { cadreId: 'cadre-1' },
    ...overrides,
  },
});

const failureRecorded: FailureToPerformRecorded = {
  type: 'FailureToPerformRecorded',
  data: {
    failureId: 'failure-1',
    dutyId: 'duty-1',
    postId: 'post-1',
    occurredAt: '2025-12-01T08:00:00Z',
    description: 'Q4 inspection of the Eastport site not carried out',
    evidence: 'audit note 2025-88',
    adverseEffect: 'MINOR',
    responsibleCadreId: 'cadre-1',
    vacant: false,
  },
};

describe('duty decider: recording performance', () => {
  it('records the performance of a duty for a period of its cadence', () => {
    spec(dutyDecider).given([safetyDutyAssigned]).when(perform()).then([performanceRecorded]);
  });

  it('rejects a period that does not fit the duty’s cadence', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(perform({ period: '2025-12' }))
      .thenRejects(DUTY_ERRORS.PERFORMANCE_PERIOD_CADENCE_MISMATCH);
  });

  it('rejects recording the same period twice', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned, performanceRecorded])
      .when(perform({ performanceId: 'perf-2' }))
      .thenRejects(DUTY_ERRORS.PERFORMANCE_PERIOD_ALREADY_RECORDED);
  });

  it('rejects performance of a revoked duty', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned, dutyRevoked()])
      .when(perform())
      .thenRejects(DUTY_ERRORS.DUTY_REVOKED);
  });

  it('rejects a performance dated in the future', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(perform({ period: '2026-Q1', performedAt: '2026-01-15T09:00:00.001Z' }))
      .thenRejects(DUTY_ERRORS.PERFORMANCE_IN_FUTURE);
  });
});

describe('duty decider: recording a failure to perform', () => {
  it('records a failure weeks after it happened, naming the cadre who held the post then', () => {
    spec(dutyDecider).given([safetyDutyAssigned]).when(fail()).then([failureRecorded]);
  });

  it('records a failure on a vacant post as vacant, naming nobody', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(fail({ responsible: { vacant: true } }))
      .then([
        {
          ...failureRecorded,
          data: { ...failureRecorded.data, responsibleCadreId: null, vacant: true },
        },
      ]);
  });

  it('records, after the revocation, a failure that happened while the duty was active', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned, dutyRevoked()])
      .when(fail())
      .then([failureRecorded]);
  });

  it('rejects a failure that happened once the duty was revoked', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned, dutyRevoked('2025-11-30T00:00:00.000Z')])
      .when(fail())
      .thenRejects(DUTY_ERRORS.DUTY_REVOKED);
  });

  it('rejects a failure in the future', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(fail({ occurredAt: '2026-01-16T00:00:00Z' }))
      .thenRejects(DUTY_ERRORS.FAILURE_IN_FUTURE);
  });

  it('rejects recording the same failure twice', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned, failureRecorded])
      .when(fail())
      .thenRejects(DUTY_ERRORS.FAILURE_ALREADY_RECORDED);
  });

  it('rejects a failure whose time is not an ISO-8601 time', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(fail({ occurredAt: '2025-12-01 08:00' }))
      .thenRejects(DUTY_ERRORS.DUTY_TIME_INVALID);
  });

  it('rejects a failure on a duty that was never assigned', () => {
    spec(dutyDecider).given([]).when(fail()).thenRejects(DUTY_ERRORS.DUTY_NOT_FOUND);
  });
});
