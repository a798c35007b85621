import {
  type DutyAmended,
  type DutyAssigned,
  type DutyPerformanceRecorded,
  type DutyRevoked,
  type FailureToPerformRecorded,
  type JurisdictionCalendar,
  isWorkSafetyFailure,
} from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import type { Recorded } from '@dutyledger/ledger';
import type { EntityManager } from 'typeorm';
import type { ProjectionContext } from '../runner/projection';
import { recomputeCoverage } from './compliance-coverage';
import { ComplianceFact } from './compliance-fact.entity';
import { closeSpans, countAt, openSpan, updateFacts } from './compliance-fact';
import {
  dueSpansOf,
  findDuty,
  findPost,
  forgetDueSpans,
  insertDuty,
  updateDuty,
} from './compliance-rows';
import { failedFigure } from './compliance.figures';
import { performanceStanding } from './duty-periods-due';

async function dutyOf(manager: EntityManager, event: RecordedEvent, dutyId: string) {
  const duty = await findDuty(manager, dutyId);
  if (!duty) throw new Error(`${event.type} ${event.id}: duty ${dutyId} was never assigned`);
  return duty;
}

/**
 * Judges the duty's recorded performances again after its spans changed (a cadence amendment or
 * a revocation may take effect before a period already performed): each counts (value 1) only
 * while its period is due, and moves to the year it counts in.
 */
async function rejudgePerformances(
  manager: EntityManager,
  dutyId: string,
  calendar: JurisdictionCalendar,
): Promise<void> {
  const performed = await manager
    .getRepository(ComplianceFact)
    .findBy({ figure: 'dutiesPerformed', dutyId });
  if (performed.length === 0) return;
  const spans = await dueSpansOf(manager, dutyId);
  for (const fact of performed) {
    const { due, year } = performanceStanding(fact.period ?? '', fact.occurredAt, spans, calendar);
    const value = due ? 1 : 0;
    if (value === fact.value && year === fact.year) continue;
    const { figure, subject, eventId, departmentId } = fact;
    await updateFacts(
      manager,
      { figure, subject, eventId, departmentId },
      { value, year },
      calendar,
    );
  }
}

/** A work-safety duty is due from its business assignment date, one span per cadence it has. */
export async function dutyAssigned(
  event: Recorded<DutyAssigned>,
  manager: EntityManager,
  { calendar }: ProjectionContext,
): Promise<void> {
  const { data } = event;
  const post = await findPost(manager, data.postId);
  if (!post) throw new Error(`DutyAssigned ${event.id}: post ${data.postId} was never established`);
  await insertDuty(manager, {
    dutyId: data.dutyId,
    postId: data.postId,
    departmentId: post.departmentId,
    category: data.category,
    industries: [...data.industries],
    cadence: data.cadence,
    status: 'ACTIVE',
    assignedYear: calendar.yearOf(data.occurredAt),
  });
  if (data.category === 'WORK_SAFETY') {
    await openSpan(
      manager,
      event,
      {
        figure: 'dutiesDue',
        subject: data.dutyId,
        departmentId: post.departmentId,
        fromAt: data.occurredAt,
        cadence: data.cadence,
      },
      calendar,
    );
    forgetDueSpans(manager, data.dutyId);
  }
  await recomputeCoverage(manager, event, data.postId, data.occurredAt, calendar);
}

/** A new cadence closes the span of the old one; new industries may open or close gaps. */
export async function dutyAmended(
  event: Recorded<DutyAmended>,
  manager: EntityManager,
  { calendar }: ProjectionContext,
): Promise<void> {
  const { data } = event;
  const duty = await dutyOf(manager, event, data.dutyId);
  const cadenceChanged = data.cadence !== undefined && data.cadence !== duty.cadence;
  await updateDuty(manager, duty, {
    industries: data.industries ? [...data.industries] : duty.industries,
    cadence: data.cadence ?? duty.cadence,
  });
  if (cadenceChanged && duty.category === 'WORK_SAFETY' && duty.status === 'ACTIVE') {
    const span = { figure: 'dutiesDue', subject: duty.dutyId, at: data.occurredAt } as const;
    await closeSpans(manager, event, span, calendar);
    await openSpan(
      manager,
      event,
      {
        figure: 'dutiesDue',
        subject: duty.dutyId,
        departmentId: duty.departmentId,
        fromAt: data.occurredAt,
        cadence: data.cadence,
      },
      calendar,
    );
    forgetDueSpans(manager, duty.dutyId);
    await rejudgePerformances(manager, duty.dutyId, calendar);
  }
  if (data.industries)
    await recomputeCoverage(manager, event, duty.postId, data.occurredAt, calendar);
}

/** A revoked duty is due no longer and covers nothing. */
export async function dutyRevoked(
  event: Recorded<DutyRevoked>,
  manager: EntityManager,
  { calendar }: ProjectionContext,
): Promise<void> {
  const { data } = event;
  const duty = await dutyOf(manager, event, data.dutyId);
  await updateDuty(manager, duty, { status: 'REVOKED' });
  await closeSpans(
    manager,
    event,
    {
      figure: 'dutiesDue',
      subject: duty.dutyId,
      at: data.occurredAt,
    },
    calendar,
  );
  forgetDueSpans(manager, duty.dutyId);
  if (duty.category === 'WORK_SAFETY') await rejudgePerformances(manager, duty.dutyId, calendar);
  await recomputeCoverage(manager, event, duty.postId, data.occurredAt, calendar);
}

/**
 * Counts in the year of its period, and only for a period that was due (a performance for a
 * month before the duty was assigned, or after its revocation, is listed beside the figure
 * without counting).
 */
export async function dutyPerformanceRecorded(
  event: Recorded<DutyPerformanceRecorded>,
  manager: EntityManager,
  { calendar }: ProjectionContext,
): Promise<void> {
  const { data } = event;
  const duty = await dutyOf(manager, event, data.dutyId);
  if (duty.category !== 'WORK_SAFETY') return;
  const spans = await dueSpansOf(manager, duty.dutyId);
  const { due, year } = performanceStanding(data.period, data.performedAt, spans, calendar);
  await countAt(
    manager,
    event,
    {
      figure: 'dutiesPerformed',
      subject: data.performanceId,
      departmentId: duty.departmentId,
      at: data.performedAt,
      value: due ? 1 : 0,
      year,
      dutyId: duty.dutyId,
      period: data.period,
    },
    calendar,
  );
}

/**
 * Counts in the local year it happened, by adverse effect, when it is a work-safety failure: on a
 * work-safety duty, or on a business duty with a safety impact (`isWorkSafetyFailure`, the rule
 * that also decides which failures ground pre-accident cases).
 */
export async function failureToPerformRecorded(
  event: Recorded<FailureToPerformRecorded>,
  manager: EntityManager,
  { calendar }: ProjectionContext,
): Promise<void> {
  const { data } = event;
  const duty = await dutyOf(manager, event, data.dutyId);
  if (!isWorkSafetyFailure(duty.category, data.safetyImpact)) return;
  await countAt(
    manager,
    event,
    {
      figure: failedFigure(data.adverseEffect),
      subject: data.failureId,
      departmentId: duty.departmentId,
      at: data.occurredAt,
    },
    calendar,
  );
}
