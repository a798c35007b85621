/** Where a live stream writes: the raw HTTP response. */
export interface LiveOutput {
  write(chunk: string): unknown;
  end(): unknown;
}

/** A comment line every 15 s keeps proxies and browsers from closing a quiet stream. */
export const KEEP_ALIVE_MS = 15_000;

/** How long a browser waits before reconnecting after the stream breaks. */
const RETRY_MS = 3_000;

/** One Server-Sent Events stream: named events with JSON data, and keep-alive comments. */
export class LiveStream {
  private readonly keepAlive: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly output: LiveOutput,
    keepAliveMs: number = KEEP_ALIVE_MS,
  ) {
    this.output.write(`retry: ${RETRY_MS}\n\n`);
    this.keepAlive = setInterval(() => this.output.write(': keep-alive\n\n'), keepAliveMs);
    this.keepAlive.unref();
  }

  send(event: string, data: unknown): void {
    if (this.closed) return;
    // JSON.stringify never yields a raw newline, so the data fits on one `data:` line.
    this.output.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Stops the keep-alive; ends the response unless the client already went away. */
  close(endOutput: boolean): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.keepAlive);
    if (endOutput) this.output.end();
  }
}
