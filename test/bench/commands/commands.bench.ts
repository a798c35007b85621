/**
 * The command path of the api, started as `npm start` starts it (its own process, embedded
 * stores, a fresh temp data dir, its projector as `npm start` runs it: a child process) and
 * loaded from this process:
 * 1. closed loop (autocannon) at 1, 8 and 64 connections: POST /departments (a command that
 *    creates its stream), the mixed commands (duty performance, failure to perform, case
 *    evidence), and GET /health of the same process as the ceiling the ratios are taken against;
 * 2. open loop at a fixed offered rate (default 200 commands/s) of the mixed commands: p50/p99
 *    from when each request was due;
 * 3. whether writes stall the answers of others: the same open loop while 16 connections register
 *    departments as fast as they can, and while another process appends RATE events/s to the
 *    same store file; GET /health at the same rate idle and while 64 connections send commands.
 * Each closed-loop row also prints the api process's CPU per request (user + system, all its
 * threads: the writer's commits included), which a shared machine disturbs far less than req/s,
 * and the projector's CPU per command (its process, from the row's start until it has caught
 * up with the row's events; in-process it is inside the api's figure).
 * With LAYOUT `in-process`, the projector shares the api's event loop
 * (DUTYLEDGER_PROJECTOR=in-process); with `separate`, the api runs with
 * DUTYLEDGER_RUN_PROJECTOR=false and the projector as a process of its own on the same data dir
 * (`npm run start:projector`, the production layout).
 * Run: npm run bench:commands [-- SECONDS [RATE [LAYOUT]]]   (LAYOUT: child | in-process | separate)
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { type ApiProcess, startApiProcess } from '../../support/api-process';
import { call } from '../../support/http';
import { descendants, processCpuMs } from '../process-cpu';
import { type OpenLoopFigures, type OpenLoopRequest, openLoop } from '../open-loop';
import {
  type Command,
  CommandMix,
  DepartmentRegistrations,
  FIXTURE_SUMMARY,
  fixtures,
} from './command-mix';

const SECONDS = Number(process.argv[2] ?? 10);
const RATE = Number(process.argv[3] ?? 200);
const LAYOUTS = ['child', 'in-process', 'separate'] as const;
const LAYOUT = LAYOUTS.find((layout) => layout === process.argv[4]) ?? 'child';
const COMMAND = `npm run bench:commands -- ${SECONDS} ${RATE} ${LAYOUT}`;
const CONNECTIONS = [1, 8, 64] as const;

interface Row {
  label: string;
  connections: number;
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  /** The api process's CPU (user + system, its writer thread included) per request, µs. */
  apiCpuUs: number;
  /**
   * The projector's CPU per request, µs, from the row's start until it has caught up with the
   * row's events (NaN where it runs in the api's own process, whose figure then holds it).
   */
  projectorCpuUs: number;
}

interface Load {
  role: 'ADMIN' | 'CASEWORKER';
  next(): Command;
}

function closedLoop(
  label: string,
  api: ApiProcess,
  connections: number,
  load?: Load,
): Promise<Row> {
  const headers = {
    authorization: `Bearer ${api.token(load?.role ?? 'VIEWER')}`,
    'content-type': 'application/json',
  };
  const options: autocannon.Options = load
    ? {
        url: api.url,
        connections,
        duration: SECONDS,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const command = load.next();
              return {
                ...request,
                path: command.path,
                headers,
                body: JSON.stringify(command.body),
              };
            },
          },
        ],
      }
    : { url: `${api.url}/health`, connections, duration: SECONDS };
  const apiBefore = processCpuMs(api.pid);
  const projectorBefore = projectorCpuMs(api);
  return autocannon(options).then(async (result) => {
    const apiCpuMs = processCpuMs(api.pid) - apiBefore;
    // The projector runs niced: it catches up with the row's events mostly after the row.
    if (load) await settle(api);
    const requests = result.requests.total;
    return {
      label,
      connections,
      requests,
      perSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      non2xx: result.non2xx,
      apiCpuUs: (apiCpuMs * 1000) / requests,
      projectorCpuUs: ((projectorCpuMs(api) - projectorBefore) * 1000) / requests,
    };
  });
}

/** The pid of the projector running beside the api, when it is a process of its own. */
let separateProjectorPid: number | undefined;

/** The CPU of the projector processes (the api's child, or the separate one), in ms. */
function projectorCpuMs(api: ApiProcess): number {
  if (LAYOUT === 'in-process') return Number.NaN;
  const pids = LAYOUT === 'separate' ? [separateProjectorPid ?? -1] : descendants(api.pid);
  // A separate projector started through tools/start.js runs the projector as its child.
  const all = LAYOUT === 'separate' ? pids.flatMap((pid) => [pid, ...descendants(pid)]) : pids;
  return all.reduce((sum, pid) => sum + (processCpuMs(pid) || 0), 0);
}

function asOpenLoopRequest(api: ApiProcess, next: () => Command): () => OpenLoopRequest {
  const headers = {
    authorization: `Bearer ${api.token('CASEWORKER')}`,
    'content-type': 'application/json',
  };
  return () => {
    const command = next();
    return { method: 'POST', path: command.path, headers, body: JSON.stringify(command.body) };
  };
}

const health = (): OpenLoopRequest => ({ method: 'GET', path: '/health', headers: {} });

/** Another process appending to the same events.db as fast as it can, until stopped. */
function appendLoad(api: ApiProcess): { stop(): Promise<number> } {
  const child = spawn(
    process.execPath,
    [
      '-r',
      '@swc-node/register',
      join(__dirname, 'append-load.ts'),
      join(api.dataDir, 'events.db'),
      String(RATE),
    ],
    { cwd: join(__dirname, '../../..'), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  return {
    stop: async () => {
      child.kill('SIGTERM');
      await closed;
      return Number(out.trim());
    },
  };
}

async function checkOnce(api: ApiProcess, role: 'ADMIN' | 'CASEWORKER', command: Command) {
  const answer = await call(api.url, 'POST', command.path, {
    token: api.token(role),
    body: command.body,
  });
  if (answer.status !== 201) {
    throw new Error(
      `POST ${command.path} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
    );
  }
}

/**
 * Waits until the projections have caught up with the store, so that one row's backlog of
 * projection work is not charged to the next row (catch-up speed is bench:rebuild's subject).
 */
async function settle(api: ApiProcess): Promise<void> {
  const token = api.token('VIEWER');
  for (const deadline = Date.now() + 300_000; Date.now() < deadline;) {
    const answer = await call<{ projections: { lag: number }[] }>(api.url, 'GET', '/projections', {
      token,
    });
    if (answer.status === 200 && answer.body.projections.every((p) => p.lag === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the projections did not catch up within 300 s');
}

/** The projector as a process of its own, on the api's data dir. */
function startProjector(api: ApiProcess): { stop(): Promise<void> } {
  // What `npm run start:projector` runs (dist/ is current: the api was started the same way).
  const child = spawn(process.execPath, ['tools/start.js', 'projector'], {
    cwd: join(__dirname, '../../..'),
    env: { ...process.env, DUTYLEDGER_DATA_DIR: api.dataDir, DUTYLEDGER_RUN_PROJECTOR: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  separateProjectorPid = child.pid;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function printClosed(rows: readonly Row[]): void {
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(30) : cell.padStart(10))).join('');
  console.log(
    line([
      'closed loop (autocannon)',
      'conns',
      'requests',
      'req/s',
      'p50 ms',
      'p99 ms',
      'non-2xx',
      '× health',
      'api CPU µs',
      'proj CPU µs',
    ]),
  );
  for (const r of rows) {
    const ceiling = rows.find(
      (h) => h.label.startsWith('GET /health') && h.connections === r.connections,
    );
    console.log(
      line([
        r.label,
        String(r.connections),
        String(r.requests),
        r.perSecond.toFixed(0),
        r.p50Ms.toFixed(1),
        r.p99Ms.toFixed(1),
        String(r.non2xx),
        ceiling ? (r.perSecond / ceiling.perSecond).toFixed(3) : '',
        r.apiCpuUs.toFixed(0),
        Number.isNaN(r.projectorCpuUs) ? '—' : r.projectorCpuUs.toFixed(0),
      ]),
    );
  }
}

function printOpen(rows: readonly OpenLoopFigures[]): void {
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(50) : cell.padStart(12))).join('');
  console.log(
    line([
      'open loop (latency from when due)',
      'offered/s',
      'sent',
      'answered/s',
      'p50 ms',
      'p99 ms',
      'max ms',
      'non-2xx',
    ]),
  );
  for (const r of rows) {
    console.log(
      line([
        r.label,
        String(r.offeredPerSecond),
        String(r.sent),
        r.answeredPerSecond.toFixed(0),
        r.p50Ms.toFixed(1),
        r.p99Ms.toFixed(1),
        r.maxMs.toFixed(1),
        String(r.non2xx + r.unanswered),
      ]),
    );
  }
}

async function main(): Promise<void> {
  // Warnings and errors only (the child processes inherit it): a line per request would bury the
  // figures.
  process.env.DUTYLEDGER_LOG_LEVEL = 'warn';
  const api = await startApiProcess(
    LAYOUT === 'separate'
      ? { env: { DUTYLEDGER_RUN_PROJECTOR: 'false' } }
      : { env: { DUTYLEDGER_PROJECTOR: LAYOUT } },
  );
  const projector = LAYOUT === 'separate' ? startProjector(api) : undefined;
  try {
    const mix = new CommandMix(await fixtures(api));
    const departments = new DepartmentRegistrations();
    // One of each kind by hand first: a refused set-up would make the figures meaningless.
    await checkOnce(api, 'ADMIN', departments.next());
    for (let i = 0; i < 3; i++) await checkOnce(api, 'CASEWORKER', mix.next());

    const registrations: Load = { role: 'ADMIN', next: () => departments.next() };
    const mixed: Load = { role: 'CASEWORKER', next: () => mix.next() };
    const closed: Row[] = [];
    for (const connections of CONNECTIONS) {
      await settle(api);
      closed.push(await closedLoop('GET /health', api, connections));
      closed.push(await closedLoop('POST /departments', api, connections, registrations));
      await settle(api);
      closed.push(await closedLoop('mixed commands', api, connections, mixed));
    }

    const open: OpenLoopFigures[] = [];
    const commands = asOpenLoopRequest(api, () => mix.next());
    await settle(api);
    open.push(await openLoop('mixed commands, idle', api.url, RATE, SECONDS, commands));
    await settle(api);
    const [underLoad] = await Promise.all([
      openLoop('mixed commands, 16 connections registering', api.url, RATE, SECONDS, commands),
      closedLoop('POST /departments', api, 16, registrations),
    ]);
    open.push(underLoad);
    await settle(api);
    const load = appendLoad(api);
    const loadStarted = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 500));
    open.push(
      await openLoop(
        `mixed commands, another process appending ${RATE}/s`,
        api.url,
        RATE,
        SECONDS,
        commands,
      ),
    );
    const appended = await load.stop();
    const loadSeconds = (Date.now() - loadStarted) / 1000;
    await settle(api);
    open.push(await openLoop('GET /health, idle', api.url, RATE, SECONDS, health));
    const [busy] = await Promise.all([
      openLoop('GET /health, 64 connections sending commands', api.url, RATE, SECONDS, health),
      closedLoop('POST /departments', api, 64, registrations),
    ]);
    open.push(busy);

    console.log(
      `test/bench/commands: the api as its own process (npm start: embedded stores; projector ` +
        `${{ child: 'its child process', 'in-process': 'in-process', separate: 'in a process of its own' }[LAYOUT]}), ${SECONDS} s per ` +
        `row, projections caught up before each; ${FIXTURE_SUMMARY}`,
    );
    console.log(`every figure below: ${COMMAND}`);
    printClosed(closed);
    printOpen(open);
    console.log(
      `the other process appended ${appended} events (${(appended / loadSeconds).toFixed(0)}/s) ` +
        `during "another process appending"`,
    );
  } finally {
    await projector?.stop();
    await api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
