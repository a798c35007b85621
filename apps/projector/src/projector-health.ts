import { writeFileSync } from 'node:fs';
import type { DataSource } from 'typeorm';

/** How often the projector says it is alive. */
export const HEALTH_EVERY_MS = 5_000;

/**
 * A container health check for a process that serves no HTTP: while the projector runs and its
 * read-model database answers, the time is written to `file` every few seconds; the check reads
 * the file's age (docker/Dockerfile). A projector that hangs or lost its database goes stale.
 */
export function keepHealthFile(
  file: string,
  readModels: DataSource,
  running: () => boolean,
): () => void {
  const beat = async () => {
    if (!running() || !readModels.isInitialized) return;
    await readModels.query('SELECT 1');
    writeFileSync(file, `${new Date().toISOString()}\n`);
  };
  const timer = setInterval(() => void beat().catch(() => undefined), HEALTH_EVERY_MS);
  void beat().catch(() => undefined);
  return () => clearInterval(timer);
}
