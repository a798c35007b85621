import type { KeyedRequest } from './keyed-request';

/**
 * Test-only crash injection: when DUTYLEDGER_TEST_KILL_AFTER_COMMIT names an Idempotency-Key, the
 * process kills itself (SIGKILL, as `kill -9` would) right after that command's events are
 * committed and before it answers. Crash tests start a real api with it; nothing else sets it.
 */
const KILL_AFTER_COMMIT_OF = process.env.DUTYLEDGER_TEST_KILL_AFTER_COMMIT;

export function killAfterCommitIfAsked(keyed: KeyedRequest): void {
  if (KILL_AFTER_COMMIT_OF !== undefined && keyed.rawKey === KILL_AFTER_COMMIT_OF) {
    process.kill(process.pid, 'SIGKILL');
  }
}
