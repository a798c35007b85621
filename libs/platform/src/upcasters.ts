import {
  ACCESS_LOG_EVENT_SCHEMA_VERSIONS,
  type AppealDecidedV1Data,
  CASE_EVENT_SCHEMA_VERSIONS,
  type CadreAppointedToPostV1Data,
  type CaseDecidedV1Data,
  type DeadlineExtendedV1Data,
  EVENT_SCHEMA_VERSIONS,
  type FailureToPerformRecordedV1Data,
  type FindingRecordedV1Data,
  upcastAppealDecidedV1,
  upcastCadreAppointedToPostV1,
  upcastCaseDecidedV1,
  upcastDeadlineExtendedV1,
  upcastFailureToPerformRecordedV1,
  upcastFindingRecordedV1,
} from '@dutyledger/domain';
import { type RecordedEvent, UpcasterRegistry } from '@dutyledger/event-store';

/** The actor who appended a stored event: who recorded a finding, decided a case or an appeal. */
const actorOf = (stored: RecordedEvent): string | null => stored.metadata.actor.id || null;

/**
 * The schema version of every stored event type, and the upcasters of older versions.
 * An older version's upcaster is registered here beside it.
 */
export function domainUpcasters(): UpcasterRegistry {
  const registry = new UpcasterRegistry();
  for (const [type, version] of Object.entries({
    ...EVENT_SCHEMA_VERSIONS,
    ...CASE_EVENT_SCHEMA_VERSIONS,
    ...ACCESS_LOG_EVENT_SCHEMA_VERSIONS,
  })) {
    registry.declare(type, version);
  }
  registry.register('DeadlineExtended', 1, (data) => ({
    ...upcastDeadlineExtendedV1(data as unknown as DeadlineExtendedV1Data),
  }));
  registry.register('FindingRecorded', 1, (data, stored) => ({
    ...upcastFindingRecordedV1(data as unknown as FindingRecordedV1Data, actorOf(stored)),
  }));
  registry.register('CaseDecided', 1, (data, stored) => ({
    ...upcastCaseDecidedV1(data as unknown as CaseDecidedV1Data, actorOf(stored)),
  }));
  registry.register('AppealDecided', 1, (data, stored) => ({
    ...upcastAppealDecidedV1(data as unknown as AppealDecidedV1Data, actorOf(stored)),
  }));
  registry.register('FailureToPerformRecorded', 1, (data) => ({
    ...upcastFailureToPerformRecordedV1(data as unknown as FailureToPerformRecordedV1Data),
  }));
  registry.register('CadreAppointedToPost', 1, (data) => ({
    ...upcastCadreAppointedToPostV1(data as unknown as CadreAppointedToPostV1Data),
  }));
  return registry;
}
