import Database from 'better-sqlite3';
import type { EntityManager } from 'typeorm';
import type { MemoryRow, MemoryTable } from '../runner/in-memory/memory-table';
import { sqliteConnectionOf } from '../database/sqlite-connection';

/** Rows per PostgreSQL statement: one array per column, so the size is bounded only by memory. */
const POSTGRES_ROWS = 5_000;
/**
 * Rows per SQLite statement: one statement prepared per table and run again for each chunk; a
 * longer one costs more to prepare than it saves in calls.
 */
const SQLITE_ROWS = 100;
/** SQLite's page cache while a table is swapped in (KiB, as `cache_size` takes a negative). */
const SWAP_CACHE_KIB = 65_536;

/** better-sqlite3 binds no booleans (TypeORM turns them into 0/1 too). */
const bindable = (value: unknown): unknown =>
  typeof value === 'boolean' ? (value ? 1 : 0) : value;

interface IndexDefinition {
  name: string;
  sql: string;
}

/**
 * Replaces every row of the live table `name` (`target` as SQL) by the memory table's rows
 * within the manager's transaction: readers see the old rows until it commits. On SQLite the
 * table's own indexes are dropped first and created again, with the very statements that made
 * them, once the rows are in: one sort per index instead of a B-tree insert per row in random key
 * order, which is most of a bulk load's time; and the rows go in in primary-key order, so that
 * each is appended to the index SQLite keeps for a text key (which cannot be dropped). The rows'
 * order in the table changes with it, which no read may rest on (every read has a complete ORDER
 * BY: docs/decisions/0003). On PostgreSQL, whose indexes stay (dropping one would lock readers
 * out until the commit), the rows go in in the order the projection first wrote them, as the
 * runner writes them: key order was measured slower there (it helps the key's index only, and
 * a table's other indexes outnumber it).
 */
export async function replaceRows(
  manager: EntityManager,
  name: string,
  target: string,
  table: MemoryTable | undefined,
): Promise<void> {
  const sqlite = sqliteConnectionOf(manager.connection);
  if (!sqlite) {
    await manager.query(`DELETE FROM ${target}`);
    if (table) await insertPostgres(manager, target, table, table.all());
    return;
  }
  const rows = table?.inKeyOrder() ?? [];
  const indexes = sqlite
    .prepare<[string], IndexDefinition>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
    )
    .all(name);
  const cache = sqlite.pragma('cache_size', { simple: true });
  sqlite.pragma(`cache_size = -${SWAP_CACHE_KIB}`);
  try {
    for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
    sqlite.exec(`DELETE FROM ${target}`);
    if (table) insertSqlite(sqlite, target, table, rows);
    for (const index of indexes) sqlite.exec(index.sql);
  } finally {
    sqlite.pragma(`cache_size = ${Number(cache)}`);
  }
}

/** One prepared multi-row INSERT run chunk after chunk on the connection itself. */
function insertSqlite(
  sqlite: Database.Database,
  target: string,
  table: MemoryTable,
  rows: readonly MemoryRow[],
): void {
  const columns = table.columns.map((column) => `"${column.databaseName}"`).join(', ');
  const tuple = `(${table.columns.map(() => '?').join(', ')})`;
  const statementFor = (count: number) =>
    sqlite.prepare(
      `INSERT INTO ${target} (${columns}) VALUES ${Array.from({ length: count }, () => tuple).join(', ')}`,
    );
  const full = statementFor(SQLITE_ROWS);
  const width = table.columns.length;
  // One array of parameters, filled again for each chunk: no array per row or per chunk.
  const parameters: unknown[] = new Array<unknown>(SQLITE_ROWS * width);
  for (let start = 0; start < rows.length; start += SQLITE_ROWS) {
    const count = Math.min(SQLITE_ROWS, rows.length - start);
    if (count < SQLITE_ROWS) parameters.length = count * width;
    for (let r = 0; r < count; r++) {
      const stored = rows[start + r]?.stored ?? [];
      for (let c = 0; c < width; c++) parameters[r * width + c] = bindable(stored[c]);
    }
    (count === SQLITE_ROWS ? full : statementFor(count)).run(parameters);
  }
}

/**
 * INSERT … SELECT FROM unnest of one array per column, up to `POSTGRES_ROWS` rows a statement,
 * through the transaction's query runner: a statement of n columns has n parameters however many
 * rows it carries, where a multi-row VALUES had one per value for PostgreSQL to parse and plan.
 * Each array is cast to its column's type as the catalogue has it.
 */
async function insertPostgres(
  manager: EntityManager,
  target: string,
  table: MemoryTable,
  rows: readonly MemoryRow[],
): Promise<void> {
  const types = new Map(
    (
      await manager.query<{ name: string; type: string }[]>(
        'SELECT attname AS name, format_type(atttypid, NULL) AS type FROM pg_attribute ' +
          'WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped',
        [target],
      )
    ).map(({ name, type }) => [name, type]),
  );
  const columns = table.columns.map((column) => `"${column.databaseName}"`).join(', ');
  const arrays = table.columns
    .map((column, at) => `$${at + 1}::${types.get(column.databaseName) ?? 'text'}[]`)
    .join(', ');
  const insert = `INSERT INTO ${target} (${columns}) SELECT * FROM unnest(${arrays})`;
  const width = table.columns.length;
  for (let start = 0; start < rows.length; start += POSTGRES_ROWS) {
    const chunk = rows.slice(start, start + POSTGRES_ROWS);
    const values: unknown[][] = Array.from(
      { length: width },
      () => new Array<unknown>(chunk.length),
    );
    for (let r = 0; r < chunk.length; r++) {
      const stored = chunk[r]?.stored ?? [];
      for (let c = 0; c < width; c++) {
        const column = values[c];
        if (column) column[r] = stored[c] ?? null;
      }
    }
    await manager.query(insert, values);
  }
}
