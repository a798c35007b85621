import type { CommandIdempotency, RecordedEvent } from '@dutyledger/event-store';

/** The answer a keyed command gave, as its own stored events tell it. */
export interface RecordedAnswer {
  request: string;
  id: string;
  revision: bigint;
  position: bigint;
}

/**
 * Collects, from events of one stream in order, the answer of every keyed command among them: the
 * id it answered and the revision and position of its last event.
 */
export function collectAnswers(
  events: readonly RecordedEvent[],
  into: Map<string, RecordedAnswer>,
): void {
  for (const event of events) {
    const keyed: CommandIdempotency | undefined = event.metadata.idempotency;
    if (!keyed) continue;
    into.set(keyed.key, {
      request: keyed.request,
      id: keyed.answer,
      revision: event.revision,
      position: event.position,
    });
  }
}
