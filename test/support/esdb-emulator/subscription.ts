import { randomUUID } from 'node:crypto';
import type { ServerWritableStream } from '@grpc/grpc-js';
import type { EmulatorContext } from './emulator-context';
import { emulatorFault } from './grpc-errors';
import type { ReadReq, ReadResp } from './proto';
import { caughtUpResponse, confirmationResponse } from './read-response';
import { FeedFailure, type SubscriptionFeed } from './subscription-feeds';

type Call = ServerWritableStream<ReadReq, ReadResp>;

/**
 * Drives one subscription: `confirmation`, catch-up events, `caught_up`, then live events, all
 * read through one cursor so there is neither a gap nor a duplicate between catch-up and live.
 * Writes respect backpressure. The call stays open until the client cancels or the emulator
 * ends it (reset, stop), which closes it with an OK status.
 */
export class Subscription {
  private closed = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly call: Call,
    private readonly context: EmulatorContext,
    private readonly feed: SubscriptionFeed,
  ) {}

  start(): void {
    const forget = this.context.openCalls.add({
      kind: 'subscription',
      end: () => this.close(true),
    });
    const stopListening = this.context.log.onAppend(() => this.wakeUp());
    this.call.on('cancelled', () => this.close(false));
    this.call.on('close', () => this.close(false));
    this.run()
      .catch((error: unknown) => {
        const expected = error instanceof FeedFailure;
        if (!expected) this.context.reportFault(error);
        if (this.closed) return;
        this.closed = true;
        this.call.emit('error', expected ? error.failure : emulatorFault(error));
      })
      .finally(() => {
        stopListening();
        forget();
      });
  }

  private async run(): Promise<void> {
    await this.send(confirmationResponse(randomUUID()));
    let live = false;
    while (!this.closed) {
      const messages = this.feed.next();
      if (messages !== undefined) {
        for (const message of messages) await this.send(message);
      } else if (!live) {
        live = true;
        this.feed.goLive();
        await this.send(caughtUpResponse());
      } else {
        await this.sleep();
      }
    }
  }

  private async send(message: ReadResp): Promise<void> {
    if (this.closed) return;
    if (this.call.write(message)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.call.off('drain', done);
        resolve();
      };
      this.call.on('drain', done);
      this.wake = done;
    });
  }

  /** Until the next append, a drain or the end of the call. */
  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private close(endCall: boolean): void {
    if (this.closed) return;
    this.closed = true;
    if (endCall) this.call.end();
    this.wakeUp();
  }
}
