import type { Command, Decider, DomainEvent, JurisdictionCalendar } from '@dutyledger/domain';
import {
  type AppendResult,
  EventIdInUseError,
  type EventStore,
  type ProposedEvent,
  type RecordedEvent,
  type StreamAppend,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '@dutyledger/event-store';
import type { EventDecoder } from '../codec/event-codec';
import { envelop } from '../envelope/envelope';
import { type Evolving, foldStream } from '../fold/fold-stream';
import { keyReused } from '../idempotency/key-reused';
import { type KeyedRequest, currentKeyedRequest } from '../idempotency/keyed-request';
import { killAfterCommitIfAsked } from '../idempotency/kill-after-commit';
import { type RecordedAnswer, collectAnswers } from '../idempotency/recorded-answers';
import type { CommandContext } from './command-context';
import type { CommandResult } from './command-result';
import { FoldedStreams } from './folded-streams';

/** How many times a command that lost a race is re-read and re-decided before answering 409. */
const MAX_ATTEMPTS = 5;

/** How many streams' folds are kept between commands. */
const FOLDED_STREAMS = 10_000;

export interface Loaded<S> {
  state: S;
  /** The revision read, or undefined when the stream does not exist yet. */
  revision: bigint | undefined;
}

export interface ExecuteOptions<E extends DomainEvent, S> {
  /**
   * Runs after the decision and before its events are appended (again on every retry): the
   * reservations of values that must be unique across streams, as appends (see `decideAppend`) that
   * are written with the command's events, before them: in one transaction where the store has
   * them (SQLite), one after another on EventStoreDB. Throwing stops the command.
   */
  beforeAppend?: (events: readonly E[], state: S) => Promise<readonly StreamAppend[]>;
}

interface Fold<S> extends Loaded<S> {
  answers: ReadonlyMap<string, RecordedAnswer>;
}

const NO_ANSWERS: ReadonlyMap<string, RecordedAnswer> = new Map();

/**
 * The command side's one way to write: load a stream, fold it, decide, append with the revision
 * read. A lost race is retried (re-read, re-decide) unless the caller sent If-Match.
 *
 * Folds are kept between commands, so a command reads only what its stream gained since
 * (usually nothing). A command sent with an Idempotency-Key writes the key and its answer into
 * the metadata of its events, with event ids derived from the key; a retry finds them in the
 * stream and answers from them, so the answer is as durable as the command itself.
 *
 * Free of any framework: the api (and any other app) gets one per process from libs/wiring's
 * `LEDGER_PROVIDERS`, built on the stores, clock, ids, calendar and codec of that process.
 */
export class Ledger {
  private readonly folds = new FoldedStreams(FOLDED_STREAMS);

  constructor(
    private readonly store: EventStore,
    private readonly clock: () => Date,
    private readonly newId: () => string,
    private readonly calendar: JurisdictionCalendar,
    private readonly codec: EventDecoder,
  ) {}

  async load<E extends DomainEvent, S>(
    stream: string,
    decider: Evolving<E, S>,
  ): Promise<Loaded<S>> {
    const { state, revision } = await this.fold(stream, decider);
    return { state, revision };
  }

  /**
   * Runs `command` against `stream`. `prepare` may read other streams to resolve the facts the
   * command needs (it runs again on every retry, so the facts are fresh).
   */
  async execute<C extends Command, E extends DomainEvent, S>(
    stream: string,
    id: string,
    decider: Decider<C, E, S>,
    context: CommandContext,
    prepare: (state: S) => Promise<C> | C,
    options: ExecuteOptions<E, S> = {},
  ): Promise<CommandResult> {
    const keyed = currentKeyedRequest();
    for (let attempt = 1; ; attempt++) {
      const { state, revision, answers } = await this.fold(stream, decider);
      const earlier = keyed && answers.get(keyed.key);
      if (keyed && earlier) {
        if (earlier.request !== keyed.request) throw keyReused();
        return {
          id: earlier.id,
          revision: String(earlier.revision),
          position: String(earlier.position),
        };
      }
      if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
        throw new WrongExpectedRevisionError(
          stream,
          context.expectedRevision,
          revision ?? 'no_stream',
        );
      }
      const command = await prepare(state);
      const events = decider.decide(command, state, { now: this.clock(), calendar: this.calendar });
      if (events.length === 0) {
        return { id, revision: String(revision ?? -1n), position: '0' };
      }
      const alongside = (await options.beforeAppend?.(events, state)) ?? [];
      const append: StreamAppend = {
        stream,
        events: this.envelop(events, context, id, keyed),
        expected: revision ?? 'no_stream',
      };
      try {
        const result = await this.write(alongside, append);
        if (keyed) killAfterCommitIfAsked(keyed);
        return {
          id,
          revision: String(result.nextExpectedRevision),
          position: String(result.position),
        };
      } catch (error) {
        // The key's event ids already stand in another stream: the key was used for another
        // command (stores that keep ids unique across streams tell so).
        if (keyed && error instanceof EventIdInUseError) throw keyReused();
        // If-Match names this stream: a reservation's stream that moved is decided again.
        const retry =
          error instanceof WrongExpectedRevisionError &&
          (context.expectedRevision === undefined || error.stream !== stream) &&
          attempt < MAX_ATTEMPTS;
        if (!retry) throw error;
      }
    }
  }

  /**
   * Decides `prepare`'s command against `stream` as `execute` does, without appending: the append
   * a command's `beforeAppend` hands over to be written with the command's own events, or
   * undefined when the decision appends nothing. Its events carry no idempotency key.
   */
  async decideAppend<C extends Command, E extends DomainEvent, S>(
    stream: string,
    decider: Decider<C, E, S>,
    context: CommandContext,
    prepare: (state: S) => Promise<C> | C,
  ): Promise<StreamAppend | undefined> {
    const { state, revision } = await this.fold(stream, decider);
    const command = await prepare(state);
    const events = decider.decide(command, state, { now: this.clock(), calendar: this.calendar });
    if (events.length === 0) return undefined;
    return {
      stream,
      events: this.envelop(events, context, stream, undefined),
      expected: revision ?? 'no_stream',
    };
  }

  /** The command's append, after those handed over by its beforeAppend: its own result. */
  private async write(
    alongside: readonly StreamAppend[],
    append: StreamAppend,
  ): Promise<AppendResult> {
    if (alongside.length === 0) {
      return this.store.append(append.stream, append.events, append.expected);
    }
    const results = await this.store.appendAll([...alongside, append]);
    const own = results.at(-1);
    if (own === undefined) throw new Error(`The append to ${append.stream} has no result`);
    return own;
  }

  /** The stream folded up to its last event: the kept fold and whatever was stored after it. */
  private async fold<E extends DomainEvent, S>(
    stream: string,
    decider: Evolving<E, S>,
  ): Promise<Fold<S>> {
    const kept = this.folds.get<S>(stream, decider);
    let recorded: RecordedEvent[];
    try {
      recorded = await this.store.readStream(
        stream,
        kept ? { fromRevision: kept.revision + 1n } : {},
      );
    } catch (error) {
      if (error instanceof StreamNotFoundError) {
        return { state: decider.initialState, revision: undefined, answers: NO_ANSWERS };
      }
      throw error;
    }
    const last = recorded.at(-1);
    if (!last)
      return kept ?? { state: decider.initialState, revision: undefined, answers: NO_ANSWERS };
    // Answers only grow with the stream: sharing the map with older folds answers no differently.
    const answers = kept?.answers ?? new Map<string, RecordedAnswer>();
    collectAnswers(recorded, answers);
    const state = foldStream(decider, recorded, this.codec, kept?.state ?? decider.initialState);
    const fold = { decider, state, revision: last.revision, answers };
    this.folds.keep(stream, fold);
    return fold;
  }

  private envelop(
    events: readonly DomainEvent[],
    context: CommandContext,
    answer: string,
    keyed: KeyedRequest | undefined,
  ): ProposedEvent[] {
    const facts = {
      actor: context.actor,
      correlationId: context.correlationId,
      causationId: context.commandId,
      recordedAt: this.clock().toISOString(),
      eventId: (index: number) => (keyed ? keyed.eventId(index) : this.newId()),
    };
    if (!keyed) return envelop(events, facts, this.codec);
    const idempotency = { key: keyed.key, request: keyed.request, answer };
    return envelop(events, { ...facts, idempotency }, this.codec);
  }
}
