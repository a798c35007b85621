import {
  CASE_EVENT_TYPES,
  type CaseEvent,
  type CaseOpened,
  OPENED_CASE_STATUS,
  caseStatusAfter,
  deadlineAfter,
  isCaseStatus,
  toUtcIso,
} from '@dutyledger/domain';
import type { Recorded } from '@dutyledger/ledger';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../../runner/projection';
import { typedProjection } from '../../runner/typed-projection';
import { caseEventOf } from '../case-events';
import { NAMING_EVENT_TYPES, NO_LABELS, labelled, namingOf } from '../case-labels';
import { TransactionMemo } from '../transaction-memo';
import { CaseworkerQueueName } from './caseworker-queue-name.entity';
import { QueueCount } from './queue-count.entity';
import { moveQueueCounts } from './queue-counts';
import { QueuedCase } from './queued-case.entity';
import { type QueueOrder, queueOrder } from './queue-order';

const utc = (iso: string | null | undefined): string | null =>
  iso === null || iso === undefined ? null : toUtcIso(iso);

const queuedRead = new TransactionMemo<QueuedCase>();

type QueueColumns = Omit<
  QueuedCase,
  'caseId' | 'lastPosition' | 'labels' | 'subjects' | keyof QueueOrder
>;

function opened({ data }: CaseOpened): QueueColumns {
  return {
    kind: data.kind,
    status: OPENED_CASE_STATUS,
    openedByDepartmentId: data.openedByDepartmentId,
    summary: data.summary,
    openedAt: toUtcIso(data.occurredAt),
    dueAt: null,
    stoppedAt: null,
    appealsPending: 0,
  };
}

/** The row after an event, as the domain moves a case's status and deadline. */
function moved(row: QueuedCase, event: CaseEvent, recorded: Recorded): QueueColumns {
  const change = event.type === 'AppealFiled' ? 1 : event.type === 'AppealDecided' ? -1 : 0;
  const appealsPending = row.appealsPending + change;
  if (!isCaseStatus(row.status)) {
    throw new Error(`${recorded.type} at position ${recorded.position}: status ${row.status}`);
  }
  // The queue keeps the deadline's due time and stop only; the rest of it does not move them.
  const deadline = deadlineAfter(
    row.dueAt === null
      ? null
      : {
          dueAt: row.dueAt,
          originalDueAt: row.dueAt,
          extended: false,
          extension: null,
          stoppedAt: row.stoppedAt,
        },
    event,
  );
  return {
    kind: row.kind,
    status: caseStatusAfter(row.status, event.type, appealsPending),
    openedByDepartmentId: row.openedByDepartmentId,
    summary: row.summary,
    openedAt: row.openedAt,
    dueAt: utc(deadline?.dueAt),
    stoppedAt: utc(deadline?.stoppedAt),
    appealsPending,
  };
}

async function applyCaseEvent(event: Recorded, manager: EntityManager): Promise<void> {
  const caseEvent = caseEventOf(event);
  if (caseEvent === undefined) return;
  const { caseId } = caseEvent.data;
  const queue = manager.getRepository(QueuedCase);
  const queued = await queuedRead.find(manager, caseId, () => queue.findOneBy({ caseId }));
  if (queued !== null && queued.lastPosition >= event.position) return;
  let columns: QueueColumns;
  if (queued !== null) columns = moved(queued, caseEvent, event);
  else if (caseEvent.type === 'CaseOpened') columns = opened(caseEvent);
  // An event of a case that was never opened cannot be applied (the runner parks it).
  else
    throw new Error(`${event.type} at position ${event.position}: case ${caseId} was never opened`);
  const labels = await labelled(
    manager,
    CaseworkerQueueName,
    queued?.labels ?? NO_LABELS,
    caseEvent,
  );
  const subjects = queued?.subjects ?? [];
  const row: QueuedCase = {
    caseId,
    ...columns,
    ...queueOrder(columns),
    lastPosition: event.position,
    labels,
    subjects:
      caseEvent.type === 'CaseSubjectNamed'
        ? [...subjects, { cadreId: caseEvent.data.cadreId, postId: caseEvent.data.postId }]
        : subjects,
  };
  if (queued === null) await queue.insert({ ...row });
  else await queue.update({ caseId }, { ...row });
  queuedRead.remember(manager, caseId, row);
  await moveQueueCounts(manager, queued, row);
}

/**
 * The caseworker queue: one row per case with what the queue shows, filters and sorts on, and how
 * many cases each slice of it holds, open and closed (queue-counts.ts).
 */
export const caseworkerQueueProjection: Projection = typedProjection({
  name: 'caseworker-queue',
  eventTypes: [...NAMING_EVENT_TYPES, ...CASE_EVENT_TYPES],
  entities: [QueuedCase, CaseworkerQueueName, QueueCount],
  async apply(event, manager): Promise<void> {
    const naming = namingOf(event);
    if (naming === undefined) return applyCaseEvent(event, manager);
    await manager.getRepository(CaseworkerQueueName).upsert(naming, ['kind', 'id']);
  },
});
