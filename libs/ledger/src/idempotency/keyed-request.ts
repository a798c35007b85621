import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { uuidFromDigest } from './uuid-from-digest';

/**
 * A command sent with an Idempotency-Key, as the code that runs it sees it: everything it derives
 * from the key is the same on every retry, so a retry lands where the first attempt did.
 */
export class KeyedRequest {
  private ids = 0;

  constructor(
    /** SHA-256 (hex) of the caller's subject and the key. */
    readonly key: string,
    /** SHA-256 (hex) of the method, path and canonical body. */
    readonly request: string,
    /** The key as sent: only the test-only crash hook looks at it. */
    readonly rawKey: string,
  ) {}

  /**
   * The n-th new id of this request (a department registered without an id, say): a v4-shaped
   * UUID from the key, so that a retry names the same entity and the API accepts it back.
   */
  nextId(): string {
    return uuidFromDigest(sha256(`${this.key}:id:${this.ids++}`));
  }

  /** The id of the command's `index`-th event: a name-based UUID (v5) of the key. */
  eventId(index: number): string {
    return uuidV5(`${this.key}:event:${index}`);
  }
}

const storage = new AsyncLocalStorage<KeyedRequest>();

/** Runs `task` (and everything it awaits) as the keyed request. */
export function runKeyed<T>(request: KeyedRequest, task: () => T): T {
  return storage.run(request, task);
}

/**
 * Runs `task` outside the keyed request: for writes a command makes besides its own events (the
 * reservations of unique values), whose ids and answers must not be taken for the command's.
 */
export function runUnkeyed<T>(task: () => T): T {
  return storage.exit(task);
}

/** The keyed request being handled, if any. */
export function currentKeyedRequest(): KeyedRequest | undefined {
  return storage.getStore();
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** DutyLedger's namespace for name-based event ids (a fixed random UUID). */
const NAMESPACE = Buffer.from('6f0b5c1e2d8a4b7f9c3e1a2b4d6f8e01', 'hex');

/** RFC 4122 version 5: SHA-1 of the namespace and the name. */
function uuidV5(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
