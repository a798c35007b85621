import Database from 'better-sqlite3';
import type { EntityManager } from 'typeorm';
import type { MemoryTable } from '../runner/in-memory/memory-table';

/** Most bound parameters in one PostgreSQL statement (it allows 65,535). */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 1_000;
/**
 * Rows per SQLite statement: one statement prepared per table and run again for each chunk; a
 * longer one costs more to prepare than it saves in calls.
 */
const SQLITE_ROWS = 100;

/** The better-sqlite3 connection behind a manager, when the read models are on SQLite. */
function sqliteConnectionOf(manager: EntityManager): Database.Database | undefined {
  const connection: unknown = Reflect.get(manager.connection.driver, 'databaseConnection');
  return connection instanceof Database ? connection : undefined;
}

/** better-sqlite3 binds no booleans (TypeORM turns them into 0/1 too). */
const bindable = (value: unknown): unknown =>
  typeof value === 'boolean' ? (value ? 1 : 0) : value;

/**
 * Writes a memory table's rows, in insertion order, into `target` within the manager's
 * transaction: on SQLite by one prepared multi-row statement run chunk after chunk on the
 * connection itself, on PostgreSQL by multi-row INSERTs of up to 1,000 rows.
 */
export async function insertRows(
  manager: EntityManager,
  target: string,
  table: MemoryTable,
): Promise<void> {
  const columns = table.columns.map((column) => `"${column.databaseName}"`).join(', ');
  const width = table.columns.length;
  const rows = table.all();
  const sqlite = sqliteConnectionOf(manager);
  if (sqlite) {
    const tuple = `(${table.columns.map(() => '?').join(', ')})`;
    const statementFor = (count: number) =>
      sqlite.prepare(
        `INSERT INTO ${target} (${columns}) VALUES ${Array.from({ length: count }, () => tuple).join(', ')}`,
      );
    const full = statementFor(SQLITE_ROWS);
    for (let start = 0; start < rows.length; start += SQLITE_ROWS) {
      const chunk = rows.slice(start, start + SQLITE_ROWS);
      const parameters = chunk.flatMap((row) => row.stored.map(bindable));
      (chunk.length === SQLITE_ROWS ? full : statementFor(chunk.length)).run(parameters);
    }
    return;
  }
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / width)));
  for (let start = 0; start < rows.length; start += perStatement) {
    const parameters: unknown[] = [];
    const tuples: string[] = [];
    for (const row of rows.slice(start, start + perStatement)) {
      const marks: string[] = [];
      for (const value of row.stored) marks.push(`$${parameters.push(value)}`);
      tuples.push(`(${marks.join(', ')})`);
    }
    await manager.query(
      `INSERT INTO ${target} (${columns}) VALUES ${tuples.join(', ')}`,
      parameters,
    );
  }
}
