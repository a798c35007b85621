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
 * The same store, with every `append` and `appendAll` timed and reported to `observer` (an
 * `appendAll` is one write: one report). Everything else goes straight to the store (a Proxy, so
 * methods the port gains later pass through untouched).
 */
export function timedAppends(store: EventStore, observer: AppendObserver): EventStore {
  const timed = async <T>(write: () => Promise<T>): Promise<T> => {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const result = await write();
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
  const append: EventStore['append'] = (stream, events, expected) =>
    timed(() => store.append(stream, events, expected));
  const appendAll: EventStore['appendAll'] = (appends) => timed(() => store.appendAll(appends));
  return new Proxy(store, {
    get(target, property) {
      if (property === 'append') return append;
      if (property === 'appendAll') return appendAll;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}
