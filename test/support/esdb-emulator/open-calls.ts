/** A call that stays open (subscription, BatchAppend) and can be ended by the emulator. */
export interface OpenCall {
  readonly kind: 'subscription' | 'batch-append';
  /** Ends the call; a no-op if it already finished. */
  end(): void;
}

/** The calls still open, so that `reset()` and `stop()` can end them. */
export class OpenCalls {
  private readonly calls = new Set<OpenCall>();

  /** Registers `call`; returns the function that forgets it once it finished on its own. */
  add(call: OpenCall): () => void {
    this.calls.add(call);
    return () => this.calls.delete(call);
  }

  /** Ends the open calls of `kind`, or all of them. */
  endAll(kind?: OpenCall['kind']): void {
    for (const call of [...this.calls]) {
      if (kind !== undefined && call.kind !== kind) continue;
      this.calls.delete(call);
      call.end();
    }
  }

  count(kind: OpenCall['kind']): number {
    return [...this.calls].filter((call) => call.kind === kind).length;
  }
}
