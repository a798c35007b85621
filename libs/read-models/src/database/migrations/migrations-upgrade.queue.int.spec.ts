import type { DataSource } from 'typeorm';
import { EventLog, project } from '../../../../../test/support/projection-spec';
import {
  UPGRADE_ENGINES,
  migrationsBefore,
  previousVersion,
} from '../../../../../test/support/previous-read-models';
import { CASE_STORY, CASEWORKER, recordCase } from '../../cases/case-story.fixtures';
import { OTHER_DEPARTMENT } from '../../cases/queue/caseworker-queue.fixtures';
import { caseworkerQueueProjection } from '../../cases/queue/caseworker-queue.projection';
import { caseworkerQueue } from '../../cases/queue/caseworker-queue.query';
import { openReadModels } from '../read-model-data-source';
import { SQLITE_MIGRATIONS } from './sqlite';

/** The migrations of the version before the queue's counts were stored. */
const BEFORE_COUNTS = migrationsBefore('QueueCounts');
/** The migrations of the version before the subjects were kept in the queue's rows. */
const BEFORE_SUBJECTS_IN_ROWS = migrationsBefore('QueueSubjectsInTheRow');
/** Every migration: a database of this version. */
const ALL_MIGRATIONS = SQLITE_MIGRATIONS.length;

const caseId = (digit: number) => `${String(digit).repeat(8)}-0000-4000-8000-000000000000`;
const at = (type: string) => CASE_STORY.findIndex((step) => step.type === type);

/** Cases at every stage: open, under investigation, closed, reopened; two kinds, two departments. */
function queueLog(): EventLog {
  const log = new EventLog();
  recordCase(log, CASE_STORY, caseId(1));
  recordCase(log, CASE_STORY.slice(0, at('CaseClosed') + 1), caseId(2));
  recordCase(log, CASE_STORY.slice(0, at('InvestigationStarted') + 1), caseId(3));
  recordCase(log, CASE_STORY.slice(0, 1), caseId(4));
  for (const digit of [5, 6]) {
    log.record(
      'CaseOpened',
      {
        caseId: caseId(digit),
        kind: 'PRE_ACCIDENT',
        openedByDepartmentId: OTHER_DEPARTMENT,
        summary: `Case ${digit}`,
        occurredAt: '2026-01-02T09:00:00.000Z',
      },
      { stream: `case-${caseId(digit)}`, actor: CASEWORKER },
    );
  }
  return log;
}

/** A value as a SQL literal (the queue's columns are text, integers and nulls). */
function literal(value: unknown): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  throw new Error(`no SQL literal for a ${typeof value}`);
}

/**
 * The queue's rows as INSERT statements, as the versions before QueueSubjectsInTheRow stored them:
 * each case's subjects in a table of their own, numbered in the order the case named them.
 */
async function queueRowsAsInserts(dataSource: DataSource): Promise<string[]> {
  const rows: Record<string, unknown>[] = await dataSource.query(
    'SELECT * FROM "caseworker_queue_cases"',
  );
  return rows.flatMap(({ subjects, ...row }) => {
    const columns = Object.keys(row);
    const named = JSON.parse(String(subjects)) as { cadreId: string; postId: string }[];
    return [
      `INSERT INTO "caseworker_queue_cases" (${columns.map((column) => `"${column}"`).join(', ')}) ` +
        `VALUES (${columns.map((column) => literal(row[column])).join(', ')})`,
      ...named.map(
        ({ cadreId, postId }, ordinal) =>
          'INSERT INTO "caseworker_queue_subjects" ("caseId", "ordinal", "cadreId", "postId") ' +
          `VALUES (${[row.caseId, ordinal, cadreId, postId].map(literal).join(', ')})`,
      ),
    ];
  });
}

/** Every stored column of the queue's rows, in case order. */
const queueRowsOf = (dataSource: DataSource): Promise<unknown[]> =>
  dataSource.query('SELECT * FROM "caseworker_queue_cases" ORDER BY "caseId"');

const countsOf = async (dataSource: DataSource): Promise<unknown[]> =>
  dataSource.query(
    'SELECT "status", "kind", "openedByDepartmentId", "cases" FROM "caseworker_queue_counts" ' +
      'ORDER BY "status", "kind", "openedByDepartmentId"',
  );

describe.each(UPGRADE_ENGINES)(
  'read-model migrations: the queue over a database of a version before (%s)',
  (engine) => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    const opened = async (before: number, rows: readonly string[]): Promise<DataSource> => {
      const dataSource = await openReadModels(
        await previousVersion(engine, before, rows, cleanups),
      );
      cleanups.push(() => dataSource.destroy());
      return dataSource;
    };

    it('move the subjects into the queue’s rows as the projection writes them, and back down', async () => {
      const log = queueLog();
      const projected = await opened(ALL_MIGRATIONS, []);
      await project(projected, caseworkerQueueProjection, log.events);
      const upgraded = await opened(BEFORE_SUBJECTS_IN_ROWS, await queueRowsAsInserts(projected));

      expect(await queueRowsOf(upgraded)).toEqual(await queueRowsOf(projected));
      const named = (await queueRowsOf(upgraded)).map(
        (row) => JSON.parse(String((row as { subjects: unknown }).subjects)) as unknown[],
      );
      // Cases 1 to 3 name both subjects of the story; 4 to 6 none.
      expect(named.map((subjects) => subjects.length)).toEqual([2, 2, 2, 0, 0, 0]);
      const tables: { count: number | string }[] = await upgraded.query(
        engine === 'postgres'
          ? 'SELECT COUNT(*) AS "count" FROM information_schema.tables WHERE table_name = \'caseworker_queue_subjects\' AND table_schema = current_schema()'
          : 'SELECT COUNT(*) AS "count" FROM sqlite_master WHERE name = \'caseworker_queue_subjects\'',
      );
      expect(Number(tables[0]?.count)).toBe(0);

      await upgraded.undoLastMigration({ transaction: 'each' });
      const back: { caseId: string; ordinal: number; cadreId: string }[] = await upgraded.query(
        'SELECT "caseId", "ordinal", "cadreId" FROM "caseworker_queue_subjects" ORDER BY "caseId", "ordinal"',
      );
      expect(back.map(({ caseId, ordinal }) => [caseId, Number(ordinal)])).toEqual([
        [caseId(1), 0],
        [caseId(1), 1],
        [caseId(2), 0],
        [caseId(2), 1],
        [caseId(3), 0],
        [caseId(3), 1],
      ]);
    });

    it('count the queue’s open cases per slice as the projection counts them, and go on from there', async () => {
      const log = queueLog();
      const projected = await opened(ALL_MIGRATIONS, []);
      await project(projected, caseworkerQueueProjection, log.events);
      const upgraded = await opened(BEFORE_COUNTS, await queueRowsAsInserts(projected));

      const counts = await countsOf(upgraded);
      expect(counts).toEqual(await countsOf(projected));
      // 5 open cases, each in 8 slices (slices shared are one row); case 2 closed, in 4.
      expect(counts).toContainEqual({ status: '', kind: '', openedByDepartmentId: '', cases: 5 });
      expect(counts).toContainEqual({
        status: 'CLOSED',
        kind: '',
        openedByDepartmentId: '',
        cases: 1,
      });
      const now = new Date('2026-02-01T00:00:00.000Z');
      const window = { skip: 0, take: 10 };
      expect((await caseworkerQueue(upgraded, {}, now, window)).total).toBe(5);
      expect((await caseworkerQueue(upgraded, { kind: 'PRE_ACCIDENT' }, now, window)).total).toBe(
        2,
      );

      // The projection goes on from the counted rows: case 4 closed, case 2 reopened (positions
      // after the log's: a row skips what it has applied).
      const more = new EventLog();
      const closing = CASE_STORY[at('CaseClosed')];
      const reopening = CASE_STORY[at('CaseReopened')];
      if (closing === undefined || reopening === undefined) throw new Error('no such step');
      recordCase(more, [closing], caseId(4));
      recordCase(more, [reopening], caseId(2));
      const later = more.events.map((event, index) => ({
        ...event,
        position: 1000n + BigInt(index),
      }));
      await project(upgraded, caseworkerQueueProjection, later);
      await project(projected, caseworkerQueueProjection, later);
      expect(await countsOf(upgraded)).toEqual(await countsOf(projected));
      expect((await caseworkerQueue(upgraded, {}, now, window)).total).toBe(5);
      expect((await caseworkerQueue(upgraded, { status: 'REOPENED' }, now, window)).total).toBe(1);
    });
  },
);
