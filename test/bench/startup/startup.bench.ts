/**
 * Start-up and catch-up of the api over a big store, started as `npm start` starts it
 * (`node tools/start.js`: the api from dist/, which is brought up to date first, untimed).
 * Run: npm run bench:startup [-- --events N] [--rate R] [--seconds S] [--warm W]
 *        [--layouts child,in-process] [--data DIR]
 *
 * 1. Builds a store of N events (default 200,000): the demo replicated (replicated-demo.ts).
 * 2. For each projector layout (the child projector, the default; DUTYLEDGER_PROJECTOR=in-process):
 *    a. read models empty: the api starts on a copy of the store with no read-model file, so its
 *       projector catches up from the start of the log. Printed: the time from spawning the api to
 *       its first /health answer and to the first 200 of a read (GET /cases), the peak RSS of the
 *       api and of its projector (the api's descendants, /proc/<pid>/status VmRSS sampled every
 *       100 ms) until every projection is caught up (GET /projections), and catch-up events/s.
 *       Meanwhile, department registrations at a fixed offered RATE (open loop, open-loop.ts):
 *       for the first W seconds (default 3), printed apart as the cost of a fresh process (its
 *       first commands wait for lazy compilation and first statements, projector or not); then
 *       for SECONDS, command p99 while projecting (the run says when the projector caught up
 *       before the end); once caught up, the same load again (idle). Each prints its slowest
 *       answers and when they were due.
 *    b. caught up: the api restarted on the same data: the same start-up figures.
 * Times here are wall-clock on this machine; compare a layout's figures with each other (the
 * ratio of p99 while projecting to p99 idle), not with another machine's.
 * With --data DIR the store is built in DIR and kept; a later run with the same DIR reuses it.
 */
import { randomUUID } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiProcess, NPM_START, startApiProcess } from '../../support/api-process';
import { departmentBody } from '../../support/command-load';
import { nowMs } from '../measure';
import { descendants } from '../process-cpu';
import { type OpenLoopFigures, type OpenLoopRequest, openLoop } from '../open-loop';
import { replicatedDemoStore } from '../replicated-demo';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const EVENTS = Number(option('events') ?? 200_000);
const RATE = Number(option('rate') ?? 50);
const SECONDS = Number(option('seconds') ?? 5);
const WARM_SECONDS = Number(option('warm') ?? 3);
const DATA = option('data');
const LAYOUT_OPTION = option('layouts');
const COMMAND = `npm run bench:startup -- --events ${EVENTS} --rate ${RATE} --seconds ${SECONDS} --warm ${WARM_SECONDS}${LAYOUT_OPTION ? ` --layouts ${LAYOUT_OPTION}` : ''}${DATA ? ` --data ${DATA}` : ''}`;
const BUILT = 'bench-startup-built';
const ALL_LAYOUTS = ['child', 'in-process'] as const;
const LAYOUTS = ALL_LAYOUTS.filter((layout) =>
  (LAYOUT_OPTION ?? ALL_LAYOUTS.join(',')).split(',').includes(layout),
);
const CATCH_UP_TIMEOUT_MS = 3_600_000;

async function build(dir: string): Promise<number> {
  const events = await replicatedDemoStore(dir, EVENTS);
  writeFileSync(join(dir, BUILT), `${events}\n`);
  return events;
}

/** VmRSS of a process in MB (0 once it is gone). */
function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
    return kb === undefined ? 0 : Number(kb) / 1024;
  } catch {
    return 0;
  }
}

interface PeakRss {
  apiMb: number;
  projectorMb: number;
}

/** Samples the api's RSS and its descendants' together every 100 ms until stopped. */
function samplePeakRss(pid: number): { stop(): PeakRss } {
  const peak: PeakRss = { apiMb: 0, projectorMb: 0 };
  const sample = () => {
    peak.apiMb = Math.max(peak.apiMb, rssMb(pid));
    const below = descendants(pid).reduce((sum, child) => sum + rssMb(child), 0);
    peak.projectorMb = Math.max(peak.projectorMb, below);
  };
  sample();
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** Milliseconds from `since` to the first 200 of GET `path` (polled every 20 ms). */
async function firstOk(api: ApiProcess, path: string, since: number): Promise<number> {
  const headers = { authorization: `Bearer ${api.token('ADMIN')}` };
  for (;;) {
    try {
      const response = await fetch(`${api.url}${path}`, { headers });
      await response.arrayBuffer();
      if (response.ok) return nowMs() - since;
    } catch {
      // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface Status {
  headPosition: string;
  projections: { caughtUp: boolean }[];
}

/** Whether every projection is caught up now (false when the api does not say). */
async function isCaughtUp(api: ApiProcess): Promise<boolean> {
  const response = await fetch(`${api.url}/projections`, {
    headers: { authorization: `Bearer ${api.token('ADMIN')}` },
  });
  if (!response.ok) {
    await response.arrayBuffer();
    return false;
  }
  const status = (await response.json()) as Status;
  return status.projections.every((projection) => projection.caughtUp);
}

/** Resolves once every projection is caught up with the store's head; answers the head position. */
async function caughtUp(api: ApiProcess): Promise<bigint> {
  const headers = { authorization: `Bearer ${api.token('ADMIN')}` };
  const deadline = nowMs() + CATCH_UP_TIMEOUT_MS;
  while (nowMs() < deadline) {
    try {
      const response = await fetch(`${api.url}/projections`, { headers });
      if (response.ok) {
        const status = (await response.json()) as Status;
        if (status.projections.every((projection) => projection.caughtUp)) {
          return BigInt(status.headPosition);
        }
      } else await response.arrayBuffer();
    } catch {
      // a busy api may drop a status request: ask again
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the projections did not catch up within ${CATCH_UP_TIMEOUT_MS} ms`);
}

function registrations(api: ApiProcess): () => OpenLoopRequest {
  const headers = {
    authorization: `Bearer ${api.token('ADMIN')}`,
    'content-type': 'application/json',
  };
  return () => ({
    method: 'POST',
    path: '/departments',
    headers,
    body: JSON.stringify(departmentBody(randomUUID())),
  });
}

interface Start {
  label: string;
  healthMs: number;
  readMs: number;
  peak: PeakRss;
  caughtUpMs: number;
  eventsPerSecond?: number;
  open: OpenLoopFigures[];
  /** The commands of the first seconds after start (not counted as while projecting). */
  warm?: OpenLoopFigures;
  /** Whether the projector was still behind when the measurement while projecting ended. */
  stillProjecting: boolean;
}

async function start(
  label: string,
  dataDir: string,
  layout: (typeof ALL_LAYOUTS)[number],
  projecting: boolean,
): Promise<Start> {
  let warm: OpenLoopFigures | undefined;
  const api = await startApiProcess({
    dataDir,
    env: { DUTYLEDGER_PROJECTOR: layout, DUTYLEDGER_LOG_LEVEL: 'warn' },
    startTimeoutMs: CATCH_UP_TIMEOUT_MS,
  });
  // From the spawn, as `npm start` starts it (startApiProcess first checks that dist/ is current).
  const spawned = api.spawnedAtMs;
  try {
    const healthMs = nowMs() - spawned;
    const rss = samplePeakRss(api.pid);
    const readMs = await firstOk(api, '/cases', spawned);
    const open: OpenLoopFigures[] = [];
    const caught = caughtUp(api).then((head) => ({ head, ms: nowMs() - spawned }));
    let stillProjecting = false;
    if (projecting) {
      // A fresh process answers its first commands slowly whatever the projector does (lazy
      // compilation, first statements): they are measured apart, before projection's own cost.
      warm = await openLoop(
        'POST /departments, first seconds after start',
        api.url,
        RATE,
        WARM_SECONDS,
        registrations(api),
      );
      open.push(
        await openLoop(
          'POST /departments while projecting',
          api.url,
          RATE,
          SECONDS,
          registrations(api),
        ),
      );
      stillProjecting = !(await isCaughtUp(api));
    }
    const { head, ms: caughtUpMs } = await caught;
    const peak = rss.stop();
    if (projecting) {
      open.push(
        await openLoop('POST /departments, idle', api.url, RATE, SECONDS, registrations(api)),
      );
    }
    const line = (figures: OpenLoopFigures) =>
      `${figures.label}: p50 ${figures.p50Ms.toFixed(1)} ms, p99 ${figures.p99Ms.toFixed(1)} ms, non-2xx ${figures.non2xx}, unanswered ${figures.unanswered}; slowest ${figures.slowest.map((one) => `${one.ms.toFixed(0)} ms at ${(one.dueAtMs / 1000).toFixed(2)} s`).join(', ')}`;
    console.log(
      `${label}: /health ${healthMs.toFixed(0)} ms, /cases ${readMs.toFixed(0)} ms, caught up ${caughtUpMs.toFixed(0)} ms, peak RSS api ${peak.apiMb.toFixed(0)} MB, projector ${peak.projectorMb.toFixed(0)} MB`,
    );
    if (warm) console.log(`  ${line(warm)}`);
    for (const figures of open) console.log(`  ${line(figures)}`);
    if (projecting && !stillProjecting) {
      console.log('  (caught up before the measurement ended: "while projecting" is not that)');
    }
    return {
      label,
      healthMs,
      readMs,
      peak,
      caughtUpMs,
      // The store's head when caught up: the events built and the commands sent meanwhile.
      eventsPerSecond: projecting ? Number(head) / (caughtUpMs / 1000) : undefined,
      open,
      warm,
      stillProjecting,
    };
  } finally {
    await api.stop(true);
  }
}

async function main(): Promise<void> {
  const dir = DATA ?? mkdtempSync(join(tmpdir(), 'dutyledger-bench-startup-'));
  mkdirSync(dir, { recursive: true });
  const starts: Start[] = [];
  try {
    const events = existsSync(join(dir, BUILT))
      ? Number(readFileSync(join(dir, BUILT), 'utf8'))
      : await build(dir);
    for (const layout of LAYOUTS) {
      const dataDir = join(dir, `api-${layout}`);
      rmSync(dataDir, { recursive: true, force: true });
      mkdirSync(dataDir);
      copyFileSync(join(dir, 'events.db'), join(dataDir, 'events.db'));
      starts.push(await start(`${layout}, read models empty`, dataDir, layout, true));
      starts.push(await start(`${layout}, caught up`, dataDir, layout, false));
      rmSync(dataDir, { recursive: true, force: true });
    }
    const line = (cells: string[]) =>
      cells.map((cell, i) => (i === 0 ? cell.padEnd(30) : cell.padStart(14))).join('');
    console.log(`\n${events} events stored; open loop ${RATE} commands/s for ${SECONDS} s`);
    console.log(
      `the api started as \`npm start\` starts it: node ${NPM_START.join(' ')} (dist/ brought up to date before the first start, not timed; npm's own launch not counted)`,
    );
    console.log(
      line([
        'start',
        '/health ms',
        '/cases ms',
        'caught up ms',
        'api MB',
        'projector MB',
        'events/s',
        'first s p99',
        'p99 ms',
        'p99 idle ms',
        '× idle',
      ]),
    );
    for (const each of starts) {
      const [busy, idle] = each.open;
      console.log(
        line([
          each.label,
          each.healthMs.toFixed(0),
          each.readMs.toFixed(0),
          each.caughtUpMs.toFixed(0),
          each.peak.apiMb.toFixed(0),
          each.peak.projectorMb.toFixed(0),
          each.eventsPerSecond === undefined ? '' : each.eventsPerSecond.toFixed(0),
          each.warm === undefined ? '' : each.warm.p99Ms.toFixed(1),
          busy === undefined ? '' : busy.p99Ms.toFixed(1),
          idle === undefined ? '' : idle.p99Ms.toFixed(1),
          busy === undefined || idle === undefined ? '' : (busy.p99Ms / idle.p99Ms).toFixed(2),
        ]),
      );
    }
    console.log(`\ncommand: ${COMMAND}`);
  } finally {
    if (!DATA) rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
