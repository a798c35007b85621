import Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';

/** The better-sqlite3 connection behind a data source, when the read models are on SQLite. */
export function sqliteConnectionOf(dataSource: DataSource): Database.Database | undefined {
  const connection: unknown = Reflect.get(dataSource.driver, 'databaseConnection');
  return connection instanceof Database ? connection : undefined;
}
