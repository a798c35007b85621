import { createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CHECKPOINT_STREAM, type EventStore } from '@dutyledger/event-store';
import { EVENT_STORE } from '@dutyledger/wiring';
import { runCli } from '../../apps/cli/src/cli';
import { call } from '../support/http';
import { startApp } from '../support/running-app';
import { type AuditStory, auditSuite } from './audit-fixtures';
import { district } from './organisation-fixtures';

jest.setTimeout(60_000);

/** Runs a CLI command line in this process, on the suite's data directory. */
async function cli(dataDir: string, ...args: string[]) {
  return cliIn('en', dataDir, ...args);
}

/** The same, for an operator who reads `lang`. */
async function cliIn(lang: 'en' | 'zh-CN', dataDir: string, ...args: string[]) {
  const printed = { out: '', err: '' };
  const saved = process.env.DUTYLEDGER_DATA_DIR;
  process.env.DUTYLEDGER_DATA_DIR = dataDir;
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
    process.env.DUTYLEDGER_DATA_DIR = saved;
  }
}

interface Verdict {
  source: string;
  ok: boolean;
  problem: string | null;
  problemCode: string | null;
  problemParams: Record<string, string> | null;
  differences: { stream: string; signed: string; found: string }[];
}

describe('signed checkpoints: a stream cut off at its end, found by verify and verify-bundle', () => {
  const suite = auditSuite();
  let story: AuditStory;
  let elsewhere: string;
  let dataDir: string;

  beforeAll(async () => {
    story = await suite.appealedAndReopenedCase('Inspections skipped');
    elsewhere = mkdtempSync(join(tmpdir(), 'dutyledger-kept-'));
    dataDir = suite.app.config.dataDir;
  });
  afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

  async function bundle(name: string): Promise<string> {
    const answer = await suite.text(`/audit/cases/${story.caseId}/bundle`);
    expect(answer.status).toBe(200);
    const file = join(elsewhere, name);
    writeFileSync(file, answer.body);
    return file;
  }

  it('walks a store from before checkpoints, an old bundle, a checkpoint, a cut stream', async () => {
    // A bundle of a log never signed still verifies, and says it carries no checkpoint.
    const unsigned = await bundle('unsigned.ndjson');
    const plain = await cli(dataDir, 'verify-bundle', unsigned);
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('it carries no signed checkpoint of the log');
    expect((await suite.get('/audit/verify')).body).toMatchObject({ ok: true, checkpoints: [] });

    const kept = join(elsewhere, 'checkpoint.json');
    const signed = await cli(dataDir, 'checkpoint', '--out', kept);
    expect(signed.code).toBe(0);
    expect(signed.out).toMatch(
      /^Signed the log up to position \d+ \(\d+ events in \d+ streams\) with key [0-9a-f]{32}; copied to /,
    );
    expect((statSync(kept).mode & 0o777).toString(8)).toBe('600');
    const again = await cliIn('zh-CN', dataDir, 'checkpoint');
    expect(again).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^自上次检查点（.+）以来没有追加任何事件\n$/) as unknown,
    });

    const carried = await bundle('signed.ndjson');
    const manifest = JSON.parse(readFileSync(carried, 'utf8').split('\n')[0] ?? '{}') as {
      streams: { stream: string }[];
      checkpoint: { proofs: { stream: string }[]; position: string };
    };
    expect(manifest.checkpoint.proofs.map((proof) => proof.stream).sort()).toEqual(
      manifest.streams.map((entry) => entry.stream).sort(),
    );
    const publicKey = join(elsewhere, 'checkpoint-public.pem');
    writeFileSync(
      publicKey,
      createPublicKey(readFileSync(suite.app.config.checkpoints.keyFile, 'utf8')).export({
        type: 'spki',
        format: 'pem',
      }),
    );
    const held = await cli(
      dataDir,
      'verify-bundle',
      carried,
      '--public-key',
      publicKey,
      '--checkpoint',
      kept,
    );
    expect(held.code).toBe(0);
    expect(held.out).toMatch(
      new RegExp(
        `held against the log's checkpoint at position ${manifest.checkpoint.position} of .*, signed by key [0-9a-f]{32} \\(the key given\\)`,
      ),
    );
    const verified = await suite.get('/audit/verify');
    expect(verified.body.ok).toBe(true);
    expect((verified.body.checkpoints as Verdict[]).map((v) => [v.source, v.ok])).toEqual([
      ['store', true],
      ['file', true],
    ]);

    // Someone with the file cuts the last event off the case stream: no link breaks.
    const caseStream = `case-${story.caseId}`;
    const [last] = await suite.store.readStream(caseStream, {
      direction: 'backwards',
      maxCount: 1,
    });
    const { eventStore } = suite.app.config;
    if (eventStore.kind !== 'sqlite' || !last)
      throw new Error('the suite runs on the embedded store');
    const db = new Database(eventStore.file);
    db.prepare('DELETE FROM events WHERE id = ?').run(last.id);
    db.close();

    const cut = await suite.get('/audit/verify');
    expect(cut.body).toMatchObject({ ok: false, firstBreak: null });
    const [inStore, inFile] = cut.body.checkpoints as Verdict[];
    expect(inStore?.problem).toMatch(/^the stream heads at position \d+ are not those signed/);
    expect(inStore).toMatchObject({
      problemCode: 'checkpoint.storeHeadsDiffer',
      problemParams: { position: manifest.checkpoint.position },
    });
    // The same problem in the reader's language; the code stays as it is.
    const inChinese = await suite.get('/audit/verify?lang=zh-CN');
    const [storeInChinese] = inChinese.body.checkpoints as Verdict[];
    expect(storeInChinese?.problem).toMatch(/^位置\d+处的各事件流头与.+签署的不符/);
    expect(storeInChinese?.problemCode).toBe('checkpoint.storeHeadsDiffer');
    expect(inFile?.differences).toEqual([
      {
        stream: caseStream,
        signed: expect.stringMatching(new RegExp(`^revision ${last.revision} `)) as string,
        found: expect.stringMatching(new RegExp(`^revision ${last.revision - 1n} `)) as string,
      },
    ]);
    const onTheCommandLine = await cli(dataDir, 'verify', '--checkpoint', kept);
    expect(onTheCommandLine.code).toBe(1);
    expect(
      (JSON.parse(onTheCommandLine.out) as { checkpoints: Verdict[] }).checkpoints.map((v) => v.ok),
    ).toEqual([false, false, false]);

    const afterCut = await bundle('after-cut.ndjson');
    const found = await cli(dataDir, 'verify-bundle', afterCut);
    expect(found.code).toBe(1);
    expect(found.out).toContain(`The bundle's checkpoint: at position`);
    expect(found.out).toContain(`it signed revision ${last.revision} `);
    expect(found.out).toContain('events were cut off or replaced before the export');
    // The bundle made before the cut still holds.
    expect((await cli(dataDir, 'verify-bundle', carried)).code).toBe(0);
  });
});

describe('checkpoints recorded by the api on their own', () => {
  it('records one every DUTYLEDGER_CHECKPOINT_INTERVAL_SECONDS while the log moves', async () => {
    const running = await startApp({ env: { DUTYLEDGER_CHECKPOINT_INTERVAL_SECONDS: '1' } });
    try {
      const created = await call(running.url, 'POST', '/departments', {
        token: running.token('ADMIN'),
        body: district(),
      });
      expect(created.status).toBe(201);
      const store = running.app.get<EventStore>(EVENT_STORE);
      let checkpoints: unknown[] = [];
      for (let attempt = 0; attempt < 100 && checkpoints.length === 0; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        checkpoints = await store.readStream(CHECKPOINT_STREAM).catch(() => []);
      }
      expect(checkpoints).toHaveLength(1);
      expect(checkpoints[0]).toMatchObject({ data: { position: String(created.body.position) } });
    } finally {
      await running.stop();
    }
  });
});
