import type {
  DutyAmended,
  DutyAssigned,
  DutyPerformanceRecorded,
  DutyRevoked,
  FailureToPerformRecorded,
} from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import type { EntityManager } from 'typeorm';
import { recomputeCoverage } from './compliance-coverage';
import { closeSpans, countAt, openSpan, yearOf } from './compliance-fact';
import { findDuty, findPost, insertDuty, updateDuty } from './compliance-rows';
import { failedFigure } from './compliance.figures';

async function dutyOf(manager: EntityManager, event: RecordedEvent, dutyId: string) {
  const duty = await findDuty(manager, dutyId);
  if (!duty) throw new Error(`${event.type} ${event.id}: duty ${dutyId} was never assigned`);
  return duty;
}

/** A work-safety duty is due from its assignment, one span per cadence it has. */
export async function dutyAssigned(event: RecordedEvent, manager: EntityManager): Promise<void> {
  const data = event.data as unknown as DutyAssigned['data'];
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
    assignedYear: yearOf(data.occurredAt),
  });
  if (data.category === 'WORK_SAFETY') {
    await openSpan(manager, event, {
      figure: 'dutiesDue',
      subject: data.dutyId,
      departmentId: post.departmentId,
      fromAt: data.occurredAt,
      cadence: data.cadence,
    });
  }
  await recomputeCoverage(manager, event, data.postId, data.occurredAt);
}

/** A new cadence closes the span of the old one; new industries may open or close gaps. */
export async function dutyAmended(event: RecordedEvent, manager: EntityManager): Promise<void> {
  const data = event.data as unknown as DutyAmended['data'];
  const duty = await dutyOf(manager, event, data.dutyId);
  const cadenceChanged = data.cadence !== undefined && data.cadence !== duty.cadence;
  await updateDuty(manager, duty, {
    industries: data.industries ? [...data.industries] : duty.industries,
    cadence: data.cadence ?? duty.cadence,
  });
  if (cadenceChanged && duty.category === 'WORK_SAFETY' && duty.status === 'ACTIVE') {
    const span = { figure: 'dutiesDue', subject: duty.dutyId, at: data.occurredAt } as const;
    await closeSpans(manager, event, span);
    await openSpan(manager, event, {
      figure: 'dutiesDue',
      subject: duty.dutyId,
      departmentId: duty.departmentId,
      fromAt: data.occurredAt,
      cadence: data.cadence,
    });
  }
  if (data.industries) await recomputeCoverage(manager, event, duty.postId, data.occurredAt);
}

/** A revoked duty is due no longer and covers nothing. */
export async function dutyRevoked(event: RecordedEvent, manager: EntityManager): Promise<void> {
  const data = event.data as unknown as DutyRevoked['data'];
  const duty = await dutyOf(manager, event, data.dutyId);
  await updateDuty(manager, duty, { status: 'REVOKED' });
  await closeSpans(manager, event, {
    figure: 'dutiesDue',
    subject: duty.dutyId,
    at: data.occurredAt,
  });
  await recomputeCoverage(manager, event, duty.postId, data.occurredAt);
}

/** Counted in the year of its period; a ONCE duty's in the year it was assigned. */
export async function dutyPerformanceRecorded(
  event: RecordedEvent,
  manager: EntityManager,
): Promise<void> {
  const data = event.data as unknown as DutyPerformanceRecorded['data'];
  const duty = await dutyOf(manager, event, data.dutyId);
  if (duty.category !== 'WORK_SAFETY') return;
  const year = data.period === 'ONCE' ? duty.assignedYear : Number(data.period.slice(0, 4));
  await countAt(
    manager,
    event,
    {
      figure: 'dutiesPerformed',
      subject: data.performanceId,
      departmentId: duty.departmentId,
      at: data.performedAt,
    },
    year,
  );
}

/** Counted in the year it happened, by adverse effect. */
export async function failureToPerformRecorded(
  event: RecordedEvent,
  manager: EntityManager,
): Promise<void> {
  const data = event.data as unknown as FailureToPerformRecorded['data'];
  const duty = await dutyOf(manager, event, data.dutyId);
  if (duty.category !== 'WORK_SAFETY') return;
  await countAt(manager, event, {
    figure: failedFigure(data.adverseEffect),
    subject: data.failureId,
    departmentId: duty.departmentId,
    at: data.occurredAt,
  });
}
