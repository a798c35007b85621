import type { RecordedAnswer } from '../idempotency/recorded-answers';

/** A stream folded up to a revision, with the answers of the keyed commands found in it. */
export interface FoldedStream<S = unknown> {
  /** The fold's evolve function and initial state: a stream folded by another decider misses. */
  decider: object;
  state: S;
  revision: bigint;
  answers: Map<string, RecordedAnswer>;
}

/**
 * The last folds of the most recently used streams. A command then reads only the events stored
 * after the fold (usually none) instead of its whole stream; events are never changed or removed,
 * so a fold stays true up to its revision, whoever appended after it.
 */
export class FoldedStreams {
  private readonly folds = new Map<string, FoldedStream>();

  constructor(private readonly capacity: number) {}

  get<S>(stream: string, decider: object): FoldedStream<S> | undefined {
    const fold = this.folds.get(stream);
    if (fold?.decider !== decider) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.folds.delete(stream);
    this.folds.set(stream, fold);
    return fold as FoldedStream<S>;
  }

  /** Keeps `fold` unless a fold of the same decider that reaches further is already kept. */
  keep<S>(stream: string, fold: FoldedStream<S>): void {
    const kept = this.folds.get(stream);
    if (kept?.decider === fold.decider && kept.revision >= fold.revision) return;
    this.folds.delete(stream);
    this.folds.set(stream, fold);
    if (this.folds.size > this.capacity) {
      const oldest = this.folds.keys().next();
      if (!oldest.done) this.folds.delete(oldest.value);
    }
  }
}
