import type { MessageEvent } from '@nestjs/common';
import type { ProjectionStatusReport } from '@dutyledger/read-models';
import { liveEvents } from './live-events';
import { ProjectionStatusFeed } from './projection-status.feed';

const REPORT: ProjectionStatusReport = { headPosition: '12', projections: [] };

describe('the live events', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('open with the reconnection delay, then the status report as a named event', async () => {
    const feed = new ProjectionStatusFeed(() => Promise.resolve(REPORT), 500);
    const sent: MessageEvent[] = [];
    const subscription = liveEvents(feed, 15_000).subscribe((event) => sent.push(event));
    await jest.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ retry: 3000 }, { type: 'projections', data: REPORT }]);
    subscription.unsubscribe();
  });

  it('write a keep-alive comment while quiet, and stop it and leave the feed when the client goes', async () => {
    const feed = new ProjectionStatusFeed(() => Promise.resolve(REPORT), 500);
    const sent: MessageEvent[] = [];
    const subscription = liveEvents(feed, 15_000).subscribe((event) => sent.push(event));
    await jest.advanceTimersByTimeAsync(30_000);
    const comments = () => sent.filter((event) => event.comment === 'keep-alive');
    expect(comments()).toHaveLength(2);
    expect(feed.listening).toBe(1);
    subscription.unsubscribe();
    expect(feed.listening).toBe(0);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(comments()).toHaveLength(2);
  });

  it('end when the feed ends (the api stops), so the response is not left open', async () => {
    const feed = new ProjectionStatusFeed(() => Promise.resolve(REPORT), 500);
    const complete = jest.fn();
    liveEvents(feed, 15_000).subscribe({ complete });
    await jest.advanceTimersByTimeAsync(0);
    feed.beforeApplicationShutdown();
    expect(complete).toHaveBeenCalledTimes(1);
  });
});
