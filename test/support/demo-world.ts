import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DemoSummary, demoTokens, loadDemo } from '../../apps/cli/src/demo';
import { withDirectoryLock } from './directory-lock';
import { startApp } from './running-app';

/**
 * The demo scenario, loaded through the command API once per test run and shared: the first suite
 * that asks loads it into a snapshot directory (under a lock, since suites run in parallel
 * workers); every suite then gets a copy of the event store and token secret in a data directory
 * of its own, and its app projects the read models from the events at start.
 */
export interface DemoWorld {
  dataDir: string;
  summary: DemoSummary;
}

/** Set once per jest run in jest.config.js, so a run never reuses another run's snapshot. */
const RUN = process.env.DUTYLEDGER_TEST_RUN ?? String(process.ppid);
export const DEMO_SNAPSHOT = join(tmpdir(), `dutyledger-demo-${RUN}`);
const FILES = ['events.db', 'events.db-wal', 'jwt-secret'];
const STALE_LOCK_MS = 10 * 60_000;

const locked = <T>(work: () => Promise<T>): Promise<T> =>
  withDirectoryLock(`${DEMO_SNAPSHOT}.lock`, work, { staleMs: STALE_LOCK_MS, pollMs: 250 });

async function snapshot(): Promise<DemoSummary> {
  const summaryFile = join(DEMO_SNAPSHOT, 'summary.json');
  return locked(async () => {
    if (!existsSync(summaryFile)) {
      const running = await startApp({ dataDir: join(DEMO_SNAPSHOT, 'data') });
      const summary = await loadDemo({
        baseUrl: running.url,
        tokens: demoTokens((role, subject) => running.token(role, subject)),
      });
      await running.stop(true);
      writeFileSync(summaryFile, JSON.stringify(summary));
    }
    return JSON.parse(readFileSync(summaryFile, 'utf8')) as DemoSummary;
  });
}

/** A fresh data directory holding the demo's events (loaded once per run through the api). */
export async function demoWorld(): Promise<DemoWorld> {
  const summary = await snapshot();
  const dataDir = mkdtempSync(join(tmpdir(), 'dutyledger-e2e-'));
  for (const file of FILES) {
    const from = join(DEMO_SNAPSHOT, 'data', file);
    if (existsSync(from)) copyFileSync(from, join(dataDir, file));
  }
  return { dataDir, summary };
}
