import { DataSource } from 'typeorm';
import { READ_MODEL_ENTITIES } from '../projections';
import type { EntityClass } from '../runner/projection';

export type ReadModelDatabase =
  { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };

/**
 * Opens the read-model database. Tables are created from the entities at start
 * (synchronize); versioned migrations come with the projection runner's rebuild work.
 */
export async function openReadModels(
  database: ReadModelDatabase,
  entities: readonly EntityClass[] = READ_MODEL_ENTITIES,
): Promise<DataSource> {
  const dataSource =
    database.kind === 'sqlite'
      ? new DataSource({
          type: 'better-sqlite3',
          database: database.file,
          entities: [...entities],
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
          entities: [...entities],
          synchronize: true,
        });
  return dataSource.initialize();
}
