import { DEFAULT_ELIGIBILITY_POLICY, appointmentEligibility } from '@dutyledger/domain';
import { type EventLog, TEST_CALENDAR } from '../../../../test/support/projection-spec';

/** One cadre, one post and their duties and case, as the cadre history's specs record them. */
export const DEPARTMENT = '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f';
export const OTHER_DEPARTMENT = '1e2d3c4b-5a69-4788-9766-554433221100';
export const POST = '7a2d3b5f-9c4e-4d6f-8a81-2b3c4d5e6f70';
export const CADRE = '8b3e4c6a-ad5f-4e7a-9b92-3c4d5e6f7081';
export const CASE = 'be6b7f9d-d08c-4bad-8ec5-6f708192a3b4';
export const SANCTION = 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60';
export const DUTY_IN_FORCE = '9c4f5d7b-be6a-4f8b-8ca3-4d5e6f708192';
export const DUTY_BEFORE = 'a9c4f5d7-0be6-4a4f-8b8c-a34d5e6f7081';
export const READING = { policy: DEFAULT_ELIGIBILITY_POLICY, calendar: TEST_CALENDAR };
export const eligibleAsOf = (asOf: string, facts: Parameters<typeof appointmentEligibility>[1]) =>
  appointmentEligibility(asOf, facts, DEFAULT_ELIGIBILITY_POLICY, TEST_CALENDAR);

export function organisation(log: EventLog) {
  log.record('CadreRegistered', {
    cadreId: CADRE,
    name: 'Li Wei',
    personnelNumber: 'RS-1',
    managingDepartmentId: OTHER_DEPARTMENT,
    occurredAt: '2024-01-01',
  });
  log.record('PostEstablished', {
    postId: POST,
    departmentId: DEPARTMENT,
    title: 'Deputy Mayor',
    rank: 'DEPUTY',
    businessScope: ['mining'],
    occurredAt: '2024-01-01',
  });
}

export function duty(log: EventLog, dutyId: string, assignedAt: string, revokedAt: string) {
  log.record('DutyAssigned', {
    dutyId,
    postId: POST,
    category: 'WORK_SAFETY',
    title: `Duty ${dutyId.slice(0, 4)}`,
    principle: 'MANAGES_INDUSTRY',
    industries: ['mining'],
    cadence: 'MONTHLY',
    basis: 'Work Safety Law',
    occurredAt: assignedAt,
  });
  log.record('DutyRevoked', { dutyId, reason: 'Replaced', occurredAt: revokedAt });
}

export const appoint = (log: EventLog, from: string) =>
  log.record('CadreAppointedToPost', {
    postId: POST,
    cadreId: CADRE,
    effectiveFrom: from,
    eligibilityOverride: null,
    occurredAt: from,
  });

/** Records a case event on the case's stream, on `day` (MM-DD) of 2026 at `time` UTC. */
export const onCaseOf =
  (log: EventLog, time = '00:00:00') =>
  (type: string, day: string, data: Record<string, unknown> = {}) =>
    log.record(
      type,
      { caseId: CASE, occurredAt: `2026-${day}T${time}.000Z`, ...data },
      { stream: `case-${CASE}` },
    );

export const relieve = (log: EventLog, from: string) =>
  log.record('CadreRelievedFromPost', {
    postId: POST,
    cadreId: CADRE,
    effectiveFrom: from,
    reason: 'Moved',
    occurredAt: from,
  });
