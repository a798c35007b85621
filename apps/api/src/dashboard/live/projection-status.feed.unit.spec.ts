import type { ProjectionStatusReport } from '@dutyledger/read-models';
import { ProjectionStatusFeed } from './projection-status.feed';

const report = (position: number, lag = 0): ProjectionStatusReport => ({
  headPosition: String(position + lag),
  projections: [
    {
      name: 'departments',
      position: String(position),
      lag,
      lagAtLeast: false,
      parked: 0,
      caughtUp: lag === 0,
      heldBy: null,
    },
  ],
});

/** A status source whose answer the test sets, counting how often it is read. */
function source(initial: ProjectionStatusReport) {
  const state = { current: initial, reads: 0 };
  const read = () => {
    state.reads += 1;
    return Promise.resolve(state.current);
  };
  return { state, read };
}

/** Lets the feed's pending promise callbacks run (reads resolve on the microtask queue). */
const settle = () => jest.advanceTimersByTimeAsync(0);

describe('the projection status feed', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends a new subscriber the status at once, before the first poll', async () => {
    const { read } = source(report(7));
    const feed = new ProjectionStatusFeed(read, 500);
    const sent: ProjectionStatusReport[] = [];
    const stop = feed.subscribe((status) => sent.push(status), jest.fn());
    await settle();
    expect(sent).toEqual([report(7)]);
    stop();
  });

  it('sends again only when the status has changed', async () => {
    const { state, read } = source(report(7));
    const feed = new ProjectionStatusFeed(read, 500);
    const sent: ProjectionStatusReport[] = [];
    const stop = feed.subscribe((status) => sent.push(status), jest.fn());
    await settle();
    await jest.advanceTimersByTimeAsync(1_500);
    expect(sent).toHaveLength(1);
    state.current = report(9, 2);
    await jest.advanceTimersByTimeAsync(500);
    state.current = report(11);
    await jest.advanceTimersByTimeAsync(500);
    expect(sent).toEqual([report(7), report(9, 2), report(11)]);
    stop();
  });

  it('polls once per interval for all subscribers, and stops when the last one leaves', async () => {
    const { state, read } = source(report(1));
    const feed = new ProjectionStatusFeed(read, 500);
    const stopFirst = feed.subscribe(jest.fn(), jest.fn());
    const stopSecond = feed.subscribe(jest.fn(), jest.fn());
    await settle();
    const afterSubscribing = state.reads;
    await jest.advanceTimersByTimeAsync(2_000);
    expect(state.reads - afterSubscribing).toBe(4);
    stopFirst();
    expect(feed.polling).toBe(true);
    stopSecond();
    expect(feed.polling).toBe(false);
    const afterLeaving = state.reads;
    await jest.advanceTimersByTimeAsync(5_000);
    expect(state.reads).toBe(afterLeaving);
    expect(feed.listening).toBe(0);
  });

  it('keeps a single poll when a subscriber arrives while a read is in flight', async () => {
    const pending: (() => void)[] = [];
    let manual = true;
    let reads = 0;
    const slow = () => {
      reads += 1;
      if (!manual) return Promise.resolve(report(reads));
      return new Promise<ProjectionStatusReport>((resolve) =>
        pending.push(() => resolve(report(reads))),
      );
    };
    const feed = new ProjectionStatusFeed(slow, 500);
    const stopFirst = feed.subscribe(jest.fn(), jest.fn());
    pending.shift()?.();
    await jest.advanceTimersByTimeAsync(500);
    expect(pending).toHaveLength(1); // the poll is reading
    stopFirst();
    const stopSecond = feed.subscribe(jest.fn(), jest.fn());
    manual = false;
    for (const resolve of pending.splice(0)) resolve();
    await settle();
    const before = reads;
    await jest.advanceTimersByTimeAsync(2_000);
    expect(reads - before).toBe(4);
    stopSecond();
  });

  it('goes on after a failed read and reports the error', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const flaky = () =>
      fail ? Promise.reject(new Error('database away')) : Promise.resolve(report(3));
    const feed = new ProjectionStatusFeed(flaky, 500, (error) => errors.push(error));
    const sent: ProjectionStatusReport[] = [];
    const stop = feed.subscribe((status) => sent.push(status), jest.fn());
    await settle();
    expect(sent).toEqual([]);
    fail = false;
    await jest.advanceTimersByTimeAsync(500);
    expect(sent).toEqual([report(3)]);
    expect(errors).toHaveLength(1);
    stop();
  });

  it('ends every open stream before the application shuts down, and stops polling', async () => {
    const { read } = source(report(1));
    const feed = new ProjectionStatusFeed(read, 500);
    const ends = [jest.fn(), jest.fn()];
    feed.subscribe(jest.fn(), ends[0] ?? jest.fn());
    feed.subscribe(jest.fn(), ends[1] ?? jest.fn());
    await settle();
    feed.beforeApplicationShutdown();
    expect(ends.map((end) => end.mock.calls.length)).toEqual([1, 1]);
    expect(feed.polling).toBe(false);
    expect(feed.listening).toBe(0);
  });
});
