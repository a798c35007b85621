import type { RecordedEvent } from '../port/envelope';
import type { EventStore } from '../port/event-store.port';
import { GENESIS_HASH, verifyLink } from './hash-chain';

/** The first link of a chain that does not hold, as an auditor reads it. */
export interface ChainBreak {
  stream: string;
  revision: bigint;
  position: bigint;
  eventId: string;
  /** What the stored value should be, recomputed from the event and its predecessor. */
  expected: string;
  /** What is stored. */
  found: string;
  reason: 'hash-mismatch' | 'previous-hash-mismatch';
}

export interface VerificationProgress {
  eventsChecked: number;
  streamsChecked: number;
  /** The global position reached (stream scope: the revision reached). */
  reached: bigint;
  /** Where the log (or the stream) ended when the verification began. */
  head: bigint;
}

export interface VerificationResult {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  firstBreak: ChainBreak | null;
}

export interface VerificationOptions {
  /** Events read per page (default 1000). */
  pageSize?: number;
  /** Called after every page. */
  onProgress?: (progress: VerificationProgress) => void;
}

/** Keeps the stored hash of the last event seen in each stream: each link is checked alone. */
class ChainWalk {
  private readonly heads = new Map<string, string>();
  eventsChecked = 0;
  firstBreak: ChainBreak | null = null;

  get streamsChecked(): number {
    return this.heads.size;
  }

  /** False once a break is found. */
  check(event: RecordedEvent): boolean {
    const broken = verifyLink(event, this.heads.get(event.stream) ?? GENESIS_HASH);
    this.heads.set(event.stream, event.hash);
    this.eventsChecked += 1;
    if (broken === undefined) return true;
    this.firstBreak = {
      stream: broken.stream,
      revision: broken.revision,
      position: event.position,
      eventId: broken.eventId,
      expected: broken.expectedHash,
      found: broken.foundHash,
      reason: broken.reason,
    };
    return false;
  }

  result(): VerificationResult {
    return {
      ok: this.firstBreak === null,
      eventsChecked: this.eventsChecked,
      streamsChecked: this.streamsChecked,
      firstBreak: this.firstBreak,
    };
  }
}

/**
 * Recomputes the hash chain of every stream of the store, in global order, through the port (so
 * it runs on every adapter), and stops at the first broken link. Events removed from the end of a
 * stream leave no broken link: compare the heads with an exported bundle's manifest for that.
 */
export async function verifyStore(
  store: EventStore,
  options: VerificationOptions = {},
): Promise<VerificationResult> {
  const pageSize = options.pageSize ?? 1000;
  const [last] = await store.readAll({ direction: 'backwards', maxCount: 1 });
  const head = last?.position ?? 0n;
  const walk = new ChainWalk();
  let from = 0n;
  for (;;) {
    const page = await store.readAll({ fromPosition: from, maxCount: pageSize });
    for (const event of page) {
      if (event.position > head) return walk.result();
      if (!walk.check(event)) return walk.result();
      from = event.position + 1n;
    }
    const reached = page.at(-1)?.position ?? head;
    options.onProgress?.({ ...counts(walk), reached, head });
    if (page.length < pageSize || reached >= head) return walk.result();
  }
}

/** Recomputes the hash chain of one stream from its first event. @throws StreamNotFoundError */
export async function verifyStream(
  store: EventStore,
  stream: string,
  options: VerificationOptions = {},
): Promise<VerificationResult> {
  const pageSize = options.pageSize ?? 1000;
  const [last] = await store.readStream(stream, { direction: 'backwards', maxCount: 1 });
  const head = last?.revision ?? 0n;
  const walk = new ChainWalk();
  let from = 0n;
  for (;;) {
    const page = await store.readStream(stream, { fromRevision: from, maxCount: pageSize });
    for (const event of page) {
      if (event.revision > head) return walk.result();
      if (!walk.check(event)) return walk.result();
      from = event.revision + 1n;
    }
    const reached = page.at(-1)?.revision ?? head;
    options.onProgress?.({ ...counts(walk), reached, head });
    if (page.length < pageSize || reached >= head) return walk.result();
  }
}

function counts(walk: ChainWalk): Pick<VerificationProgress, 'eventsChecked' | 'streamsChecked'> {
  return { eventsChecked: walk.eventsChecked, streamsChecked: walk.streamsChecked };
}
