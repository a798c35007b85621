import { CASE_EVENT_SCHEMA_VERSIONS, EVENT_SCHEMA_VERSIONS } from '@dutyledger/domain';
import { UpcasterRegistry } from '@dutyledger/event-store';

/**
 * The schema version of every stored event type, and the upcasters of older versions.
 * Every type is at version 1 so far; an older version's upcaster is registered here beside it.
 */
export function domainUpcasters(): UpcasterRegistry {
  const registry = new UpcasterRegistry();
  for (const [type, version] of Object.entries({
    ...EVENT_SCHEMA_VERSIONS,
    ...CASE_EVENT_SCHEMA_VERSIONS,
  })) {
    registry.declare(type, version);
  }
  return registry;
}
