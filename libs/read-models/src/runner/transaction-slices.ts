/**
 * How many events each projection's next transaction applies, for a projector on the api's event
 * loop (a transaction budget): a slice that took longer than the budget shrinks the next one, one
 * that took under half of it doubles it (up to the batch size). Without a budget a projection
 * applies each batch whole.
 */
export class TransactionSlices {
  /** Per projection, the size of its next slice (once it has applied one). */
  private readonly sizes = new Map<string, number>();

  constructor(
    private readonly budgetMs: number | undefined,
    private readonly batchSize: number,
  ) {}

  /**
   * The size of a projection's next slice of a batch of `batchLength`. Its first is the whole
   * batch, or with a budget a single event: a process's first slices are its slowest per event
   * (code not compiled yet, statements not prepared, name tables built on first use), and a first
   * slice of a whole batch held the api's first answer back for 0.4 s on the 1M-event store
   * (test/bench/README.md, "The first slices").
   */
  next(projection: string, batchLength: number): number {
    return this.sizes.get(projection) ?? (this.budgetMs === undefined ? batchLength : 1);
  }

  /** A slice of `size` applied `applied` events in `tookMs`: sizes the projection's next one. */
  took(projection: string, size: number, applied: number, tookMs: number): void {
    const budget = this.budgetMs;
    if (budget === undefined) return;
    const next =
      tookMs > budget
        ? Math.max(1, Math.floor((applied * budget) / tookMs))
        : tookMs < budget / 2 && applied === size
          ? Math.min(this.batchSize, size * 2)
          : size;
    this.sizes.set(projection, next);
  }
}
