import {
  type DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  EventSubscriber,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
  type TransactionStartEvent,
} from 'typeorm';
import { ComplianceTotal } from './compliance-total.entity';

/** Which total a move is of: a department's figure, counted `AT` or `FROM` a year. */
export type TotalKey = Pick<ComplianceTotal, 'departmentId' | 'kind' | 'year' | 'figure'>;

/** Adds `amount` to a total: one statement where the row is, an insert the first time. */
async function writeTotal(manager: EntityManager, key: TotalKey, amount: number): Promise<void> {
  const totals = manager.getRepository(ComplianceTotal);
  const moved = await totals.increment({ ...key }, 'amount', amount);
  if (!moved.affected) await totals.insert({ ...key, amount });
}

/** The moves of one transaction not written yet, summed by total, and the manager to write them. */
interface Pending {
  manager: EntityManager;
  totals: Map<string, TotalKey & { amount: number }>;
}

const pending = new WeakMap<QueryRunner, Pending>();

/**
 * Writes the totals a transaction moved just before it commits (and before a savepoint inside it
 * begins), each once with the sum of its moves; forgets them when it rolls back. A batch of events
 * moves the same totals again and again (every fact moves its department's and every department's
 * above it, the jurisdiction's root each time): summed, a batch writes each total once
 * (test/bench/README.md, "Compliance totals written once a batch"). Nothing reads the totals while a
 * batch is applied; the pages read them after it commits.
 */
@EventSubscriber()
export class PendingTotalsWriter implements EntitySubscriberInterface {
  async beforeTransactionStart(event: TransactionStartEvent): Promise<void> {
    if (event.queryRunner.isTransactionActive) await writePending(event.queryRunner);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    await writePending(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    pending.delete(event.queryRunner);
  }
}

async function writePending(runner: QueryRunner): Promise<void> {
  const moves = pending.get(runner);
  if (moves === undefined) return;
  pending.delete(runner);
  // A sum of nought is written too: moved one by one, the total's row would exist (at 0), and a
  // rebuild or a verification compares rows.
  for (const { amount, ...key } of moves.totals.values())
    await writeTotal(moves.manager, key, amount);
}

/** Whether a data source writes pending totals before its transactions commit. */
const writers = new WeakMap<DataSource, boolean>();

function writesPending(dataSource: DataSource): boolean {
  let known = writers.get(dataSource);
  if (known === undefined) {
    known = dataSource.subscribers.some((subscriber) => subscriber instanceof PendingTotalsWriter);
    writers.set(dataSource, known);
  }
  return known;
}

/**
 * Moves a total by `amount`: kept until the manager's transaction commits when it is in one whose
 * data source writes them then (openReadModels registers PendingTotalsWriter), else written now
 * (outside a transaction, in a rebuild's memory tables, on a data source without the writer).
 */
export async function moveTotal(
  manager: EntityManager,
  key: TotalKey,
  amount: number,
): Promise<void> {
  const runner = manager.queryRunner;
  if (runner === undefined || !runner.isTransactionActive || !writesPending(manager.connection)) {
    await writeTotal(manager, key, amount);
    return;
  }
  const moves: Pending = pending.get(runner) ?? { manager, totals: new Map() };
  pending.set(runner, moves);
  const id = JSON.stringify([key.departmentId, key.kind, key.year, key.figure]);
  const total = moves.totals.get(id) ?? { ...key, amount: 0 };
  total.amount += amount;
  moves.totals.set(id, total);
}
