import type { DestinationStream } from 'pino';

/** A log destination that keeps every line, parsed: what a log collector would receive. */
export class LogLines implements DestinationStream {
  readonly raw: string[] = [];

  write(chunk: string): void {
    this.raw.push(...chunk.split('\n').filter((line) => line !== ''));
  }

  /** Every line as JSON (a line that is not JSON fails the test that reads it). */
  all(): Record<string, unknown>[] {
    return this.raw.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  /** The lines carrying `correlationId`. */
  of(correlationId: string): Record<string, unknown>[] {
    return this.all().filter((line) => line.correlationId === correlationId);
  }
}
