import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@dutyledger/event-store';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import {
  POSTGRES_TEST_URL,
  type PostgresSchema,
  postgresSchema,
} from '../../../test/support/postgres';
import { many } from '../../../libs/event-store/src/contract/contract-fixtures';
import { runCli } from './cli';

/** The CLI opens the stores the configuration names, through the same modules as the api. */
const describeWithPostgres = POSTGRES_TEST_URL ? describe : describe.skip;

async function cli(env: Record<string, string>, ...args: string[]) {
  return cliIn('en', env, ...args);
}

async function cliIn(lang: 'zh-CN' | 'en', env: Record<string, string>, ...args: string[]) {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  const printed = { out: '', err: '' };
  try {
    const code = await runCli(
      args,
      {
        out: (line) => (printed.out += `${line}\n`),
        err: (line) => (printed.err += `${line}\n`),
      },
      lang,
    );
    return { code, ...printed };
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

describe('the CLI on the configured stores', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dutyledger-cli-stores-'));
    await SqliteEventStore.open(join(dataDir, 'events.db')).close();
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses to create an embedded event store that is not there', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dutyledger-cli-stores-'));
    try {
      const result = await cli({ DUTYLEDGER_DATA_DIR: empty }, 'verify');
      expect(result).toMatchObject({ code: 2, out: '' });
      expect(result.err).toContain(`No event store at ${join(empty, 'events.db')}`);
      expect(existsSync(join(empty, 'events.db'))).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('opens only the event store for a command that needs no read model', async () => {
    const result = await cli({ DUTYLEDGER_DATA_DIR: dataDir }, 'verify');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ ok: true, scope: 'store', eventsChecked: 0 });
    expect(existsSync(join(dataDir, 'read-models.db'))).toBe(false);
  });

  it('says a checkpoint that does not hold in the operator’s language, its JSON with the code', async () => {
    const store = SqliteEventStore.open(join(dataDir, 'events.db'));
    await store.append('case-1', many(2), 'no_stream');
    await store.close();
    const env = { DUTYLEDGER_DATA_DIR: dataDir };
    expect((await cli(env, 'checkpoint')).code).toBe(0);
    const file = join(dataDir, 'log-checkpoint.json');
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { checkpoint: { events: number } };
    writeFileSync(file, JSON.stringify({ ...kept, checkpoint: { ...kept.checkpoint, events: 1 } }));

    const zh = await cliIn('zh-CN', env, 'verify');
    expect(zh.code).toBe(1);
    expect(zh.err).toContain(`检查点（file ${file}），位置?：其签名与内容不符`);
    const answer = JSON.parse(zh.out) as { checkpoints: Record<string, unknown>[] };
    expect(answer.checkpoints[1]).toMatchObject({
      source: 'file',
      ok: false,
      problem: 'its signature does not match its content',
      problemCode: 'checkpoint.signatureMismatch',
      problemParams: {},
    });
    const en = await cli(env, 'verify');
    expect(en.err).toContain(
      `checkpoint (file ${file}) at position ?: its signature does not match its content`,
    );
  });

  /** Runs `sql` on the embedded event store behind the store's back. */
  function tamper(sql: string, ...values: (string | number)[]) {
    const db = new Database(join(dataDir, 'events.db'));
    db.prepare(sql).run(...values);
    db.close();
  }

  it('says the first broken link in the operator’s language, the hashes as they are', async () => {
    const store = SqliteEventStore.open(join(dataDir, 'events.db'));
    await store.append('case-1', many(2), 'no_stream');
    const [first, second] = await store.readStream('case-1');
    await store.close();
    if (!first || !second) throw new Error('no events');
    tamper('UPDATE events SET data = ? WHERE id = ?', '{"index":99}', first.id);
    const env = { DUTYLEDGER_DATA_DIR: dataDir };

    const zh = await cliIn('zh-CN', env, 'verify');
    expect(zh.code).toBe(1);
    const said = new RegExp(
      `^第一处断链，位于位置${first.position}：事件${first.id}（case-1修订号0）的哈希与其内容及前一事件不符：该事件已被改动（应为[0-9a-f]{64}，实为${first.hash}）$`,
      'm',
    );
    expect(zh.err).toMatch(said);
    // The JSON stays as scripts read it: the code, its values, and the problem in English.
    const { firstBreak } = JSON.parse(zh.out) as { firstBreak: Record<string, unknown> };
    expect(firstBreak).toMatchObject({
      eventId: first.id,
      found: first.hash,
      reason: 'hash-mismatch',
      problemCode: 'chain.hashMismatch',
      problemParams: { eventId: first.id, stream: 'case-1', revision: '0', found: first.hash },
      problem: expect.stringMatching(/^the hash of event .+ does not match its content/) as string,
    });
    const en = await cli(env, 'verify');
    expect(en.err).toMatch(
      new RegExp(`^the first broken link, at position ${first.position}: the hash of event`, 'm'),
    );

    // An event of a hash scheme this version does not know: the words around the scheme are said.
    tamper(
      'UPDATE events SET data = ?, hash_scheme = 9 WHERE id = ?',
      JSON.stringify(first.data),
      first.id,
    );
    const unknown = await cliIn('zh-CN', env, 'verify');
    expect(unknown.err).toContain(`采用本版本不认识的哈希方案9：无法校验（其哈希为${first.hash}）`);
    expect(JSON.parse(unknown.out)).toMatchObject({
      firstBreak: {
        expected: 'a hash of scheme 1 or 2, not of scheme 9',
        problemCode: 'chain.hashSchemeUnknown',
      },
    });
  });

  it('names each stream whose head differs from the signed one in the operator’s language', async () => {
    const store = SqliteEventStore.open(join(dataDir, 'events.db'));
    await store.append('case-1', many(3), 'no_stream');
    const [, second, third] = await store.readStream('case-1');
    await store.close();
    if (!second || !third) throw new Error('no events');
    const env = { DUTYLEDGER_DATA_DIR: dataDir };
    expect((await cli(env, 'checkpoint')).code).toBe(0);
    tamper('DELETE FROM events WHERE id = ?', third.id);

    const zh = await cliIn('zh-CN', env, 'verify');
    expect(zh.code).toBe(1);
    const short = (hash: string) => `${hash.slice(0, 12)}…`;
    expect(zh.err).toContain(
      `  case-1：签署时为修订号2（${short(third.hash)}），现为修订号1（${short(second.hash)}）`,
    );
    const en = await cli(env, 'verify');
    expect(en.err).toContain(
      `  case-1: signed revision 2 (${short(third.hash)}), found revision 1 (${short(second.hash)})`,
    );
    const answer = JSON.parse(zh.out) as { checkpoints: { differences: unknown[] }[] };
    expect(answer.checkpoints.map((checkpoint) => checkpoint.differences)).toContainEqual([
      {
        stream: 'case-1',
        signed: `revision 2 (${short(third.hash)})`,
        found: `revision 1 (${short(second.hash)})`,
      },
    ]);
  });

  describeWithPostgres('with PostgreSQL read models', () => {
    let schema: PostgresSchema;

    beforeEach(async () => {
      schema = await postgresSchema();
    });
    afterEach(() => schema.drop());

    it('reads the projections from PostgreSQL, not from an embedded file', async () => {
      const result = await cli(
        {
          DUTYLEDGER_DATA_DIR: dataDir,
          DUTYLEDGER_READ_MODELS: 'postgres',
          DUTYLEDGER_READ_MODELS_URL: `${schema.url}?options=-c%20search_path%3D${schema.name}`,
        },
        'projections',
        'status',
      );

      expect(result.code).toBe(0);
      expect(result.out).toMatch(/^head position 0\n/);
      expect(existsSync(join(dataDir, 'read-models.db'))).toBe(false);
      const client = new Client({ connectionString: schema.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ tables: string }>(
          'SELECT count(*) AS tables FROM information_schema.tables WHERE table_schema = $1',
          [schema.name],
        );
        expect(Number(rows[0]?.tables)).toBeGreaterThan(0);
      } finally {
        await client.end();
      }
    });
  });
});
