import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PROJECTIONS } from '@dutyledger/read-models';
import { runCli } from '../../apps/cli/src/cli';
import { call } from '../support/http';
import { type RunningApp, startApp } from '../support/running-app';

jest.setTimeout(120_000);

/** Runs `npm run cli -- ...` in a child process, the way a user would. */
function spawnCli(dataDir: string, ...args: string[]) {
  return spawnCliIn('en', dataDir, ...args);
}

/** The same, for an operator whose DUTYLEDGER_LANG is `lang`. */
function spawnCliIn(lang: string, dataDir: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/cli/src/main.ts', ...args],
    {
      cwd: join(__dirname, '../..'),
      env: {
        ...process.env,
        DUTYLEDGER_DATA_DIR: dataDir,
        DUTYLEDGER_QUIET: 'true',
        DUTYLEDGER_LANG: lang,
      },
      encoding: 'utf8',
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Runs a CLI command in this process (as main.ts does), with the data directory set. */
async function cli(dataDir: string, ...args: string[]) {
  return cliIn('en', dataDir, ...args);
}

/** The same, for an operator whose language is `lang`. */
async function cliIn(lang: 'zh-CN' | 'en', dataDir: string, ...args: string[]) {
  let out = '';
  let err = '';
  const saved = process.env.DUTYLEDGER_DATA_DIR;
  process.env.DUTYLEDGER_DATA_DIR = dataDir;
  try {
    const code = await runCli(
      args,
      {
        out: (line) => (out += `${line}\n`),
        err: (line) => (err += `${line}\n`),
      },
      lang,
    );
    return { code, out, err };
  } finally {
    process.env.DUTYLEDGER_DATA_DIR = saved;
  }
}

describe('projection status, dead letters, rebuild and verify', () => {
  let running: RunningApp;
  let dataDir: string;
  const departmentId = randomUUID();

  beforeAll(async () => {
    running = await startApp();
    dataDir = running.config.dataDir;
    const created = await call(running.url, 'POST', '/departments', {
      token: running.token('ADMIN'),
      body: {
        departmentId,
        name: 'Riverside Municipal People’s Government',
        level: 'MUNICIPAL',
        kind: 'GOVERNMENT',
        industries: ['mining'],
        supervisionAuthority: true,
      },
    });
    expect(created.status).toBe(201);
    await running.projected(String(created.body.position));
  });
  let stopped = false;
  afterAll(async () => {
    if (!stopped) await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('GET /projections shows every projection, its position, lag and parked count', async () => {
    const answer = await call<{
      headPosition: string;
      projections: {
        name: string;
        position: string;
        lag: number;
        parked: number;
        caughtUp: boolean;
      }[];
    }>(running.url, 'GET', '/projections', { token: running.token('VIEWER') });
    expect(answer.status).toBe(200);
    expect(answer.body.projections.map((projection) => projection.name).sort()).toEqual(
      PROJECTIONS.map((projection) => projection.name).sort(),
    );
    const departments = answer.body.projections.find((p) => p.name === 'departments');
    expect(departments).toMatchObject({ lag: 0, parked: 0, caughtUp: true });
    expect(BigInt(departments?.position ?? '0')).toBeGreaterThan(0n);
    expect(BigInt(answer.body.headPosition)).toBeGreaterThanOrEqual(
      BigInt(departments?.position ?? '0'),
    );
  });

  describe('from the command line, with the api stopped', () => {
    beforeAll(async () => {
      await running.stop(true);
      stopped = true;
    });

    const readModels = () => new Database(join(dataDir, 'read-models.db'));

    it('prints the status of each projection (npm run cli, in a process of its own)', () => {
      const result = spawnCli(dataDir, 'projections', 'status');
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/departments\s+position\s+\d+\s+lag\s+0\s+parked 0\s+up to date/);
      expect(result.out).toMatch(/^head position \d+$/m);
      const chinese = spawnCliIn('zh-CN', dataDir, 'projections', 'status');
      expect(chinese.code).toBe(0);
      expect(chinese.out).toMatch(/^日志头位置 \d+$/m);
      expect(chinese.out).toMatch(/departments\s+位置\s+\d+\s+滞后\s+0\s+搁置 0\s+已是最新/);
    });

    it('verify finds a row edited behind the projection’s back, and rebuild puts it right', async () => {
      expect(await cli(dataDir, 'projections', 'verify', 'departments')).toMatchObject({
        code: 0,
        out: expect.stringContaining('departments: ok, 1 row equals a rebuild') as unknown,
      });
      const db = readModels();
      db.prepare('UPDATE departments SET name = ? WHERE departmentId = ?').run(
        'Forged',
        departmentId,
      );
      db.close();

      const verified = await cli(dataDir, 'projections', 'verify', 'departments');
      expect(verified.code).toBe(1);
      expect(verified.out).toContain('departments: 1 row differs from a rebuild');
      expect(verified.out).toContain(`departments ["${departmentId}"]`);
      expect(verified.out).toContain('"name":"Forged"');
      expect(verified.out).toMatch(/^ {4}live: {4}\{.*"name":"Forged"/m);
      expect(verified.out).toMatch(
        /^ {4}rebuilt: \{.*"name":"Riverside Municipal People’s Government"/m,
      );
      // The same lines in Chinese: the rows are data, as they are; the words around them are said.
      const chinese = await cliIn('zh-CN', dataDir, 'projections', 'verify', 'departments');
      expect(chinese.code).toBe(1);
      expect(chinese.out).toMatch(/^departments：1行与位置\d+的重建结果不一致$/m);
      expect(chinese.out).toContain(`  departments ["${departmentId}"]\n    现行：{`);
      expect(chinese.out).toMatch(/^ {4}现行：\{.*"name":"Forged"/m);
      expect(chinese.out).toMatch(
        /^ {4}重建：\{.*"name":"Riverside Municipal People’s Government"/m,
      );
      expect(chinese.out).not.toMatch(/live:|rebuilt:/);

      const rebuilt = await cli(dataDir, 'projections', 'rebuild', 'departments');
      expect(rebuilt.code).toBe(0);
      expect(rebuilt.out).toMatch(
        /departments: rebuilt from 1 event in [\d.]+ s, swapped in at position \d+, 0 parked/,
      );
      const after = readModels();
      const row = after
        .prepare('SELECT name FROM departments WHERE departmentId = ?')
        .get(departmentId);
      after.close();
      expect(row).toEqual({ name: 'Riverside Municipal People’s Government' });
      expect((await cli(dataDir, 'projections', 'verify', 'departments')).code).toBe(0);
    });

    it('lists a parked event and applies it again on retry', async () => {
      const db = readModels();
      const position = (
        db
          .prepare("SELECT position FROM projection_checkpoints WHERE projection = 'departments'")
          .get() as {
          position: number;
        }
      ).position;
      const events = new Database(join(dataDir, 'events.db'), { readonly: true });
      const stored = events.prepare('SELECT id FROM events WHERE position = ?').get(position) as {
        id: string;
      };
      events.close();
      // As if applying the event had failed: no row, the event in the dead-letter table.
      db.prepare('DELETE FROM departments').run();
      db.prepare(
        'INSERT INTO parked_events (projection, position, eventId, eventType, error, parkedAt) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(
        'departments',
        position,
        stored.id,
        'DepartmentRegistered',
        'Error: disk on fire\n  at x',
        '2026-11-28T00:00:00.000Z',
      );
      db.close();

      const listed = await cli(dataDir, 'projections', 'parked');
      expect(listed.code).toBe(0);
      expect(listed.out).toMatch(
        new RegExp(
          `#(\\d+) departments position ${position} DepartmentRegistered ${stored.id} parked 2026-11-28T00:00:00.000Z: Error: disk on fire`,
        ),
      );
      const id = /#(\d+)/.exec(listed.out)?.[1] ?? '';
      expect((await cli(dataDir, 'projections', 'status')).out).toMatch(/departments\s.*parked 1/);

      const retried = await cli(dataDir, 'projections', 'retry', '--id', id);
      expect(retried).toMatchObject({ code: 0, out: `#${id} applied\n` });
      expect((await cli(dataDir, 'projections', 'parked')).out).toBe('No parked events.\n');
      const after = readModels();
      expect(after.prepare('SELECT COUNT(*) AS n FROM departments').get()).toEqual({ n: 1 });
      after.close();
    });

    it('names the projections when asked for one that does not exist', async () => {
      const result = await cli(dataDir, 'projections', 'rebuild', 'nonsense');
      expect(result.code).toBe(2);
      expect(result.err).toContain('No projection is named "nonsense"; there are: departments');
    });
  });
});
