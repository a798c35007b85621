/**
 * Query latency over a big store: req/s and p50/p99 of every read the dashboard and the
 * caseworkers lean on, beside GET /health of the same process.
 * Run: npm run bench:queries [-- --events N] [--seconds S] [--data DIR] [--rows TEXT]
 *   (--rows: only the rows whose label contains TEXT, beside /health)
 *
 * 1. Builds a store of N events (default 1,000,000) fast: the demo scenario loaded through the
 *    api, its domain events replicated (test/bench/replicated-demo.ts, as bench:rebuild does).
 * 2. Projects it: every projection caught up from position zero into the read-model file, in this
 *    process (not measured here; bench:rebuild measures that).
 * 3. Starts the api as `npm start` starts it, in a process of its own on that data directory,
 *    with DUTYLEDGER_RUN_PROJECTOR=false (the read models are caught up: the queries alone are
 *    measured), and loads it from this process with autocannon at 8 connections, SECONDS per row
 *    (default 10). Each row prints the api process's CPU per request beside req/s and latency:
 *    on a shared machine req/s moves with whatever else runs, the CPU a request costs much less.
 * With --data DIR the store and read models are built in DIR and kept; a later run with the same
 * DIR reuses them (the api migrates the read models at start, as an upgrade would).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { DEFAULT_TIME_ZONE, calendarFor } from '@dutyledger/domain';
import { SqliteEventStore } from '@dutyledger/event-store';
import { domainCodec } from '@dutyledger/ledger';
import { PROJECTIONS, catchUp, openReadModels } from '@dutyledger/read-models';
import { type ApiProcess, startApiProcess } from '../../support/api-process';
import { processCpuMs } from '../process-cpu';
import { nowMs, percentile } from '../measure';
import { replicatedDemoStore } from '../replicated-demo';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const EVENTS = Number(option('events') ?? 1_000_000);
const SECONDS = Number(option('seconds') ?? 10);
const DATA = option('data');
/** Only the rows whose label contains this text (and `/health`, the reference). */
const ONLY = option('rows');
const CONNECTIONS = 8;
/** autocannon's own default (10 s) counted slow answers as errors: a row then read 0 req/s. */
const REQUEST_TIMEOUT_S = 60;
const COMMAND = `npm run bench:queries -- --events ${EVENTS} --seconds ${SECONDS}${DATA ? ` --data ${DATA}` : ''}${ONLY ? ` --rows '${ONLY}'` : ''}`;
const BUILT = 'bench-queries-built';

async function build(dir: string): Promise<void> {
  const events = await replicatedDemoStore(dir, EVENTS);
  const store = SqliteEventStore.open(join(dir, 'events.db'));
  const live = await openReadModels({ kind: 'sqlite', file: join(dir, 'read-models.db') });
  const context = {
    upcasters: domainCodec(),
    clock: () => new Date(),
    calendar: calendarFor(DEFAULT_TIME_ZONE),
  };
  for (const projection of PROJECTIONS) {
    const begun = nowMs();
    await catchUp(live, store, projection, context, { pageSize: 5000 });
    console.log(`projected ${projection.name} in ${((nowMs() - begun) / 1000).toFixed(0)} s`);
  }
  await live.destroy();
  await store.close();
  writeFileSync(join(dir, BUILT), `${events}\n`);
}

interface Ids {
  caseId: string;
  status: string;
  kind: string;
  departmentId: string;
  cadreId: string;
  year: number;
  /** A department with departments under it (a district), for per-subtree reads. */
  parentId: string;
  /** Pages in the middle of the queue and of the compliance list (a page past the end reads nothing). */
  queuePage: number;
  compliancePage: number;
  /** A page in the middle of the closed cases. */
  closedPage: number;
}

/** The ids the rows read: a case and a cadre from the middle of the store (not the first copy). */
function pickIds(file: string): Ids {
  const db = new Database(file, { readonly: true });
  const one = <T>(sql: string): T => {
    const row = db.prepare(sql).get() as T | undefined;
    if (row === undefined) throw new Error(`nothing for: ${sql}`);
    return row;
  };
  const count = (table: string) => one<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`).n;
  const cases = count('caseworker_queue_cases');
  const closed = one<{ n: number }>(
    "SELECT COUNT(*) AS n FROM caseworker_queue_cases WHERE status = 'CLOSED'",
  ).n;
  const queued = one<{
    caseId: string;
    status: string;
    kind: string;
    openedByDepartmentId: string;
  }>(
    `SELECT caseId, status, kind, openedByDepartmentId FROM caseworker_queue_cases WHERE status <> 'CLOSED' ORDER BY caseId LIMIT 1 OFFSET ${Math.floor(cases / 4)}`,
  );
  const cadres = count('cadre_history_cadres');
  const cadre = one<{ cadreId: string }>(
    `SELECT cadreId FROM cadre_history_cadres ORDER BY cadreId LIMIT 1 OFFSET ${Math.floor(cadres / 2)}`,
  );
  const year = one<{ year: number }>(
    'SELECT year FROM compliance_facts WHERE year IS NOT NULL GROUP BY year ORDER BY COUNT(*) DESC LIMIT 1',
  ).year;
  const parent = one<{ parentId: string }>(
    'SELECT parentId FROM compliance_departments WHERE parentId IS NOT NULL GROUP BY parentId ORDER BY COUNT(*) DESC LIMIT 1',
  );
  const departments = count('compliance_departments');
  console.log(
    `read models: ${cases} cases in the queue, ${cadres} cadres, ${departments} departments, ${count('compliance_facts')} compliance facts, ${count('case_timeline_entries')} timeline entries`,
  );
  db.close();
  return {
    caseId: queued.caseId,
    status: queued.status,
    kind: queued.kind,
    departmentId: queued.openedByDepartmentId,
    cadreId: cadre.cadreId,
    year,
    parentId: parent.parentId,
    queuePage: middlePage(cases),
    compliancePage: middlePage(departments),
    closedPage: middlePage(closed),
  };
}

/** The page of 20 halfway through `count` items. */
const middlePage = (count: number): number => Math.max(1, Math.ceil(count / 40));

interface Row {
  label: string;
  path: string;
  bytes: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers that were not 2xx, by status (e.g. `503×12`). */
  non2xx: number;
  statuses: string;
  /** The api process's CPU (user + system) per request answered, in µs; NaN off Linux. */
  cpuUs: number;
  /** Connection errors, and requests with no answer within REQUEST_TIMEOUT_S. */
  errors: number;
  timeouts: number;
  error?: string;
}

/** A row that could not be measured (the api did not answer, or answered an error) says why. */
async function measure(api: ApiProcess, label: string, path: string): Promise<Row> {
  try {
    return await measureOnce(api, label, path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.log(`  ${label}: not measured: ${message}`);
    return {
      label,
      path,
      bytes: 0,
      perSecond: 0,
      p50Ms: 0,
      p99Ms: 0,
      non2xx: 0,
      statuses: '',
      cpuUs: Number.NaN,
      errors: 0,
      timeouts: 0,
      error: message,
    };
  }
}

/**
 * Waits until the api has answered what a row left in flight: autocannon stops sending when the
 * row's time is up, but the api still works through the requests it had received, and a row
 * measured while it does would be charged for them.
 */
async function settled(api: ApiProcess): Promise<void> {
  const response = await fetch(`${api.url}/health`);
  await response.arrayBuffer();
}

async function measureOnce(api: ApiProcess, label: string, path: string): Promise<Row> {
  const headers = { authorization: `Bearer ${api.token('ADMIN')}` };
  // One request first: the answer must be a 200 (a row of errors would measure nothing).
  const first = await fetch(`${api.url}${path}`, { headers });
  const body = await first.arrayBuffer();
  if (!first.ok) {
    throw new Error(`${path} answered ${first.status}: ${Buffer.from(body).toString()}`);
  }
  const cpuBefore = processCpuMs(api.pid);
  const result = await autocannon({
    url: `${api.url}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: REQUEST_TIMEOUT_S,
    headers,
  });
  await settled(api);
  const answered = result.requests.total + 1;
  const row = {
    label,
    path,
    bytes: body.byteLength,
    perSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    statuses: Object.entries(result.statusCodeStats ?? {})
      .filter(([status]) => !status.startsWith('2'))
      .map(([status, { count }]) => `${status}×${count ?? 0}`)
      .join(' '),
    cpuUs: ((processCpuMs(api.pid) - cpuBefore) * 1000) / answered,
    errors: result.errors,
    timeouts: result.timeouts,
  };
  console.log(
    `  ${label}: ${row.perSecond.toFixed(0)} req/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, api CPU ${row.cpuUs.toFixed(0)} µs/req, non-2xx ${row.non2xx} ${row.statuses}, errors ${row.errors}, timeouts ${row.timeouts}`,
  );
  return row;
}

const VIEW_PART_RUNS = 3;

/**
 * The accidents view's part by department as one reader waits for it, before and after issue 15:
 * every page of the year's compliance (100 a page) read one after another, as the view did, and
 * the one `/accidents/by-department` page it reads now. Each VIEW_PART_RUNS times, p50.
 */
async function viewPart(api: ApiProcess, year: number): Promise<void> {
  const headers = { authorization: `Bearer ${api.token('ADMIN')}` };
  const read = async (path: string): Promise<{ total: number }> => {
    const response = await fetch(`${api.url}${path}`, { headers });
    const body: unknown = await response.json();
    if (!response.ok || typeof body !== 'object' || body === null || !('total' in body)) {
      throw new Error(`${path} answered ${response.status}`);
    }
    return { total: Number(body.total) };
  };
  const timed = async (reads: () => Promise<number>) => {
    const runs: { ms: number; requests: number }[] = [];
    for (let run = 0; run < VIEW_PART_RUNS; run += 1) {
      const begun = nowMs();
      const requests = await reads();
      runs.push({ ms: nowMs() - begun, requests });
    }
    const sorted = runs.map((run) => run.ms).sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), requests: runs[0]?.requests ?? 0 };
  };
  const everyPage = await timed(async () => {
    for (let page = 1; ; page += 1) {
      const { total } = await read(`/compliance?year=${year}&page=${page}&pageSize=100`);
      if (page * 100 >= total) return page;
    }
  });
  const onePage = await timed(async () => {
    await read(`/accidents/by-department?year=${year}&pageSize=100`);
    return 1;
  });
  console.log(`
the accidents view's part by department, one reader, p50 of ${VIEW_PART_RUNS}:`);
  console.log(
    `  before: every /compliance page of ${year} in turn: ${everyPage.requests} requests, ${everyPage.p50.toFixed(0)} ms`,
  );
  console.log(
    `  after: /accidents/by-department (the 100 gravest): ${onePage.requests} request, ${onePage.p50.toFixed(0)} ms`,
  );
}

async function main(): Promise<void> {
  const dir = DATA ?? mkdtempSync(join(tmpdir(), 'dutyledger-bench-queries-'));
  mkdirSync(dir, { recursive: true });
  let api: ApiProcess | undefined;
  try {
    if (existsSync(join(dir, BUILT))) console.log(`reusing the store and read models in ${dir}`);
    else await build(dir);
    const ids = pickIds(join(dir, 'read-models.db'));
    api = await startApiProcess({
      dataDir: dir,
      env: { DUTYLEDGER_RUN_PROJECTOR: 'false', DUTYLEDGER_LOG_LEVEL: 'warn' },
      startTimeoutMs: 300_000,
    });
    const { caseId, cadreId, year, parentId } = ids;
    const queries: [string, string][] = [
      ['case timeline', `/cases/${caseId}/timeline`],
      ['case header', `/cases/${caseId}`],
      ['queue page (urgency, default)', '/cases'],
      [`queue page ${ids.queuePage} (urgency)`, `/cases?page=${ids.queuePage}`],
      ['queue sort=openedAt', '/cases?sort=openedAt'],
      ['queue sort=-openedAt', '/cases?sort=-openedAt'],
      ['queue status filter', `/cases?status=${ids.status}`],
      ['queue kind filter', `/cases?kind=${ids.kind}`],
      ['queue department filter', `/cases?departmentId=${ids.departmentId}`],
      ['queue overdue=true', '/cases?overdue=true'],
      ['queue overdue=false', '/cases?overdue=false'],
      ['closed cases (page 1)', '/cases/closed'],
      [`closed cases, page ${ids.closedPage}`, `/cases/closed?page=${ids.closedPage}`],
      ['cadre history', `/cadres/${cadreId}`],
      ['cadre eligibility', `/cadres/${cadreId}/eligibility`],
      ['compliance of the year (page 1)', `/compliance?year=${year}`],
      [
        `compliance of the year, page ${ids.compliancePage}`,
        `/compliance?year=${year}&page=${ids.compliancePage}`,
      ],
      ['department assessments (page 1)', `/compliance/assessments?year=${year}`],
      ['compliance, one subtree', `/compliance?year=${year}&department=${parentId}`],
      ['compliance, under a parent', `/compliance?year=${year}&parentId=${parentId}`],
      ['drill-down accidents', `/compliance/${parentId}/${year}/figures/accidents`],
      [
        'drill-down accidents, rollup',
        `/compliance/${parentId}/${year}/figures/accidents?rollup=true`,
      ],
      ['drill-down dutiesDue', `/compliance/${parentId}/${year}/figures/dutiesDue`],
      ['audit history', `/audit/cases/${caseId}/history`],
      // The accidents view's part by department: one request, beside the page of compliance it
      // read before (one of the year's pages, each read in turn). Last: their large answers
      // (97 KB a page of compliance) leave the heap bigger, which lowered the row after them
      // (audit history 945-1,011 → 620-656 req/s, yet faster than before on an api of its own).
      ['compliance of the year, 100 a page', `/compliance?year=${year}&pageSize=100`],
      ['accidents by department (100)', `/accidents/by-department?year=${year}&pageSize=100`],
      [
        'accidents by department, subtree',
        `/accidents/by-department?year=${year}&departmentId=${parentId}&pageSize=100`,
      ],
    ];
    const health = await measure(api, 'GET /health', '/health');
    const rows: Row[] = [];
    for (const [label, path] of queries) {
      if (ONLY === undefined || label.includes(ONLY)) rows.push(await measure(api, label, path));
    }
    const line = (cells: string[]) =>
      cells.map((cell, i) => (i === 0 ? cell.padEnd(34) : cell.padStart(10))).join('');
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per row`);
    console.log(
      line([
        'query',
        'req/s',
        'p50 ms',
        'p99 ms',
        '× health',
        'CPU µs/req',
        'bytes',
        'non-2xx',
        'errors',
        'timeouts',
      ]),
    );
    for (const row of [health, ...rows]) {
      console.log(
        line([
          row.label,
          row.perSecond.toFixed(0),
          String(row.p50Ms),
          String(row.p99Ms),
          (row.perSecond / health.perSecond).toFixed(3),
          row.cpuUs.toFixed(0),
          String(row.bytes),
          row.error === undefined ? `${row.non2xx} ${row.statuses}`.trim() : `error: ${row.error}`,
          String(row.errors),
          String(row.timeouts),
        ]),
      );
    }
    if (ONLY === undefined) await viewPart(api, year);
    console.log('\npaths:');
    for (const row of rows) console.log(`  ${row.label}: ${row.path}`);
    console.log(`\ncommand: ${COMMAND}`);
  } finally {
    await api?.stop(true);
    if (!DATA) rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
