import { ProjectionCheckpoint, type ProjectionRunner } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';

/** How often the checkpoints are read while a client waits (a projector elsewhere moves them). */
const POLL_MS = 100;

async function everyProjectionPassed(
  readModels: DataSource,
  names: readonly string[],
  position: bigint,
): Promise<boolean> {
  const rows = await readModels.getRepository(ProjectionCheckpoint).find();
  return names.every(
    (name) => (rows.find((row) => row.projection === name)?.position ?? 0n) >= position,
  );
}

/**
 * Resolves true once the stored checkpoint of every projection named is at or past `position`
 * (a checkpoint passes the events its projection does not read, so every one gets there), or
 * false when `waitMs` ran out. The checkpoints are read from the read-model database, so this
 * holds whether the projector runs in this process or in another; an in-process runner's progress
 * wakes the wait early.
 */
export async function projectionsPassed(
  readModels: DataSource,
  runner: ProjectionRunner,
  names: readonly string[],
  position: bigint,
  waitMs: number,
): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await everyProjectionPassed(readModels, names, position)) return true;
    const left = deadline - Date.now();
    if (left <= 0) return false;
    await new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      };
      const timer = setTimeout(wake, Math.min(POLL_MS, left));
      const unsubscribe = runner.onProgress((reached) => {
        if (reached >= position) wake();
      });
    });
  }
}
