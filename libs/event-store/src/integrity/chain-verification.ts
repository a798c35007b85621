import type { RecordedEvent } from '../port/envelope';
import type { EventStore } from '../port/event-store.port';
import { UnreadableEventError } from '../port/errors';
import { type BrokenLink, GENESIS_HASH, verifyLink } from './hash-chain';
import {
  type ChainProblemCode,
  type IntegrityProblem,
  integrityProblem,
} from './integrity-problems';

/** The first link of a chain that does not hold, as an auditor reads it. */
export interface ChainBreak {
  stream: string;
  revision: bigint;
  position: bigint;
  eventId: string;
  /**
   * The hash the stored value should be, recomputed from the event and its predecessor; null when
   * none can be expected (an event of a hash scheme this version does not know, or one that can no
   * longer be read).
   */
  expected: string | null;
  /** What is stored (a hash), or why the stored event cannot be read, as the store says it. */
  found: string;
  reason: 'hash-mismatch' | 'previous-hash-mismatch' | 'unreadable-event';
  /** What is wrong, as a stable code and the values it names, for readers to say in their language. */
  problem: IntegrityProblem<ChainProblemCode>;
}

/** The problem of a broken link, said by its code and values. */
function linkProblem(broken: BrokenLink): IntegrityProblem<ChainProblemCode> {
  const named = {
    eventId: broken.eventId,
    stream: broken.stream,
    revision: broken.revision.toString(),
  };
  const found = broken.foundHash;
  if (broken.expectedHash === null) {
    return integrityProblem('chain.hashSchemeUnknown', {
      ...named,
      scheme: String(broken.scheme),
      found,
    });
  }
  const code =
    broken.reason === 'hash-mismatch' ? 'chain.hashMismatch' : 'chain.previousHashMismatch';
  return integrityProblem(code, { ...named, expected: broken.expectedHash, found });
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
      problem: linkProblem(broken),
    };
    return false;
  }

  /** A stored event that no longer reads as one breaks the chain where it stands. */
  unreadable(error: UnreadableEventError): void {
    this.firstBreak = {
      stream: error.stream,
      revision: error.revision,
      position: error.position,
      eventId: error.eventId,
      expected: null,
      found: error.reason,
      reason: 'unreadable-event',
      problem: integrityProblem('chain.eventUnreadable', {
        eventId: error.eventId,
        stream: error.stream,
        revision: error.revision.toString(),
        reason: error.reason,
      }),
    };
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

type Read = (from: bigint, count: number) => Promise<RecordedEvent[]>;

interface Page {
  events: RecordedEvent[];
  /** The first event that could not be read, if the page ran into one. */
  unreadable?: UnreadableEventError;
}

/**
 * One page of events from `from`; if a stored event in it cannot be read, the events before it
 * (read one at a time, so that a break among them is still found first) and that event's error.
 */
async function pageFrom(
  read: Read,
  from: bigint,
  count: number,
  next: (e: RecordedEvent) => bigint,
): Promise<Page> {
  try {
    return { events: await read(from, count) };
  } catch (error) {
    if (!(error instanceof UnreadableEventError)) throw error;
    const events: RecordedEvent[] = [];
    for (let at = from; ;) {
      let one: RecordedEvent[];
      try {
        one = await read(at, 1);
      } catch (again) {
        if (again instanceof UnreadableEventError) return { events, unreadable: again };
        throw again;
      }
      const [event] = one;
      if (!event) return { events, unreadable: error };
      events.push(event);
      at = next(event);
    }
  }
}

/** Where the log (or a stream) ends, even when its last stored event cannot be read. */
async function headOf(
  read: () => Promise<RecordedEvent[]>,
  key: (e: RecordedEvent | UnreadableEventError) => bigint,
) {
  try {
    const [last] = await read();
    return last ? key(last) : 0n;
  } catch (error) {
    if (error instanceof UnreadableEventError) return key(error);
    throw error;
  }
}

/** Walks pages of `read` from the start up to `head`, checking each link. */
async function walkChain(
  read: Read,
  head: bigint,
  key: (e: RecordedEvent) => bigint,
  options: VerificationOptions,
): Promise<VerificationResult> {
  const pageSize = options.pageSize ?? 1000;
  const walk = new ChainWalk();
  let from = 0n;
  for (;;) {
    const page = await pageFrom(read, from, pageSize, (event) => key(event) + 1n);
    for (const event of page.events) {
      if (key(event) > head) return walk.result();
      if (!walk.check(event)) return walk.result();
      from = key(event) + 1n;
    }
    if (page.unreadable) {
      walk.unreadable(page.unreadable);
      return walk.result();
    }
    const reached =
      page.events.at(-1) === undefined ? head : key(page.events.at(-1) as RecordedEvent);
    options.onProgress?.({ ...counts(walk), reached, head });
    if (page.events.length < pageSize || reached >= head) return walk.result();
  }
}

/**
 * Recomputes the hash chain of every stream of the store, in global order, through the port (so
 * it runs on every adapter), and stops at the first broken link: an edited event, or one that no
 * longer reads as an event. Events removed from the end of a stream leave no broken link: a
 * signed checkpoint of the log catches that (see log-checkpoint).
 */
export async function verifyStore(
  store: EventStore,
  options: VerificationOptions = {},
): Promise<VerificationResult> {
  const head = await headOf(
    () => store.readAll({ direction: 'backwards', maxCount: 1 }),
    (event) => event.position,
  );
  return walkChain(
    (from, count) => store.readAll({ fromPosition: from, maxCount: count }),
    head,
    (event) => event.position,
    options,
  );
}

/** Recomputes the hash chain of one stream from its first event. @throws StreamNotFoundError */
export async function verifyStream(
  store: EventStore,
  stream: string,
  options: VerificationOptions = {},
): Promise<VerificationResult> {
  const head = await headOf(
    () => store.readStream(stream, { direction: 'backwards', maxCount: 1 }),
    (event) => event.revision,
  );
  return walkChain(
    (from, count) => store.readStream(stream, { fromRevision: from, maxCount: count }),
    head,
    (event) => event.revision,
    options,
  );
}

function counts(walk: ChainWalk): Pick<VerificationProgress, 'eventsChecked' | 'streamsChecked'> {
  return { eventsChecked: walk.eventsChecked, streamsChecked: walk.streamsChecked };
}
