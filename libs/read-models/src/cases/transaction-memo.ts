import type { EntityManager } from 'typeorm';

/**
 * The rows a projection has read or written in the current transaction, by key, so that the
 * events of one runner batch do not read back the row the previous event just wrote. The memo
 * is tied to the transaction's EntityManager: a rolled-back transaction takes its memo with it,
 * so a stale row can never be served.
 */
export class TransactionMemo<Row> {
  private readonly memos = new WeakMap<EntityManager, Map<string, Row>>();

  /** The row remembered in this transaction, or the one `read` finds (remembered for next time). */
  async find(
    manager: EntityManager,
    key: string,
    read: () => Promise<Row | null>,
  ): Promise<Row | null> {
    const memo = this.memoOf(manager);
    const remembered = memo.get(key);
    if (remembered !== undefined) return remembered;
    const row = await read();
    if (row !== null) memo.set(key, row);
    return row;
  }

  /** Remembers the row as just written. */
  remember(manager: EntityManager, key: string, row: Row): void {
    this.memoOf(manager).set(key, row);
  }

  private memoOf(manager: EntityManager): Map<string, Row> {
    let memo = this.memos.get(manager);
    if (memo === undefined) {
      memo = new Map();
      this.memos.set(manager, memo);
    }
    return memo;
  }
}
