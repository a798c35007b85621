import { type EventStore, WrongExpectedRevisionError } from '@dutyledger/event-store';
import { type AppendOutcome, timedAppends } from './timed-appends';

/** A store whose appends answer in turn: written, refused (the stream moved), failed. */
class ScriptedStore {
  private calls = 0;
  readonly closed: string[] = [];

  append(): ReturnType<EventStore['append']> {
    this.calls++;
    if (this.calls === 1) return Promise.resolve({ nextExpectedRevision: 0n, position: 1n });
    if (this.calls === 2) return Promise.reject(new WrongExpectedRevisionError('s', 0n, 3n));
    return Promise.reject(new Error('disk full'));
  }

  close(): Promise<void> {
    this.closed.push('closed');
    return Promise.resolve();
  }
}

/**
 * The scripted store as the port itself: an appendAll of two appends answers as one scripted
 * write; whatever else a test does not script refuses to run.
 */
function portOf(scripted: ScriptedStore): EventStore {
  const unscripted = () => Promise.reject(new Error('not scripted'));
  return {
    append: () => scripted.append(),
    appendAll: () => scripted.append().then((result) => [result, result]),
    readStream: unscripted,
    deleteStream: unscripted,
    tombstoneStream: unscripted,
    readAll: unscripted,
    countAfter: unscripted,
    subscribeToAll: () => {
      throw new Error('not scripted');
    },
    readyForAppends: unscripted,
    close: () => scripted.close(),
  };
}

describe('timed appends', () => {
  it('reports each append with its duration and outcome, and answers or throws as the store did', async () => {
    const scripted = new ScriptedStore();
    const seen: [number, AppendOutcome][] = [];
    const store = timedAppends(scripted as unknown as EventStore, {
      appended: (seconds, outcome) => seen.push([seconds, outcome]),
    });
    await expect(store.append('s', [], 'any')).resolves.toEqual({
      nextExpectedRevision: 0n,
      position: 1n,
    });
    await expect(store.append('s', [], 0n)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    await expect(store.append('s', [], 'any')).rejects.toThrow('disk full');
    expect(seen.map(([, outcome]) => outcome)).toEqual(['ok', 'conflict', 'error']);
    for (const [seconds] of seen) expect(seconds).toBeGreaterThanOrEqual(0);
  });

  it('reports an appendAll as one write, whatever it holds', async () => {
    const seen: AppendOutcome[] = [];
    const store = timedAppends(portOf(new ScriptedStore()), {
      appended: (_seconds, outcome) => seen.push(outcome),
    });
    const appends = [
      { stream: 'a', events: [], expected: 'any' as const },
      { stream: 'b', events: [], expected: 'any' as const },
    ];
    await expect(store.appendAll(appends)).resolves.toHaveLength(2);
    await expect(store.appendAll(appends)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(seen).toEqual(['ok', 'conflict']);
  });

  it('leaves everything else to the store itself', async () => {
    const scripted = new ScriptedStore();
    const store = timedAppends(scripted as unknown as EventStore, { appended: () => undefined });
    const { close } = store;
    await close();
    expect(scripted.closed).toEqual(['closed']);
    expect(store).toBeInstanceOf(ScriptedStore);
  });
});
