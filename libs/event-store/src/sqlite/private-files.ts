import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/** The data holds personal details: only the account that runs the service may read it. */
const OWNER_ONLY_DIRECTORY = 0o700;
const OWNER_ONLY_FILE = 0o600;

/** chmod, except where another account owns the path: its owner chose, and we may not change it. */
function narrow(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
}

/** Creates `directory` (and missing parents) for its owner only, and narrows it if it exists. */
export function privateDirectory(directory: string): void {
  mkdirSync(directory, { recursive: true, mode: OWNER_ONLY_DIRECTORY });
  narrow(directory, OWNER_ONLY_DIRECTORY);
}

/**
 * Makes an SQLite database file owner-only before SQLite opens it: created empty at 600 when
 * absent (SQLite gives its -wal and -shm files the mode of the database file), and narrowed,
 * with any -wal, -shm or -journal file, when a store made by an older version is opened.
 */
export function privateDatabaseFile(file: string): void {
  if (file === '' || file === ':memory:') return;
  closeSync(openSync(file, 'a', OWNER_ONLY_FILE));
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (existsSync(file + suffix)) narrow(file + suffix, OWNER_ONLY_FILE);
  }
}
