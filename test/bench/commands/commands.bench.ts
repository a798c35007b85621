/**
 * Commands per second and p50/p99 latency of the whole api (embedded stores, 64 connections,
 * ~10 s) on a mix of valid, distinct command requests (record duty performance, record failure
 * to perform, attach evidence to open cases), beside GET /health on the same app as the
 * framework's ceiling, and their ratio.
 * Run: npm run bench:commands [-- SECONDS]
 */
import { createHash, randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { call } from '../../support/http';
import { type RunningApp, startApp } from '../../support/running-app';

const SECONDS = Number(process.argv[2] ?? 10);
const CONNECTIONS = 64;
const POSTS = 16;
const DUTIES_PER_POST = 4;
const CASES = 16;
const COMMAND = `npm run bench:commands${process.argv[2] ? ` -- ${process.argv[2]}` : ''}`;

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();

interface Row {
  label: string;
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

async function created(running: RunningApp, token: string, path: string, body: unknown) {
  const answer = await call(running.url, 'POST', path, { token, body });
  if (answer.status !== 201) {
    throw new Error(
      `set-up POST ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
    );
  }
  return String(answer.body.id);
}

interface Fixtures {
  duties: string[];
  cases: string[];
}

/** A supervision authority, cadres on posts, monthly duties, and cases under investigation. */
async function fixtures(running: RunningApp): Promise<Fixtures> {
  const admin = running.token('ADMIN');
  const caseworker = running.token('CASEWORKER');
  const authority = await created(running, admin, '/departments', {
    name: 'Bench Municipal People’s Government',
    level: 'MUNICIPAL',
    kind: 'GOVERNMENT',
    industries: ['mining'],
    supervisionAuthority: true,
  });
  const duties: string[] = [];
  const subjects: { cadreId: string; postId: string; dutyId: string }[] = [];
  for (let i = 0; i < POSTS; i++) {
    const cadreId = await created(running, admin, '/cadres', {
      name: `Cadre ${i}`,
      personnelNumber: `P-${randomUUID().slice(0, 8)}`,
      managingDepartmentId: authority,
    });
    const postId = await created(running, admin, '/posts', {
      departmentId: authority,
      title: `Deputy Mayor ${i}`,
      rank: 'DEPUTY',
      businessScope: ['mining'],
    });
    await created(running, admin, `/posts/${postId}/appointments`, {
      cadreId,
      effectiveFrom: daysAgo(4000),
    });
    for (let d = 0; d < DUTIES_PER_POST; d++) {
      const dutyId = await created(running, caseworker, '/duties', {
        postId,
        category: 'WORK_SAFETY',
        title: `Monthly hazard inspection ${d}`,
        principle: 'MANAGES_INDUSTRY',
        industries: ['mining'],
        cadence: 'MONTHLY',
        basis: 'Work Safety Law, art. 3',
      });
      duties.push(dutyId);
      if (d === 0) subjects.push({ cadreId, postId, dutyId });
    }
  }
  const cases: string[] = [];
  for (let c = 0; c < CASES; c++) {
    const subject = subjects[c % subjects.length];
    if (subject === undefined) throw new Error('no subjects');
    const failureId = await created(running, caseworker, `/duties/${subject.dutyId}/failures`, {
      occurredAt: daysAgo(30 + c),
      description: 'The monthly inspection was not carried out',
      evidence: 'Inspection register of the month',
      adverseEffect: 'SERIOUS',
    });
    const caseId = await created(running, caseworker, '/cases', {
      kind: 'PRE_ACCIDENT',
      openedByDepartmentId: authority,
      subjects: [{ cadreId: subject.cadreId, postId: subject.postId }],
      failures: [{ dutyId: subject.dutyId, failureId }],
      summary: 'Monthly hazard inspections of the mines were not carried out',
    });
    // Evidence is attached while a case is under investigation.
    await created(running, caseworker, `/cases/${caseId}/investigator`, {
      investigatorId: 'supervisor-investigating',
    });
    await created(running, caseworker, `/cases/${caseId}/investigation`, undefined);
    cases.push(caseId);
  }
  return { duties, cases };
}

interface Command {
  path: string;
  body: Record<string, unknown>;
}

/** Generates valid, distinct commands in turn: performance, failure, evidence. */
class CommandMix {
  private sent = 0;
  /** Every (duty, month) pair is used at most once: months count back from last month. */
  private performances = 0;

  constructor(private readonly fixtures: Fixtures) {}

  next(): Command {
    const n = this.sent++;
    const { duties, cases } = this.fixtures;
    switch (n % 3) {
      case 0: {
        const k = this.performances++;
        const dutyId = duties[k % duties.length] ?? '';
        const monthsBack = 1 + Math.floor(k / duties.length);
        const now = new Date();
        const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1));
        const period = `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
        return {
          path: `/duties/${dutyId}/performances`,
          body: {
            performanceId: randomUUID(),
            period,
            performedAt: new Date(month.getTime() + 10 * 86_400_000).toISOString(),
            evidence: `Inspection report ${n}`,
          },
        };
      }
      case 1:
        return {
          path: `/duties/${duties[n % duties.length] ?? ''}/failures`,
          body: {
            failureId: randomUUID(),
            occurredAt: new Date(Date.now() - 86_400_000 - (n % 3_000_000) * 1000).toISOString(),
            description: `Inspection ${n} was not carried out`,
            evidence: `Register page ${n}`,
            adverseEffect: 'NONE',
          },
        };
      default:
        return {
          path: `/cases/${cases[n % cases.length] ?? ''}/evidence`,
          body: {
            evidenceId: randomUUID(),
            description: `Scanned register page ${n}`,
            contentHash: createHash('sha256').update(`evidence ${n}`).digest('hex'),
          },
        };
    }
  }
}

function row(label: string, result: autocannon.Result): Row {
  return {
    label,
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
  };
}

function printRows(rows: readonly Row[]): void {
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(44) : cell.padStart(12))).join('');
  console.log(line(['scenario', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx']));
  for (const r of rows) {
    console.log(
      line([
        r.label,
        String(r.requests),
        r.perSecond.toFixed(0),
        r.p50Ms.toFixed(1),
        r.p99Ms.toFixed(1),
        String(r.non2xx),
      ]),
    );
  }
}

async function main(): Promise<void> {
  // Warnings and errors only: a line per request would bury the figures.
  process.env.DUTYLEDGER_LOG_LEVEL = 'warn';
  const running = await startApp();
  try {
    const mix = new CommandMix(await fixtures(running));
    const caseworker = running.token('CASEWORKER');
    const headers = { authorization: `Bearer ${caseworker}`, 'content-type': 'application/json' };

    // One of each kind by hand first: a refused set-up would make the figures meaningless.
    for (let i = 0; i < 3; i++) {
      const command = mix.next();
      const answer = await call(running.url, 'POST', command.path, {
        token: caseworker,
        body: command.body,
      });
      if (answer.status !== 201) {
        throw new Error(
          `POST ${command.path} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
        );
      }
    }

    const commands = await autocannon({
      url: running.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const command = mix.next();
            return { ...request, path: command.path, headers, body: JSON.stringify(command.body) };
          },
        },
      ],
    });
    const health = await autocannon({
      url: `${running.url}/health`,
      connections: CONNECTIONS,
      duration: SECONDS,
    });

    const rows = [
      row('commands (performance/failure/evidence)', commands),
      row('GET /health (framework ceiling)', health),
    ];
    console.log(
      `test/bench/commands: ${CONNECTIONS} connections, ${SECONDS} s each, embedded stores; ` +
        `${POSTS * DUTIES_PER_POST} duties, ${CASES} cases under investigation`,
    );
    console.log(`reproduce: ${COMMAND}`);
    printRows(rows);
    const [mixed, ceiling] = rows;
    if (mixed && ceiling) {
      console.log(
        `ratio commands/health (req/s): ${(mixed.perSecond / ceiling.perSecond).toFixed(3)}`,
      );
    }
  } finally {
    await running.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
