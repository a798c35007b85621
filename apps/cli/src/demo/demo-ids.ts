import { createHash } from 'node:crypto';

/**
 * A fixed id for a named thing of the scenario: SHA-256 of the name, shaped as a UUID v4 (the
 * version and variant bits set) because the command API accepts caller-chosen ids only as v4.
 * The same name always gives the same id, so a second load names the same things.
 */
export function demoId(name: string): string {
  const hex = createHash('sha256').update(`dutyledger-demo:${name}`, 'utf8').digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/** The Idempotency-Key of one scenario command: a re-run answers what the first run answered. */
export function demoIdempotencyKey(label: string): string {
  return `demo:${createHash('sha256').update(label, 'utf8').digest('hex').slice(0, 40)}`;
}

/** A SHA-256 content hash for an evidence description (the demo stores no files). */
export function demoContentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
