import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { PROJECTOR_NICENESS } from '../../apps/api/src/projector-child';
import { startApiProcess } from '../support/api-process';
import { departmentBody } from '../support/command-load';

/** The processes whose parent is `pid`, read from /proc (Linux). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after ')'.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** A process's niceness: field 19 of /proc/<pid>/stat (field 17 after the `(comm)`). */
function nicenessOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

describe('the projector as the api’s child process (npm start, DUTYLEDGER_PROJECTOR=child)', () => {
  it('is started by the api and never outlives it, even when the api is killed with kill -9', async () => {
    const api = await startApiProcess({ env: { DUTYLEDGER_PROJECTOR: 'child' } });
    try {
      let projector: number[] = [];
      expect(await waitFor(() => (projector = childrenOf(api.pid)).length === 1, 20_000)).toBe(
        true,
      );
      const [child] = projector;
      if (child === undefined) throw new Error('no projector child');
      // It runs nicer than the api, which keeps the CPU when both want it.
      expect(nicenessOf(child)).toBe(Math.min(19, nicenessOf(api.pid) + PROJECTOR_NICENESS));
      process.kill(api.pid, 'SIGKILL');
      expect(await waitFor(() => !alive(child), 20_000)).toBe(true);
    } finally {
      await api.stop();
    }
  });
});

describe('the projector on the api’s own event loop (npm start, DUTYLEDGER_PROJECTOR=in-process)', () => {
  it('starts once the api listens and projects its commands, with no child process', async () => {
    const api = await startApiProcess({ env: { DUTYLEDGER_PROJECTOR: 'in-process' } });
    try {
      const departmentId = randomUUID();
      const registered = await fetch(`${api.url}/departments`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${api.token('ADMIN')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(departmentBody(departmentId)),
      });
      expect(registered.status).toBe(201);
      const { position } = (await registered.json()) as { position: string };
      const status = await fetch(`${api.url}/projections?until=${position}&waitMs=20000`, {
        headers: { authorization: `Bearer ${api.token('ADMIN')}` },
      });
      const answer = (await status.json()) as {
        until: { reached: boolean };
        projections: { heldBy: string | null }[];
      };
      expect(answer.until.reached).toBe(true);
      // Every projection is applied by the api process itself (`host:pid/random`).
      const holders = new Set(answer.projections.map((projection) => projection.heldBy));
      expect([...holders].map((holder) => holder?.split(':')[1]?.split('/')[0])).toEqual([
        String(api.pid),
      ]);
      expect(childrenOf(api.pid)).toEqual([]);
    } finally {
      await api.stop();
    }
  });
});
