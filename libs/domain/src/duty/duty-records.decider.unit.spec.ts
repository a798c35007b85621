import { BUSINESS_TIME_INVALID } from '../shared/jurisdiction-calendar';
import { spec } from '../testing/decider-spec';
import type { RecordDutyPerformance, RecordFailureToPerform } from './duty.commands';
import { dutyDecider } from './duty.decider';
import { DUTY_ERRORS } from './duty.errors';
import type { DutyPerformanceRecorded, FailureToPerformRecorded } from './duty.events';
import {
  NOW,
  businessDutyAssigned,
  dutyRevoked,
  failureRecorded,
  monthlyDutyAssigned,
  safetyDutyAssigned,
} from './duty.fixtures';

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

/** Performed at 10:00 Beijing time on 20 December 2025, stored in canonical UTC. */
const PERFORMED_AT = '2025-12-20T02:00:00.000Z';

const performanceRecorded: DutyPerformanceRecorded = {
  type: 'DutyPerformanceRecorded',
  data: { ...perform().data, performedAt: PERFORMED_AT, occurredAt: PERFORMED_AT },
};

const performed = (
  overrides: Partial<DutyPerformanceRecorded['data']>,
): DutyPerformanceRecorded => ({
  ...performanceRecorded,
  data: { ...performanceRecorded.data, ...overrides },
});

const fail = (overrides: Partial<RecordFailureToPerform['data']> = {}): RecordFailureToPerform => ({
  type: 'RecordFailureToPerform',
  data: {
    dutyId: 'duty-1',
    failureId: 'failure-1',
    occurredAt: '2025-12-01T08:00:00Z',
    kind: 'INSPECTION_NOT_ORGANISED',
    otherKind: null,
    safetyImpact: null,
    description: 'Q4 inspection of the Eastport site not carried out',
    evidence: 'audit note 2025-88',
    adverseEffect: 'MINOR',
    responsible: { cadreId: 'cadre-1' },
    ...overrides,
  },
});

const failed = (
  overrides: Partial<FailureToPerformRecorded['data']>,
): FailureToPerformRecorded => ({
  ...failureRecorded,
  data: { ...failureRecorded.data, ...overrides },
});

describe('duty decider: recording performance', () => {
  it('records the performance of a duty for a period of its cadence, in canonical UTC', () => {
    spec(dutyDecider).given([safetyDutyAssigned]).when(perform()).then([performanceRecorded]);
  });

  it('reads a performance date alone as the start of that day in Beijing time', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(perform({ performedAt: '2025-12-20' }))
      .then([
        performed({
          performedAt: '2025-12-19T16:00:00.000Z',
          occurredAt: '2025-12-19T16:00:00.000Z',
        }),
      ]);
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

  it('rejects a performance id already used on the duty, for another period', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned, performanceRecorded])
      .when(perform({ period: '2025-Q3', performedAt: '2025-09-20T10:00:00+08:00' }))
      .thenRejects(DUTY_ERRORS.PERFORMANCE_ALREADY_RECORDED);
  });

  it('records, after the revocation, a performance made while the duty was in force', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned, dutyRevoked()])
      .when(perform())
      .then([performanceRecorded]);
  });

  it('rejects a performance dated once the duty was revoked', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned, dutyRevoked()])
      .when(perform({ period: '2026-Q1', performedAt: '2026-01-12T10:00:00+08:00' }))
      .thenRejects(DUTY_ERRORS.DUTY_REVOKED);
  });

  it('rejects a performance dated in the future, beyond 5 minutes of clock skew', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(perform({ period: '2026-Q1', performedAt: '2026-01-15T09:05:00.001Z' }))
      .thenRejects(DUTY_ERRORS.PERFORMANCE_IN_FUTURE);
  });

  it('rejects a performance dated before the duty was assigned', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(perform({ period: '2025-Q1', performedAt: '2025-01-01T10:00:00+08:00' }))
      .thenRejects(DUTY_ERRORS.PERFORMANCE_OUTSIDE_DUTY_LIFE);
  });

  it('records a performance made the instant the duty was assigned', () => {
    const assignedAt = safetyDutyAssigned.data.occurredAt;
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(perform({ period: '2025-Q1', performedAt: assignedAt }))
      .then([performed({ period: '2025-Q1', performedAt: assignedAt, occurredAt: assignedAt })]);
  });

  it('rejects a performance whose time is not an ISO-8601 time', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(perform({ performedAt: '20 December 2025' }))
      .thenRejects(BUSINESS_TIME_INVALID);
  });
});

describe('duty decider: which periods are due', () => {
  const performMonth = (period: string, performedAt = NOW) =>
    perform({ period, performedAt, performanceId: `perf-${period}` });

  it('rejects a period that has not begun, such as 2099-01', () => {
    spec(dutyDecider)
      .given([monthlyDutyAssigned])
      .when(performMonth('2099-01'))
      .thenRejects(DUTY_ERRORS.PERFORMANCE_PERIOD_IN_FUTURE);
  });

  it('rejects next month, which has not begun in Beijing time', () => {
    spec(dutyDecider)
      .given([monthlyDutyAssigned])
      .when(performMonth('2026-02'))
      .thenRejects(DUTY_ERRORS.PERFORMANCE_PERIOD_IN_FUTURE);
  });

  it.each(['2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-11'])(
    'rejects %s on a duty assigned on 1 December: the period was not due',
    (period) => {
      spec(dutyDecider)
        .given([monthlyDutyAssigned])
        .when(performMonth(period))
        .thenRejects(DUTY_ERRORS.PERFORMANCE_PERIOD_NOT_DUE);
    },
  );

  it('records December, the first month due on a duty assigned on 1 December', () => {
    spec(dutyDecider)
      .given([monthlyDutyAssigned])
      .when(performMonth('2025-12', '2025-12-10T10:00:00+08:00'))
      .then([
        performed({
          performanceId: 'perf-2025-12',
          period: '2025-12',
          performedAt: '2025-12-10T02:00:00.000Z',
          occurredAt: '2025-12-10T02:00:00.000Z',
        }),
      ]);
  });

  it('records the month under way', () => {
    spec(dutyDecider)
      .given([monthlyDutyAssigned])
      .when(performMonth('2026-01'))
      .then([
        performed({
          performanceId: 'perf-2026-01',
          period: '2026-01',
          performedAt: NOW,
          occurredAt: NOW,
        }),
      ]);
  });

  it('rejects a period that begins once the duty was revoked', () => {
    // revoked at the start of 1 January 2026, Beijing time: January was never due
    spec(dutyDecider)
      .given([monthlyDutyAssigned, dutyRevoked('2025-12-31T16:00:00.000Z')])
      .when(performMonth('2026-01', '2025-12-20T10:00:00+08:00'))
      .thenRejects(DUTY_ERRORS.PERFORMANCE_PERIOD_NOT_DUE);
  });

  it('rejects a performance made before its period began', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(perform({ performedAt: '2025-09-30T10:00:00+08:00' }))
      .thenRejects(DUTY_ERRORS.PERFORMANCE_BEFORE_PERIOD);
  });

  it('records a performance made in the first instant of its period, Beijing time', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(perform({ performedAt: '2025-10-01T00:00:00+08:00' }))
      .then([
        performed({
          performedAt: '2025-09-30T16:00:00.000Z',
          occurredAt: '2025-09-30T16:00:00.000Z',
        }),
      ]);
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
      .then([failed({ responsibleCadreId: null, vacant: true })]);
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
      .thenRejects(BUSINESS_TIME_INVALID);
  });

  it('rejects a failure on a duty that was never assigned', () => {
    spec(dutyDecider).given([]).when(fail()).thenRejects(DUTY_ERRORS.DUTY_NOT_FOUND);
  });

  it('reads a failure date alone as the start of that day in Beijing time', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(fail({ occurredAt: '2025-12-01' }))
      .then([failed({ occurredAt: '2025-11-30T16:00:00.000Z' })]);
  });

  it('rejects a failure dated 2001 on a duty assigned today', () => {
    spec(dutyDecider)
      .given([{ ...safetyDutyAssigned, data: { ...safetyDutyAssigned.data, occurredAt: NOW } }])
      .when(fail({ occurredAt: '2001-05-01' }))
      .thenRejects(DUTY_ERRORS.FAILURE_OUTSIDE_DUTY_LIFE);
  });

  it('records a failure the instant the duty was assigned', () => {
    const assignedAt = safetyDutyAssigned.data.occurredAt;
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(fail({ occurredAt: assignedAt }))
      .then([failed({ occurredAt: assignedAt })]);
  });
});

describe('duty decider: the kind of a failure', () => {
  it('records a failure of kind OTHER with its kind in words', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(fail({ kind: 'OTHER', otherKind: 'Safety training budget diverted' }))
      .then([failed({ kind: 'OTHER', otherKind: 'Safety training budget diverted' })]);
  });

  it.each([null, '  '])('rejects a failure of kind OTHER with otherKind %p', (otherKind) => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(fail({ kind: 'OTHER', otherKind }))
      .thenRejects(DUTY_ERRORS.OTHER_FAILURE_KIND_REQUIRED);
  });

  it('rejects a kind in words beside a listed kind', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(fail({ kind: 'HAZARD_NOT_RECTIFIED', otherKind: 'Hazard left open' }))
      .thenRejects(DUTY_ERRORS.OTHER_FAILURE_KIND_NOT_APPLICABLE);
  });
});

describe('duty decider: the safety impact of a failure', () => {
  it.each([null, true])(
    'records a failure on a work-safety duty as harming safety (safetyImpact %p)',
    (safetyImpact) => {
      spec(dutyDecider)
        .given([safetyDutyAssigned])
        .when(fail({ safetyImpact }))
        .then([failed({ safetyImpact: true })]);
    },
  );

  it('rejects saying a failure on a work-safety duty did not harm safety', () => {
    spec(dutyDecider)
      .given([safetyDutyAssigned])
      .when(fail({ safetyImpact: false }))
      .thenRejects(DUTY_ERRORS.SAFETY_IMPACT_ONLY_FOR_BUSINESS_DUTY);
  });

  it('records a business-duty failure that harmed safety, as said', () => {
    spec(dutyDecider)
      .given([businessDutyAssigned])
      .when(fail({ kind: 'LAX_LICENSING_OR_APPROVAL', safetyImpact: true }))
      .then([failed({ kind: 'LAX_LICENSING_OR_APPROVAL', safetyImpact: true })]);
  });

  it.each([false, null])(
    'records a business-duty failure without a safety impact (safetyImpact %p)',
    (safetyImpact) => {
      spec(dutyDecider)
        .given([businessDutyAssigned])
        .when(fail({ kind: 'LAX_LICENSING_OR_APPROVAL', safetyImpact }))
        .then([failed({ kind: 'LAX_LICENSING_OR_APPROVAL', safetyImpact: false })]);
    },
  );
});
