import type { DomainEvent } from '@dutyledger/domain';
import type { Actor, CommandIdempotency, ProposedEvent } from '@dutyledger/event-store';
import type { EventDecoder } from '../codec/event-codec';

/** What a writer knows of the events it appends besides their data. */
export interface EnvelopeFacts {
  /** Who: from the caller's credentials, never from a request body. */
  readonly actor: Actor;
  readonly correlationId: string;
  /** The command (or read) that caused the events. */
  readonly causationId: string;
  /** When the system records them (ISO-8601), from the injected clock. */
  readonly recordedAt: string;
  /** The id of the `index`-th event: fresh, or derived from an Idempotency-Key. */
  readonly eventId: (index: number) => string;
  /** The key and answer of a keyed command, kept in its events' metadata. */
  readonly idempotency?: CommandIdempotency;
}

/**
 * The one envelope builder: domain events as the store takes them, each with its schema version
 * of today (from the codec), its business time (`occurredAt`) and the writer's facts.
 */
export function envelop(
  events: readonly DomainEvent[],
  facts: EnvelopeFacts,
  versions: Pick<EventDecoder, 'latestVersion'>,
): ProposedEvent[] {
  return events.map((event, index) => ({
    id: facts.eventId(index),
    type: event.type,
    schemaVersion: versions.latestVersion(event.type) ?? 1,
    data: { ...event.data },
    metadata: {
      actor: { id: facts.actor.id, role: facts.actor.role },
      correlationId: facts.correlationId,
      causationId: facts.causationId,
      occurredAt: event.data.occurredAt,
      recordedAt: facts.recordedAt,
      ...(facts.idempotency && { idempotency: facts.idempotency }),
    },
  }));
}
