import type { RecordedEvent } from '../port/envelope';
import type { ReadAllOptions } from '../port/event-store.port';
import { readLogHeads } from './log-heads';

/** A log of `count` events, one stream each, read through `readAll` as a store answers it. */
function logOf(count: number, read: (from: bigint) => void) {
  const events = Array.from(
    { length: count },
    (_, at) =>
      ({ stream: `s-${at}`, revision: 0n, position: BigInt(at + 1), hash: `h${at}` }) as Pick<
        RecordedEvent,
        'stream' | 'revision' | 'position' | 'hash'
      > as RecordedEvent,
  );
  return {
    readAll: (options: ReadAllOptions = {}) => {
      const asked = options.fromPosition ?? 1n;
      const from = typeof asked === 'bigint' ? asked : asked.commit;
      read(from);
      const page = events.filter((event) => event.position >= from);
      return Promise.resolve(page.slice(0, options.maxCount ?? page.length));
    },
  };
}

describe('walking the log for its heads', () => {
  it('leaves the event loop a turn between pages, so that a long walk holds no request up', async () => {
    const seen: string[] = [];
    const store = logOf(5, (from) => seen.push(`page from ${from}`));
    setImmediate(() => seen.push('another task'));

    const { end } = await readLogHeads(store, [], undefined, 2);

    expect(end.events).toBe(5);
    expect(seen.indexOf('another task')).toBeGreaterThan(-1);
    expect(seen.indexOf('another task')).toBeLessThan(seen.indexOf('page from 5'));
  });
});
