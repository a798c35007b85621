import { toUtcIso } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../../runner/projection';
import { CASE_EVENT_TYPE_NAMES, caseEventOf, evolvedCase } from '../case-events';
import { NAMING_EVENT_TYPES, NO_LABELS, labelled, namingOf } from '../case-labels';
import { currentCase } from '../stored-case';
import { TransactionMemo } from '../transaction-memo';
import { CaseworkerQueueName } from './caseworker-queue-name.entity';
import { QueuedCase } from './queued-case.entity';

const utc = (iso: string | null | undefined): string | null =>
  iso === null || iso === undefined ? null : toUtcIso(iso);

const queuedRead = new TransactionMemo<QueuedCase>();

async function applyCaseEvent(event: RecordedEvent, manager: EntityManager): Promise<void> {
  const caseEvent = caseEventOf(event);
  if (caseEvent === undefined) return;
  const { caseId } = caseEvent.data;
  const queue = manager.getRepository(QueuedCase);
  const queued = await queuedRead.find(manager, caseId, () => queue.findOneBy({ caseId }));
  if (queued !== null && queued.lastPosition >= event.position) return;
  const before = queued?.state ? currentCase(queued.state) : null;
  const state = evolvedCase(before, caseEvent, event);
  const labels = await labelled(
    manager,
    CaseworkerQueueName,
    queued?.labels ?? NO_LABELS,
    caseEvent,
  );
  const row: QueuedCase = {
    caseId,
    kind: state.kind,
    status: state.status,
    openedByDepartmentId: state.openedByDepartmentId,
    openedAt: toUtcIso(state.openedAt),
    dueAt: utc(state.deadline?.dueAt),
    stoppedAt: utc(state.deadline?.stoppedAt),
    lastPosition: event.position,
    state,
    labels,
  };
  if (queued === null) await queue.insert({ ...row });
  else await queue.update({ caseId }, { ...row });
  queuedRead.remember(manager, caseId, row);
}

/** The caseworker queue: one row per case with what the queue filters and sorts on. */
export const caseworkerQueueProjection: Projection = {
  name: 'caseworker-queue',
  eventTypes: [...NAMING_EVENT_TYPES, ...CASE_EVENT_TYPE_NAMES],
  entities: [QueuedCase, CaseworkerQueueName],
  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const naming = namingOf(event);
    if (naming === undefined) return applyCaseEvent(event, manager);
    await manager.getRepository(CaseworkerQueueName).upsert(naming, ['kind', 'id']);
  },
};
