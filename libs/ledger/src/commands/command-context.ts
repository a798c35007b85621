import type { Actor } from '@dutyledger/event-store';

/** Everything about a command that does not come from its body. */
export interface CommandContext {
  /** The authenticated caller (from its credentials): the actor of every event it causes. */
  actor: Actor;
  /** Ties together everything one user action caused, across requests. */
  correlationId: string;
  /** The id of this command: the causation id of every event it appends. */
  commandId: string;
  /** From If-Match: the revision the caller last saw; a moved stream answers 409. */
  expectedRevision?: bigint;
}
