import type { JurisdictionCalendar } from '@dutyledger/domain';
import type { UpcasterRegistry } from '@dutyledger/event-store';
import type { RetryPolicy, RunnerFaults } from './apply-batch';
import type { Lease } from './projection-lease';

/** How a ProjectionRunner applies its projections (every option has a default). */
export interface ProjectionRunnerOptions {
  upcasters?: UpcasterRegistry;
  clock?: () => Date;
  /** The jurisdiction's calendar (DUTYLEDGER_TIME_ZONE); the default jurisdiction's when left out. */
  calendar?: JurisdictionCalendar;
  onError?: (error: unknown) => void;
  /** Most events applied in one transaction (default 500). */
  batchSize?: number;
  /**
   * For a projector on the api's event loop: about how many milliseconds one projection's
   * transaction may hold the loop. Each projection's share of a batch is then applied in slices,
   * with a turn of the loop between them, the first of one event; a slice that took longer shrinks
   * the next one, one far shorter lets it grow (up to `batchSize`). Without it a projection applies
   * a batch whole.
   */
  transactionBudgetMs?: number;
  /**
   * Awaited before each transaction: a projector on the api's loop waits there while the api is
   * answering requests (at most a bounded time), so a request is not held between its own steps.
   */
  beforeTransaction?: () => Promise<void>;
  /** Milliseconds from some origin, for the transaction budget (tests; `performance.now`). */
  now?: () => number;
  /** Test support: crash points. */
  faults?: RunnerFaults;
  /** How writes that fail for a transient reason are retried (default 5 tries from 100 ms). */
  retry?: RetryPolicy;
  /** Told of each transient failure that outlasted the retries; the runner waits and resumes. */
  onTransientFailure?: (error: unknown) => void;
  /**
   * Which projections this process may apply, when several projector processes run: the runner
   * applies only those, asks again before each batch, and resubscribes when the set changes.
   * Without one it applies every projection.
   */
  lease?: Lease;
  /**
   * Started with the runner and stopped after it: e.g. a WalCheckpointer, which takes a SQLite
   * read-model database's WAL checkpoints off the runner's thread.
   */
  checkpointer?: { start(): void; stop(): Promise<void> };
}
