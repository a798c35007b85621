import { randomUUID } from 'node:crypto';
import { DEFAULT_TIME_ZONE, type JurisdictionCalendar, calendarFor } from '@dutyledger/domain';
import type { Actor, RecordedEvent } from '@dutyledger/event-store';
import { domainCodec } from '@dutyledger/ledger';
import { type Projection, openReadModels, plainManager } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { POSTGRES_TEST_URL, type PostgresSchema, postgresSchema } from './postgres';

/**
 * Projection specs: given these stored events, then these rows. `describeReadModels` runs the
 * same block against SQLite and, when DUTYLEDGER_TEST_POSTGRES_URL is set, PostgreSQL.
 */

export interface ReadModelsUnderTest {
  /** Which engine this run of the block is on. */
  engine: 'sqlite' | 'postgres';
  /** A fresh read-model database for one test. */
  fresh(): Promise<DataSource>;
}

export function describeReadModels(
  name: string,
  body: (database: ReadModelsUnderTest) => void,
): void {
  const engines: ('sqlite' | 'postgres')[] = POSTGRES_TEST_URL
    ? ['sqlite', 'postgres']
    : ['sqlite'];
  describe.each(engines)(`${name} (%s)`, (engine) => {
    const databases = new ReadModelPool(engine);
    afterEach(() => databases.release());
    afterAll(() => databases.close());
    body({ engine, fresh: () => databases.take() });
  });
}

interface PooledDatabase {
  source: DataSource;
  schema?: PostgresSchema;
}

/**
 * Migrated read-model databases, reused between the tests of one block: a test gets one emptied of
 * every row (identities restarted), as a new database would be, without paying for the migrations
 * again (about a second per PostgreSQL schema). A database a test closed is dropped, not reused.
 */
class ReadModelPool {
  private readonly idle: PooledDatabase[] = [];
  private readonly taken: PooledDatabase[] = [];

  constructor(private readonly engine: 'sqlite' | 'postgres') {}

  async take(): Promise<DataSource> {
    const reused = this.idle.pop();
    const database = reused ?? (await this.open());
    if (reused) await emptied(database.source);
    this.taken.push(database);
    return database.source;
  }

  async release(): Promise<void> {
    for (const database of this.taken.splice(0)) {
      if (database.source.isInitialized) this.idle.push(database);
      else await database.schema?.drop();
    }
  }

  async close(): Promise<void> {
    await this.release();
    for (const { source, schema } of this.idle.splice(0)) {
      if (source.isInitialized) await source.destroy();
      await schema?.drop();
    }
  }

  private async open(): Promise<PooledDatabase> {
    if (this.engine === 'sqlite') {
      return { source: await openReadModels({ kind: 'sqlite', file: ':memory:' }) };
    }
    const schema = await postgresSchema();
    const source = await openReadModels({ kind: 'postgres', url: schema.url, schema: schema.name });
    return { source, schema };
  }
}

/** Deletes every row of every read-model table and restarts their identities. */
async function emptied(source: DataSource): Promise<void> {
  const tables = source.entityMetadatas.map((metadata) => metadata.tableName);
  if (source.options.type === 'postgres') {
    const schema = source.options.schema;
    const named = (name: string) => (schema ? `"${schema}"."${name}"` : `"${name}"`);
    // DELETE, not TRUNCATE: a test's few rows go in ~20 ms, where TRUNCATE made new files for
    // every table and index (~80–140 ms, paid by every PostgreSQL test). No read model has a
    // foreign key, so the order does not matter; the identities restart as a new schema's would.
    await source.transaction(async (manager) => {
      for (const table of tables) await manager.query(`DELETE FROM ${named(table)}`);
      const sequences: { name: string }[] = await manager.query(
        'SELECT sequence_name AS "name" FROM information_schema.sequences ' +
          "WHERE sequence_schema = current_schema() AND sequence_name <> 'read_model_migrations_id_seq'",
      );
      for (const { name } of sequences)
        await manager.query(`ALTER SEQUENCE ${named(name)} RESTART`);
    });
    return;
  }
  await source.transaction(async (manager) => {
    for (const table of tables) await manager.query(`DELETE FROM "${table}"`);
    const sequences: unknown[] = await manager.query(
      `SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'`,
    );
    if (sequences.length > 0) await manager.query('DELETE FROM sqlite_sequence');
  });
}

export interface EventOptions {
  stream?: string;
  occurredAt?: string;
  recordedAt?: string;
  actor?: Actor;
  id?: string;
  /** The schema version stored; the current one of the type by default (set 1 for an old shape). */
  schemaVersion?: number;
}

/** The stored events' upcasters, as the runner applies them before a projection sees an event. */
const UPCASTERS = domainCodec();

/** The default jurisdiction's calendar (Asia/Shanghai), which the specs project with. */
export const TEST_CALENDAR: JurisdictionCalendar = calendarFor(DEFAULT_TIME_ZONE);

/** Builds stored events with increasing positions (and revisions per stream), as a store would. */
export class EventLog {
  private position = 0n;
  private readonly revisions = new Map<string, bigint>();
  readonly events: RecordedEvent[] = [];

  record(type: string, data: Record<string, unknown>, options: EventOptions = {}): RecordedEvent {
    const stream = options.stream ?? `test-${randomUUID()}`;
    const revision = this.revisions.has(stream) ? (this.revisions.get(stream) ?? 0n) + 1n : 0n;
    this.revisions.set(stream, revision);
    this.position += 1n;
    const occurredAt =
      options.occurredAt ??
      (typeof data.occurredAt === 'string' ? data.occurredAt : '2026-01-01T00:00:00.000Z');
    const event: RecordedEvent = {
      id: options.id ?? randomUUID(),
      type,
      schemaVersion: options.schemaVersion ?? UPCASTERS.latestVersion(type) ?? 1,
      data,
      metadata: {
        actor: options.actor ?? { id: 'caseworker-1', role: 'CASEWORKER' },
        correlationId: randomUUID(),
        causationId: randomUUID(),
        occurredAt,
        recordedAt: options.recordedAt ?? occurredAt,
      },
      stream,
      revision,
      position: this.position,
      hash: '0'.repeat(64),
      previousHash: '0'.repeat(64),
    };
    this.events.push(event);
    return event;
  }
}

/**
 * Applies the events, in order, to the projection in one transaction (as one runner batch): each
 * upcast to its current schema first, with the jurisdiction's calendar (Asia/Shanghai unless given).
 */
export async function project(
  dataSource: DataSource,
  projection: Projection,
  events: readonly RecordedEvent[],
  calendar: JurisdictionCalendar = TEST_CALENDAR,
): Promise<void> {
  await dataSource.transaction(async (transaction) => {
    // As the runner applies them: the transaction's repositories plain (plain-manager.ts).
    const manager = plainManager(transaction);
    for (const event of events) {
      if (!projection.eventTypes.includes(event.type)) continue;
      await projection.apply(UPCASTERS.upcast(event), manager, { calendar });
    }
  });
}
