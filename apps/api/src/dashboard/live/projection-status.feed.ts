import type { BeforeApplicationShutdown } from '@nestjs/common';
import type { ProjectionStatusReport } from '@dutyledger/read-models';

export type ProjectionStatusSource = () => Promise<ProjectionStatusReport>;

interface Subscriber {
  send: (report: ProjectionStatusReport) => void;
  end: () => void;
  /** The report last sent to this subscriber, as JSON: only a change is sent again. */
  last?: string;
}

/** How often the status is read while anyone listens (the brief's ~500 ms). */
export const POLL_MS = 500;

/**
 * One poll of the projection status shared by every open live stream: it runs only while at
 * least one stream is open, sends each new subscriber the status at once, and afterwards only
 * when it has changed.
 */
export class ProjectionStatusFeed implements BeforeApplicationShutdown {
  private readonly subscribers = new Set<Subscriber>();
  private timer: NodeJS.Timeout | undefined;
  private reading = false;

  constructor(
    private readonly source: ProjectionStatusSource,
    private readonly pollMs: number = POLL_MS,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Starts sending status reports; call the returned function to stop. */
  subscribe(send: Subscriber['send'], end: Subscriber['end']): () => void {
    const subscriber: Subscriber = { send, end };
    this.subscribers.add(subscriber);
    void this.read().then((report) => {
      if (report && this.subscribers.has(subscriber)) this.deliver(subscriber, report);
    });
    this.schedule();
    return () => this.unsubscribe(subscriber);
  }

  /** How many streams are open (for tests and the status of the process). */
  get listening(): number {
    return this.subscribers.size;
  }

  /** Whether a poll is scheduled or running. */
  get polling(): boolean {
    return this.timer !== undefined || this.reading;
  }

  /** Open streams would keep the HTTP server from closing: end them first. */
  beforeApplicationShutdown(): void {
    const open = [...this.subscribers];
    this.subscribers.clear();
    this.stopTimer();
    for (const subscriber of open) subscriber.end();
  }

  private unsubscribe(subscriber: Subscriber): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size === 0) this.stopTimer();
  }

  /** A poll already reading finds no subscriber when it finishes, and does not reschedule. */
  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** At most one poll is ever waiting or reading. */
  private schedule(): void {
    if (this.timer || this.reading || this.subscribers.size === 0) return;
    this.timer = setTimeout(() => void this.tick(), this.pollMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    this.reading = true;
    const report = await this.read();
    if (report) for (const subscriber of this.subscribers) this.deliver(subscriber, report);
    this.reading = false;
    this.schedule();
  }

  private async read(): Promise<ProjectionStatusReport | undefined> {
    try {
      return await this.source();
    } catch (error) {
      this.onError(error);
      return undefined;
    }
  }

  private deliver(subscriber: Subscriber, report: ProjectionStatusReport): void {
    const json = JSON.stringify(report);
    if (json === subscriber.last) return;
    subscriber.last = json;
    subscriber.send(report);
  }
}
