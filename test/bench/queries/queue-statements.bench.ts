/**
 * The statements of the queue's totals and of the closed cases' pages, timed one by one on the
 * read models of a store built by bench:queries: each as the api ran it before issue 15's stop 29
 * (a `COUNT(*)` over the cases a filter lists; closed cases ordered with ties by case id
 * ascending, which no index gives) beside the statement it runs now (the stored count of the
 * filter's slice; ties by case id descending, read from an index). Each figure is the mean of
 * RUNS runs after 500 to warm up, on one better-sqlite3 connection (no api, no HTTP). On a store the
 * api has migrated, the closed page as before finds the new (status, openedAt, caseId) index for
 * its filter but still sorts; before that migration it read the whole (status, department) range.
 * Run: npm run bench:queue-statements -- --data DIR [--runs N]
 *   (DIR built by npm run bench:queries -- --data DIR, and migrated by the api it started)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { nowMs } from '../measure';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const DATA = option('data');
const RUNS = Number(option('runs') ?? 5000);

/** Mean µs of one run of `statement` with `parameters`. */
function timed(statement: Database.Statement, parameters: readonly unknown[]): number {
  for (let run = 0; run < 500; run += 1) statement.all(...parameters);
  const began = nowMs();
  for (let run = 0; run < RUNS; run += 1) statement.all(...parameters);
  return ((nowMs() - began) * 1000) / RUNS;
}

const µs = (value: number) => `${value.toFixed(1)} µs`;

function main(): void {
  const file = DATA === undefined ? undefined : join(DATA, 'read-models.db');
  if (file === undefined || !existsSync(file)) {
    throw new Error('usage: npm run bench:queue-statements -- --data DIR (built by bench:queries)');
  }
  const db = new Database(file, { readonly: true });
  const stored = db.prepare(
    'SELECT "cases" FROM "caseworker_queue_counts" WHERE "status" = ? AND "kind" = ? AND "openedByDepartmentId" = ?',
  );
  const totals: [string, string, string[]][] = [
    ['the queue, no filter', '"urgencyKey" IS NOT NULL', ['', '', '']],
    ['sort=openedAt', '"openedKey" IS NOT NULL', ['', '', '']],
    ['status=DECIDED', `"urgencyKey" IS NOT NULL AND "status" = 'DECIDED'`, ['DECIDED', '', '']],
    [
      'kind=PRE_ACCIDENT',
      `"urgencyKey" IS NOT NULL AND "kind" = 'PRE_ACCIDENT'`,
      ['', 'PRE_ACCIDENT', ''],
    ],
    ['closed cases', `"status" = 'CLOSED'`, ['CLOSED', '', '']],
  ];
  console.log(`# npm run bench:queue-statements -- --data ${DATA} --runs ${RUNS}`);
  console.log('total of                  cases   COUNT(*) (before)   stored count (now)');
  for (const [label, where, slice] of totals) {
    const count = db.prepare(
      `SELECT COUNT(*) AS "cases" FROM "caseworker_queue_cases" WHERE ${where}`,
    );
    const counted = (count.get() as { cases: number }).cases;
    const kept = (stored.get(...slice) as { cases: number } | undefined)?.cases ?? 0;
    if (kept !== counted) throw new Error(`${label}: stored ${kept}, counted ${counted}`);
    console.log(
      `${label.padEnd(24)}${String(counted).padStart(7)}${µs(timed(count, [])).padStart(20)}${µs(timed(stored, slice)).padStart(21)}`,
    );
  }
  console.log(
    '\nclosed cases, 20 a page   ties by caseId ASC (before)   DESC, from the index (now)',
  );
  for (const offset of [0, 400]) {
    const page = (direction: string) =>
      db.prepare(
        `SELECT * FROM "caseworker_queue_cases" "q" WHERE "q"."status" = 'CLOSED' ` +
          `ORDER BY "q"."openedAt" DESC, "q"."caseId" ${direction} LIMIT 20 OFFSET ${offset}`,
      );
    console.log(
      `offset ${String(offset).padEnd(18)}${µs(timed(page('ASC'), [])).padStart(20)}${µs(timed(page('DESC'), [])).padStart(31)}`,
    );
  }
  db.close();
}

main();
