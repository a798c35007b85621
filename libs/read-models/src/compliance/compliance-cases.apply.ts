import type {
  AppealDecided,
  CaseClosed,
  CaseOpened,
  CaseReopened,
  SanctionDecided,
  SanctionWithdrawn,
} from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import type { EntityManager } from 'typeorm';
import { ComplianceFact } from './compliance-fact.entity';
import { countAt } from './compliance-fact';

/** Cases and their sanctions count for the department that opened the case. */
async function openingDepartment(manager: EntityManager, event: RecordedEvent, caseId: string) {
  const opened = await manager
    .getRepository(ComplianceFact)
    .findOneBy({ figure: 'casesOpened', subject: caseId });
  if (!opened) throw new Error(`${event.type} ${event.id}: case ${caseId} was never opened`);
  return opened.departmentId;
}

export async function caseOpened(event: RecordedEvent, manager: EntityManager): Promise<void> {
  const data = event.data as unknown as CaseOpened['data'];
  await countAt(manager, event, {
    figure: 'casesOpened',
    subject: data.caseId,
    departmentId: data.openedByDepartmentId,
    at: data.occurredAt,
  });
}

/** Closed in the year of its (latest) closing. */
export async function caseClosed(event: RecordedEvent, manager: EntityManager): Promise<void> {
  const data = event.data as unknown as CaseClosed['data'];
  await countAt(manager, event, {
    figure: 'casesClosed',
    subject: data.caseId,
    departmentId: await openingDepartment(manager, event, data.caseId),
    at: data.occurredAt,
  });
}

/** A reopened case is closed no longer (until it closes again). */
export async function caseReopened(event: RecordedEvent, manager: EntityManager): Promise<void> {
  const data = event.data as unknown as CaseReopened['data'];
  await manager
    .getRepository(ComplianceFact)
    .delete({ figure: 'casesClosed', subject: data.caseId });
}

export async function sanctionDecided(event: RecordedEvent, manager: EntityManager): Promise<void> {
  const data = event.data as unknown as SanctionDecided['data'];
  await countAt(manager, event, {
    figure: 'sanctionsDecided',
    subject: data.sanctionId,
    departmentId: await openingDepartment(manager, event, data.caseId),
    at: data.occurredAt,
  });
}

/** A withdrawn sanction no longer counts. */
export async function sanctionWithdrawn(
  event: RecordedEvent,
  manager: EntityManager,
): Promise<void> {
  const data = event.data as unknown as SanctionWithdrawn['data'];
  await manager
    .getRepository(ComplianceFact)
    .delete({ figure: 'sanctionsDecided', subject: data.sanctionId });
}

/** A sanction revoked on appeal no longer counts; a changed one still does, with the appeal beside it. */
export async function appealDecided(event: RecordedEvent, manager: EntityManager): Promise<void> {
  const data = event.data as unknown as AppealDecided['data'];
  const facts = manager.getRepository(ComplianceFact);
  const where = { figure: 'sanctionsDecided', subject: data.sanctionId };
  if (data.outcome === 'SANCTION_REVOKED') {
    await facts.delete(where);
    return;
  }
  if (data.outcome !== 'SANCTION_CHANGED') return;
  const decided = await facts.findOneBy({ ...where, value: 1 });
  if (!decided) return;
  await countAt(
    manager,
    event,
    {
      figure: 'sanctionsDecided',
      subject: data.sanctionId,
      departmentId: decided.departmentId,
      at: decided.occurredAt,
      value: 0,
    },
    decided.year ?? undefined,
  );
}
