import { type EventStore, WrongExpectedRevisionError } from '@dutyledger/event-store';

/** How an append ended: written, refused because the stream moved, or failed. */
export type AppendOutcome = 'ok' | 'conflict' | 'error';

/** Told the duration of every append to the event store (the api's metrics). */
export interface AppendObserver {
  appended(seconds: number, outcome: AppendOutcome): void;
}

/** Supplied by a process that measures its appends; the stores module times them when it is. */
export const APPEND_OBSERVER = Symbol('AppendObserver');

/**
 * The same store, with every `append` timed and reported to `observer`. Everything else goes
 * straight to the store (a Proxy, so methods the port gains later pass through untouched).
 */
export function timedAppends(store: EventStore, observer: AppendObserver): EventStore {
  const append: EventStore['append'] = async (stream, events, expected) => {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const result = await store.append(stream, events, expected);
      observer.appended(seconds(), 'ok');
      return result;
    } catch (error) {
      observer.appended(
        seconds(),
        error instanceof WrongExpectedRevisionError ? 'conflict' : 'error',
      );
      throw error;
    }
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'append') return append;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}
