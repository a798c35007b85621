import type { MessageEvent } from '@nestjs/common';
import { Observable } from 'rxjs';
import type { ProjectionStatusFeed } from './projection-status.feed';

/** A comment line every 15 s keeps proxies and browsers from closing a quiet stream. */
export const KEEP_ALIVE_MS = 15_000;

/** How long a browser waits before reconnecting after the stream breaks. */
export const RETRY_MS = 3_000;

/**
 * The live stream as Nest's `@Sse()` sends it: the reconnection delay first, then an
 * `event: projections` with the status report at once and whenever it changes, and `: keep-alive`
 * comments in between. It completes when the feed ends (the api stops); a client that goes away
 * unsubscribes, which stops the keep-alive and leaves the feed.
 */
export function liveEvents(
  feed: ProjectionStatusFeed,
  keepAliveMs: number = KEEP_ALIVE_MS,
): Observable<MessageEvent> {
  return new Observable<MessageEvent>((subscriber) => {
    subscriber.next({ retry: RETRY_MS });
    const keepAlive = setInterval(() => subscriber.next({ comment: 'keep-alive' }), keepAliveMs);
    keepAlive.unref();
    const leave = feed.subscribe(
      (report) => subscriber.next({ type: 'projections', data: report }),
      () => subscriber.complete(),
    );
    return () => {
      clearInterval(keepAlive);
      leave();
    };
  });
}
