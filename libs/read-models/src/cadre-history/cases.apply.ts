import {
  OPENED_CASE_STATUS,
  caseStatusAfter,
  isCaseEventType,
  isCaseStatus,
} from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import type { EntityManager } from 'typeorm';
import { type Appliers, found, utc } from './cadre-history.apply';
import { CadreHistoryCase, type OpenPeriod } from './cadre-history-case.entity';
import { CadreHistoryFinding } from './cadre-history-finding.entity';
import { CadreHistorySubject } from './cadre-history-subject.entity';

type CaseChange = (current: CadreHistoryCase, at: string) => Partial<CadreHistoryCase>;

/**
 * Moves the case as the domain's status machine says (`caseStatusAfter`), recording the change
 * and whatever else `change` says; the appeals still pending after `change` are what an appeal
 * decision's status depends on.
 */
async function changeStatus(
  event: RecordedEvent,
  manager: EntityManager,
  data: { caseId: string; occurredAt: string },
  change: CaseChange = () => ({}),
): Promise<void> {
  const cases = manager.getRepository(CadreHistoryCase);
  const current = found(await cases.findOneBy({ caseId: data.caseId }), 'case', event);
  const at = utc(data.occurredAt);
  const changed = change(current, at);
  const pending = changed.pendingAppealIds ?? current.pendingAppealIds;
  if (!isCaseStatus(current.status) || !isCaseEventType(event.type)) {
    throw new Error(`${event.type} ${event.id}: case ${data.caseId} has status ${current.status}`);
  }
  const nextStatus = caseStatusAfter(current.status, event.type, pending.length);
  await cases.update(
    { caseId: data.caseId },
    {
      ...changed,
      status: nextStatus,
      statusChanges: [...current.statusChanges, { status: nextStatus, at, eventId: event.id }],
    },
  );
}

const closeOpenPeriod = (periods: OpenPeriod[], at: string, eventId: string): OpenPeriod[] =>
  periods.map((period) =>
    period.closedAt === null ? { ...period, closedAt: at, closedByEventId: eventId } : period,
  );

/** The cases naming a cadre: their status over time, their open periods, the findings. */
export const CASE_APPLIERS: Appliers = {
  async CaseOpened(event, manager) {
    const data = event.data;
    const at = utc(data.occurredAt);
    await manager.getRepository(CadreHistoryCase).insert({
      caseId: data.caseId,
      kind: data.kind,
      summary: data.summary,
      openedByDepartmentId: data.openedByDepartmentId,
      status: OPENED_CASE_STATUS,
      openPeriods: [
        { openedAt: at, closedAt: null, openedByEventId: event.id, closedByEventId: null },
      ],
      statusChanges: [{ status: OPENED_CASE_STATUS, at, eventId: event.id }],
      pendingAppealIds: [],
    });
  },

  async CaseSubjectNamed(event, manager) {
    const data = event.data;
    await manager.getRepository(CadreHistorySubject).insert({
      eventId: event.id,
      cadreId: data.cadreId,
      caseId: data.caseId,
      postId: data.postId,
      namedAt: utc(data.occurredAt),
    });
  },

  InvestigationStarted: (event, manager) => changeStatus(event, manager, event.data),

  CaseDecided: (event, manager) => changeStatus(event, manager, event.data),

  AppealFiled: (event, manager) => {
    const data = event.data;
    return changeStatus(event, manager, data, (current) => ({
      pendingAppealIds: [...current.pendingAppealIds, data.appealId],
    }));
  },

  AppealDecided: (event, manager) => {
    const data = event.data;
    return changeStatus(event, manager, data, (current) => ({
      pendingAppealIds: current.pendingAppealIds.filter((id) => id !== data.appealId),
    }));
  },

  CaseClosed: (event, manager) =>
    changeStatus(event, manager, event.data, (current, at) => ({
      openPeriods: closeOpenPeriod(current.openPeriods, at, event.id),
    })),

  CaseReopened: (event, manager) =>
    changeStatus(event, manager, event.data, (current, at) => ({
      openPeriods: [
        ...current.openPeriods,
        { openedAt: at, closedAt: null, openedByEventId: event.id, closedByEventId: null },
      ],
    })),

  async FindingRecorded(event, manager) {
    const data = event.data;
    await manager.getRepository(CadreHistoryFinding).insert({
      eventId: event.id,
      cadreId: data.cadreId,
      caseId: data.caseId,
      responsible: data.responsible,
      responsibilityKind: data.responsibilityKind,
      reasoning: data.reasoning,
      hearing: data.hearing,
      aggravating: [...data.aggravating],
      mitigating: [...data.mitigating],
      recordedBy: data.recordedBy,
      recordedAt: utc(data.occurredAt),
    });
  },
};
