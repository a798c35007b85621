/**
 * One build of the apps (tools/build.ts) for a whole test run, shared by every suite that starts
 * the api, the projector or the CLI as processes: a process from the build starts without
 * compiling the sources on the fly, about two seconds sooner on this 2-core machine, and the run
 * builds once instead of once per suite. The build is what production runs (`npm run build`),
 * from the same sources with the same SWC settings as `npm start`; test/e2e/built-output.e2e.spec.ts
 * shows it starts. Removed at the end of the run (global-teardown.js).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, build } from '../../tools/build';
import { withDirectoryLock } from './directory-lock';

/** Set once per jest run in jest.config.js, so a run never reuses another run's build. */
const RUN = process.env.DUTYLEDGER_TEST_RUN ?? String(process.ppid);
/** Inside the repository, so that the build finds node_modules. */
export const RUN_BUILD = join(ROOT, `.build-test-run-${RUN}`);
const DONE = join(RUN_BUILD, '.built');
const STALE_LOCK_MS = 5 * 60_000;

/** Builds the apps once per run (under a lock: suites run in parallel); answers where. */
export async function runBuild(): Promise<string> {
  if (existsSync(DONE)) return RUN_BUILD;
  // Whoever waited for the lock finds the build done.
  return withDirectoryLock(
    `${RUN_BUILD}.lock`,
    async () => {
      if (!existsSync(DONE)) {
        await build(RUN_BUILD);
        writeFileSync(DONE, '');
      }
      return RUN_BUILD;
    },
    { staleMs: STALE_LOCK_MS, pollMs: 100 },
  );
}

/** Whether this process is a jest worker (the benches start the api from its sources). */
export const underJest = (): boolean => process.env.JEST_WORKER_ID !== undefined;
