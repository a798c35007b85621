/** Who did it: taken from the authenticated caller, never from a request body. */
export interface Actor {
  id: string;
  role: string;
}

/** What travels with every event besides its data (docs/architecture.md, "The event codec and the envelope"). */
export interface EventMetadata {
  actor: Actor;
  correlationId: string;
  /** The id of the command (or event) that caused this event. */
  causationId: string;
  /** Business time: when the fact happened in the world (ISO-8601). */
  occurredAt: string;
  /** When the system recorded it (ISO-8601), from the injected clock. */
  recordedAt: string;
  /**
   * On the events of a command sent with an Idempotency-Key: enough to answer a retry with the
   * first answer from the events themselves.
   */
  idempotency?: CommandIdempotency;
}

export interface CommandIdempotency {
  /** SHA-256 (hex) of the caller's subject and the key: the key itself is not stored. */
  key: string;
  /** SHA-256 (hex) of the request (method, path and canonical body). */
  request: string;
  /** The id the command answered. */
  answer: string;
}

/** An event as a writer proposes it; the store adds stream, revision, position and the hash chain. */
export interface ProposedEvent<Data = Record<string, unknown>> {
  /** A UUID chosen by the writer; re-appending the same ids is idempotent. */
  id: string;
  /** The stable stored type name, e.g. `DepartmentRegistered`. */
  type: string;
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
}

/** An event as it was stored, with everything needed to verify it later. */
export interface RecordedEvent<Data = Record<string, unknown>> extends ProposedEvent<Data> {
  stream: string;
  /** Position in its stream; the first event of a stream is revision 0. */
  revision: bigint;
  /**
   * Position in the global ($all) order, gaps allowed, never 0: the commit position. Unique for
   * every event unless events were committed together by a commit record, which EventStoreDB
   * logs written before 20.6 hold; those share it and differ by `preparePosition`.
   */
  position: bigint;
  /**
   * The prepare position, only when it differs from `position` (see `logPositionOf`): a
   * checkpoint must keep it to resume between events that share a commit position.
   */
  preparePosition?: bigint;
  /** SHA-256 (hex) of this event's canonical form chained to `previousHash`. */
  hash: string;
  /** The hash of the previous event of the stream, or the genesis hash for revision 0. */
  previousHash: string;
  /**
   * Which scheme computed `hash` (integrity/hash-chain.ts); absent on events stored before
   * schemes existed, which the original scheme hashed.
   */
  hashScheme?: number;
}
