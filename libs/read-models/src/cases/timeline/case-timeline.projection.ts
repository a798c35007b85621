import { CASE_EVENT_TYPES, toUtcIso } from '@dutyledger/domain';
import { narrateCaseEvent } from '../../narrative';
import type { Recorded } from '@dutyledger/ledger';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../../runner/projection';
import { typedProjection } from '../../runner/typed-projection';
import { caseEventOf, evolvedCase } from '../case-events';
import { NAMING_EVENT_TYPES, NO_LABELS, labelled, namingOf } from '../case-labels';
import { currentCase } from '../stored-case';
import { TransactionMemo } from '../transaction-memo';
import { CaseHeaderRow } from './case-header.entity';
import { CaseTimelineEntry } from './case-timeline-entry.entity';
import { CaseTimelineName } from './case-timeline-name.entity';

const headersRead = new TransactionMemo<CaseHeaderRow>();

async function applyCaseEvent(event: Recorded, manager: EntityManager): Promise<void> {
  const caseEvent = caseEventOf(event);
  if (caseEvent === undefined) return;
  const { caseId } = caseEvent.data;
  const headers = manager.getRepository(CaseHeaderRow);
  const header = await headersRead.find(manager, caseId, () => headers.findOneBy({ caseId }));
  if (header !== null && header.lastPosition >= event.position) return;
  const before = header?.state ? currentCase(header.state) : null;
  const after = evolvedCase(before, caseEvent, event);
  const labels = await labelled(manager, CaseTimelineName, header?.labels ?? NO_LABELS, caseEvent);
  const decidedSanctions = { ...header?.decidedSanctions };
  if (caseEvent.type === 'SanctionDecided') {
    decidedSanctions[caseEvent.data.sanctionId] = caseEvent.data.sanction;
  }
  const appealDeciders = { ...header?.appealDeciders };
  if (caseEvent.type === 'AppealDecided') {
    appealDeciders[caseEvent.data.appealId] = caseEvent.data.decidedBy;
  }
  const row: CaseHeaderRow = {
    caseId,
    revision: event.revision,
    lastPosition: event.position,
    state: after,
    labels,
    decidedSanctions,
    appealDeciders,
  };
  if (header === null) await headers.insert({ ...row });
  else await headers.update({ caseId }, { ...row });
  headersRead.remember(manager, caseId, row);
  await manager.getRepository(CaseTimelineEntry).insert({
    caseId,
    position: event.position,
    revision: event.revision,
    eventId: event.id,
    type: event.type,
    actorId: event.metadata.actor.id,
    actorRole: event.metadata.actor.role,
    occurredAt: toUtcIso(event.metadata.occurredAt),
    recordedAt: toUtcIso(event.metadata.recordedAt),
    message: narrateCaseEvent(caseEvent, {
      actorId: event.metadata.actor.id,
      before,
      names: labels,
    }),
  });
}

/**
 * The case timeline: per case, every case event in order with its message of the case narrative,
 * and the case header
 * (folded with the domain's own `caseDecider.evolve`, so statuses follow the domain's rules).
 */
export const caseTimelineProjection: Projection = typedProjection({
  name: 'case-timeline',
  eventTypes: [...NAMING_EVENT_TYPES, ...CASE_EVENT_TYPES],
  entities: [CaseHeaderRow, CaseTimelineEntry, CaseTimelineName],
  async apply(event, manager): Promise<void> {
    const naming = namingOf(event);
    if (naming === undefined) return applyCaseEvent(event, manager);
    await manager.getRepository(CaseTimelineName).upsert(naming, ['kind', 'id']);
  },
});
