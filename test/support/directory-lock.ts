import { existsSync, mkdirSync, rmdirSync, statSync } from 'node:fs';

/**
 * Runs `work` holding `lock`, a directory (mkdir is atomic, so jest workers running suites in
 * parallel take turns). A lock older than `staleMs` was left by a worker that died holding it and
 * is taken over; `pollMs` is how often a waiting worker tries again.
 */
export async function withDirectoryLock<T>(
  lock: string,
  work: () => Promise<T>,
  { staleMs, pollMs }: { staleMs: number; pollMs: number },
): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > staleMs) rmdirSync(lock);
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
  try {
    return await work();
  } finally {
    rmdirSync(lock);
  }
}
