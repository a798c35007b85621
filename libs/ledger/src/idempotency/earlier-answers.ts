import { type EventStore, StreamNotFoundError } from '@dutyledger/event-store';

/** The type of the events an earlier version wrote to remember answers. */
export const COMMAND_ANSWERED = 'CommandAnswered';

export interface EarlierAnswer {
  requestHash: unknown;
  body: unknown;
}

/**
 * Answers remembered the earlier way: a `CommandAnswered` event in a stream of its own
 * (`idempotency-<hash>`), written after the command. Stores written then keep answering retries
 * of those keys; nothing is written that way any more.
 */
export async function earlierAnswer(
  store: EventStore,
  key: string,
): Promise<EarlierAnswer | undefined> {
  try {
    const [event] = await store.readStream(`idempotency-${key.slice(0, 40)}`, { maxCount: 1 });
    return event ? { requestHash: event.data.requestHash, body: event.data.body } : undefined;
  } catch (error) {
    if (error instanceof StreamNotFoundError) return undefined;
    throw error;
  }
}
