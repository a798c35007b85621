import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { countAfterSql, selectAllSql } from './sqlite.queries';
import { SqliteEventStore } from './sqlite.event-store';

describe('reading the whole SQLite log by event type', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dutyledger-queries-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['forwards', 'backwards'] as const)(
    'walks the log in position order (%s), never sorting what lies after the position',
    async (direction) => {
      const file = join(dir, 'events.db');
      await SqliteEventStore.open(file).close();
      const db = new Database(file, { readonly: true });
      try {
        const { sql, params } = selectAllSql({
          direction,
          filter: { eventTypes: ['CaseOpened', 'FindingRecorded'] },
          maxCount: 500,
        });
        const plan = db
          .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
          .all(0, ...params)
          .map((step) => step.detail)
          .join('\n');
        expect(plan).not.toMatch(/TEMP B-TREE/);
        expect(plan).not.toMatch(/events_type/);
      } finally {
        db.close();
      }
    },
  );
});

describe('counting the SQLite log by event type', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dutyledger-queries-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the type index alone, never the events', async () => {
    const file = join(dir, 'events.db');
    await SqliteEventStore.open(file).close();
    const db = new Database(file, { readonly: true });
    try {
      const { sql, params } = countAfterSql(
        { eventTypes: ['CaseOpened', 'FindingRecorded'] },
        1001,
      );
      const plan = db
        .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all(0, ...params)
        .map((step) => step.detail)
        .join('\n');
      expect(plan).toMatch(/USING COVERING INDEX events_type/);
      expect(plan).not.toMatch(/SCAN events(?! USING)/);
    } finally {
      db.close();
    }
  });
});
