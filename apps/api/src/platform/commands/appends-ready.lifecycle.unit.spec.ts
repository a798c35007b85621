import { Logger } from '@nestjs/common';
import type { EventStore } from '@dutyledger/event-store';
import { AppendsReadyLifecycle } from './appends-ready.lifecycle';

function storeReadying(outcome: Promise<void>) {
  let calls = 0;
  const store: Pick<EventStore, 'readyForAppends'> = {
    readyForAppends: () => {
      calls += 1;
      return outcome;
    },
  };
  return { store, calls: () => calls };
}

describe('AppendsReadyLifecycle', () => {
  afterEach(() => jest.restoreAllMocks());

  it('readies the event store for appends when the api boots', () => {
    const { store, calls } = storeReadying(Promise.resolve());
    new AppendsReadyLifecycle(store).onApplicationBootstrap();
    expect(calls()).toBe(1);
  });

  it('says a store that cannot be readied in a warning and lets the api start', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const { store } = storeReadying(Promise.reject(new Error('disk full')));
    expect(() => new AppendsReadyLifecycle(store).onApplicationBootstrap()).not.toThrow();
    await new Promise((resolve) => setImmediate(resolve));
    expect(warn).toHaveBeenCalledWith("The event store's write path is not ready yet: disk full");
  });
});
