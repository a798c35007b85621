import { createHash } from 'node:crypto';
import { uuidFromDigest } from '@dutyledger/ledger';

/**
 * A fixed id for a named thing of the scenario, from the SHA-256 of its name: the same name
 * always gives the same id, so a second load names the same things.
 */
export function demoId(name: string): string {
  return uuidFromDigest(
    createHash('sha256').update(`dutyledger-demo:${name}`, 'utf8').digest('hex'),
  );
}

/** The Idempotency-Key of one scenario command: a re-run answers what the first run answered. */
export function demoIdempotencyKey(label: string): string {
  return `demo:${createHash('sha256').update(label, 'utf8').digest('hex').slice(0, 40)}`;
}

/** A SHA-256 content hash for an evidence description (the demo stores no files). */
export function demoContentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
