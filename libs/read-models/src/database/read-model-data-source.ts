import { DataSource } from 'typeorm';
import { READ_MODEL_ENTITIES } from '../projections';

export type ReadModelDatabase =
  { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };

/**
 * Opens the read-model database. Tables are created from the entities at start
 * (synchronize); versioned migrations come with the projection runner's rebuild work.
 */
export async function openReadModels(database: ReadModelDatabase): Promise<DataSource> {
  const dataSource =
    database.kind === 'sqlite'
      ? new DataSource({
          type: 'better-sqlite3',
          database: database.file,
          entities: READ_MODEL_ENTITIES,
          synchronize: true,
          prepareDatabase: (db: { pragma(sql: string): unknown }) => {
            db.pragma('journal_mode = WAL');
            db.pragma('busy_timeout = 10000');
          },
        })
      : new DataSource({
          type: 'postgres',
          url: database.url,
          schema: database.schema,
          entities: READ_MODEL_ENTITIES,
          synchronize: true,
        });
  return dataSource.initialize();
}
