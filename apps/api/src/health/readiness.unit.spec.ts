import type { EventStore } from '@dutyledger/event-store';
import type { DataSource } from 'typeorm';
import { readiness } from './readiness';

const never = () => new Promise<never>(() => undefined);

describe('readiness', () => {
  it('is not ready when the event store fails and the read models do not answer in time', async () => {
    const store = {
      readAll: () => Promise.reject(new Error('connection lost')),
    } as unknown as EventStore;
    const readModels = { getRepository: () => ({ find: never }) } as unknown as DataSource;
    const errors: unknown[] = [];
    const answer = await readiness(store, readModels, [], 100, (error) => errors.push(error), 20);
    expect(answer).toEqual({
      ready: false,
      eventStore: { ok: false, error: 'failed' },
      readModels: { ok: false, error: 'timed out' },
      projections: { ok: false, maxLag: 100, behind: [] },
    });
    expect(errors).toEqual([new Error('connection lost')]);
  });
});
