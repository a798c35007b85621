import {
  ACCESS_LOG_EVENT_SCHEMA_VERSIONS,
  CASE_EVENT_SCHEMA_VERSIONS,
  type DeadlineExtendedV1Data,
  EVENT_SCHEMA_VERSIONS,
  upcastDeadlineExtendedV1,
} from '@dutyledger/domain';
import { UpcasterRegistry } from '@dutyledger/event-store';

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
  return registry;
}
