/**
 * How many requests the api is answering now, for a projector that shares its event loop
 * (DUTYLEDGER_PROJECTOR=in-process): before each transaction the projector waits until none is
 * left (`settled`), at most `maxWaitMs`, so a request is not held between its own steps by
 * transactions that started while it awaited the store. A request that waits on the projector
 * itself (a command reading projected facts) steps aside while it waits (`asideWhile`), so the two
 * never wait on each other. The projector child and a separate projector have no requests: there
 * it never waits.
 */
export class RequestsInFlight {
  private count = 0;
  private readonly waiters = new Set<() => void>();

  get size(): number {
    return this.count;
  }

  /** A request has arrived. */
  begin(): void {
    this.count += 1;
  }

  /** A request has been answered (or abandoned). */
  end(): void {
    this.count = Math.max(0, this.count - 1);
    if (this.count === 0) this.wake();
  }

  /** Resolves once no request is in flight, or after `maxWaitMs` at the latest. */
  settled(maxWaitMs: number): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, maxWaitMs);
      this.waiters.add(done);
    });
  }

  /** Runs `work` as if its request were not in flight (it waits on what `settled` holds back). */
  async asideWhile<T>(work: () => Promise<T>): Promise<T> {
    // Outside a counted request (none in flight) there is nothing to step aside from.
    const counted = this.count > 0;
    if (counted) this.end();
    try {
      return await work();
    } finally {
      if (counted) this.begin();
    }
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
