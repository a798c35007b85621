import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyStore } from '../integrity/chain-verification';
import { SqliteEventStore } from './sqlite.event-store';

const ROOT = join(__dirname, '../../../..');
const CHILD = join(ROOT, 'test/support/crash/append-until-killed.ts');

interface Acknowledged {
  stream: string;
  revision: bigint;
  position: bigint;
}

/** Starts the child, kills it with SIGKILL after `count` acknowledged appends, answers them. */
async function appendThenKill(file: string, count: number): Promise<Acknowledged[]> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', CHILD, file], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const acknowledged: Acknowledged[] = [];
  let buffer = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      const [stream = '', revision = '', position = ''] = line.split(' ');
      acknowledged.push({ stream, revision: BigInt(revision), position: BigInt(position) });
    }
    if (acknowledged.length >= count) child.kill('SIGKILL');
  });
  await exited;
  return acknowledged;
}

describe('SqliteEventStore killed while appending', () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'dutyledger-crash-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('keeps every acknowledged append, at its place, with gap-free positions and an intact chain, over three kills', async () => {
    const file = join(directory, 'events.db');
    const acknowledged: Acknowledged[] = [];
    for (let cycle = 0; cycle < 3; cycle++) {
      acknowledged.push(...(await appendThenKill(file, 150)));
    }
    const store = SqliteEventStore.open(file);
    try {
      for (const ack of acknowledged) {
        const [event] = await store.readStream(ack.stream, {
          fromRevision: ack.revision,
          maxCount: 1,
        });
        expect({ ...ack, found: event?.position }).toEqual({ ...ack, found: ack.position });
      }
      const all = await store.readAll();
      expect(all.map((event) => event.position)).toEqual(all.map((_, index) => BigInt(index + 1)));
      expect(await verifyStore(store)).toMatchObject({ ok: true, firstBreak: null });
    } finally {
      await store.close();
    }
  }, 60_000);
});
