import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { type ReadModelDatabase, openReadModels } from '../database/read-model-data-source';
import { ParkedEvent } from '../runner/parked-event.entity';
import type { Projection } from '../runner/projection';
import { ProjectionCheckpoint } from '../runner/projection-checkpoint.entity';

/**
 * A fresh read-model database beside the live one, where a projection is rebuilt without
 * disturbing the tables the api reads: a file next to the SQLite file, or a schema next to the
 * PostgreSQL schema. The live connection reaches its tables through `table(name)`.
 */
export interface SideDatabase {
  readonly dataSource: DataSource;
  /** The side table `name`, as SQL the live connection can use (after `attach`). */
  table(name: string): string;
  /** Makes the side tables visible to the live connection (SQLite ATTACH; nothing for PostgreSQL). */
  attach(live: DataSource): Promise<void>;
  detach(live: DataSource): Promise<void>;
  /** Closes and deletes the side database. */
  drop(): Promise<void>;
}

const ATTACHED_AS = 'rebuild_side';

/** The live table `name` as SQL for the live connection. */
export function liveTable(database: ReadModelDatabase, name: string): string {
  return database.kind === 'postgres' ? `"${database.schema ?? 'public'}"."${name}"` : `"${name}"`;
}

export async function openSideDatabase(
  live: ReadModelDatabase,
  projection: Projection,
): Promise<SideDatabase> {
  const entities = [ProjectionCheckpoint, ParkedEvent, ...projection.entities];
  const tag = projection.name.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
  if (live.kind === 'sqlite') {
    const file =
      live.file === ':memory:'
        ? join(tmpdir(), `dutyledger-rebuild-${tag}-${process.pid}.db`)
        : `${live.file}.rebuild-${tag}`;
    const remove = () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) {
        if (existsSync(file + suffix)) rmSync(file + suffix);
      }
    };
    remove();
    const dataSource = await openReadModels({ kind: 'sqlite', file }, entities);
    return {
      dataSource,
      table: (name) => `${ATTACHED_AS}."${name}"`,
      attach: async (connection) => {
        if (dataSource.isInitialized) await dataSource.destroy();
        await connection.query(`ATTACH DATABASE ? AS ${ATTACHED_AS}`, [file]);
      },
      detach: async (connection) => {
        await connection.query(`DETACH DATABASE ${ATTACHED_AS}`);
      },
      drop: async () => {
        if (dataSource.isInitialized) await dataSource.destroy();
        remove();
      },
    };
  }
  const schema = `${live.schema ?? 'public'}_rebuild_${tag}`.slice(0, 63);
  const admin = async (sql: string) => {
    // pg is loaded here, for PostgreSQL read models only (TypeORM loads its driver the same way).
    const { Client } = await import('pg');
    const client = new Client({ connectionString: live.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}"`);
  const dataSource = await openReadModels({ kind: 'postgres', url: live.url, schema }, entities);
  return {
    dataSource,
    table: (name) => `"${schema}"."${name}"`,
    attach: () => Promise.resolve(),
    detach: () => Promise.resolve(),
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await admin(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}
