import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { departmentStream } from '@dutyledger/domain';
import {
  type EventStore,
  connectEventStoreDb,
  type RecordedEvent,
  SqliteEventStore,
  verifyStream,
} from '@dutyledger/event-store';
import { embeddedSecret, mintToken } from '@dutyledger/auth';
import { type RunningEsdbEmulator, start as startEmulator } from '../support/esdb-emulator';
import { registerDepartment, startCommandLoad } from '../support/command-load';
import { call } from '../support/http';
import { type Build, type Child, sharedBuild, freePort, startChild } from '../support/processes';

jest.setTimeout(120_000);

const REPLICAS = 2;
const COMMANDS = 80;
const AUDIT_READS = 30;

type Kind = 'sqlite' | 'eventstoredb';

describe.each<Kind>(['sqlite', 'eventstoredb'])('%s: api replicas on one store', (kind) => {
  let dataDir: string;
  let emulator: RunningEsdbEmulator | undefined;
  let store: EventStore;
  const replicas: Child[] = [];
  let built: Build;
  let urls: string[];
  let admin: string;
  let auditor: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dutyledger-replicas-'));
    built = await sharedBuild();
    emulator = kind === 'eventstoredb' ? await startEmulator() : undefined;
    const storeEnv: Record<string, string> = emulator
      ? {
          DUTYLEDGER_EVENT_STORE: 'eventstoredb',
          DUTYLEDGER_EVENTSTORE_URL: emulator.connectionString,
        }
      : {};
    const ports = await Promise.all(Array.from({ length: REPLICAS }, () => freePort()));
    // Started together on an empty data directory: they must agree on the token secret too.
    for (const port of ports) {
      const env = { ...storeEnv, DUTYLEDGER_DATA_DIR: dataDir, PORT: String(port) };
      replicas.push(startChild('api', env, [], built));
    }
    await Promise.all(replicas.map((replica) => replica.waitFor('DutyLedger listening')));
    urls = ports.map((port) => `http://127.0.0.1:${port}`);
    const secret = embeddedSecret(dataDir);
    admin = mintToken(secret, { subject: 'admin-1', role: 'ADMIN' });
    auditor = mintToken(secret, { subject: 'auditor-1', role: 'AUDITOR' });
    store = emulator
      ? await connectEventStoreDb(emulator.connectionString)
      : SqliteEventStore.open(join(dataDir, 'events.db'));
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    built.remove();
    await store.close();
    await emulator?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('under concurrent load loses and duplicates no acknowledged command, and leaves no gap in revisions or positions', async () => {
    const audited = randomUUID();
    await registerDepartment(urls[0] ?? '', admin, audited, `audited-${audited}`);
    const load = startCommandLoad({ urls, token: admin, concurrency: 6, limit: COMMANDS });
    // Every audit read appends to the day's access log: one stream both replicas contend for.
    const reads = await Promise.all(
      Array.from({ length: AUDIT_READS }, (_, i) =>
        call(urls[i % urls.length] ?? '', 'GET', `/audit/verify?stream=department-${audited}`, {
          token: auditor,
        }),
      ),
    );
    await load.stop();
    const acknowledged = load.acknowledged();
    const all = await store.readAll();
    const registered = all.filter((event) => event.type === 'DepartmentRegistered');
    const accessLog = all.filter((event) => event.stream.startsWith('access-log-'));

    expect(load.sent.map((answer) => answer.status)).toEqual(load.sent.map(() => 201));
    expect(new Set(acknowledged.map((answer) => answer.url)).size).toBe(REPLICAS);
    expect(reads.map((read) => read.status)).toEqual(reads.map(() => 200));
    // Lost: an acknowledged command whose event is not where its answer said.
    for (const answer of acknowledged) {
      const [event] = await store.readStream(departmentStream(answer.departmentId));
      expect(
        event && { position: String(event.position), revision: String(event.revision) },
      ).toEqual({
        position: answer.body.position,
        revision: '0',
      });
    }
    // Duplicated: more events than acknowledged commands.
    expect(registered).toHaveLength(acknowledged.length + 1);
    expect(accessLog.map((event) => event.revision)).toEqual(accessLog.map((_, i) => BigInt(i)));
    expect(accessLog).toHaveLength(AUDIT_READS);
    expect((await verifyStream(store, accessLog[0]?.stream ?? '')).ok).toBe(true);
    expectIncreasing(all, kind);
  });

  it('answers a key retried on another replica with the first answer, appending nothing', async () => {
    const [first, second] = urls;
    const departmentId = randomUUID();
    const key = `replicas-${randomUUID()}`;

    const original = await registerDepartment(first ?? '', admin, departmentId, key);
    const retried = await registerDepartment(second ?? '', admin, departmentId, key);

    expect(original.status).toBe(201);
    expect(retried).toMatchObject({ status: 201, body: original.body });
    expect(await store.readStream(departmentStream(departmentId))).toHaveLength(1);
  });
});

/** Positions strictly increase; the SQLite store numbers them without gaps. */
function expectIncreasing(events: readonly RecordedEvent[], kind: Kind): void {
  const positions = events.map((event) => event.position);
  positions.slice(1).forEach((position, i) => {
    const previous = positions[i] ?? 0n;
    expect(position > previous).toBe(true);
    if (kind === 'sqlite') expect(position).toBe(previous + 1n);
  });
}
