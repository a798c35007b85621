import { Inject, Injectable } from '@nestjs/common';
import type { Command, Decider, DomainEvent, JurisdictionCalendar } from '@dutyledger/domain';
import { fold } from '@dutyledger/domain';
import {
  type EventStore,
  type ExpectedRevision,
  type ProposedEvent,
  StreamNotFoundError,
  UpcasterRegistry,
  WrongExpectedRevisionError,
} from '@dutyledger/event-store';
import { CALENDAR, CLOCK, type Clock, EVENT_STORE, NEW_ID, type NewId } from '@dutyledger/platform';
import type { CommandContext } from './command-context';
import type { CommandResult } from './command-result';

/** How many times a command that lost a race is re-read and re-decided before answering 409. */
const MAX_ATTEMPTS = 5;

export interface Loaded<S> {
  state: S;
  /** The revision read, or undefined when the stream does not exist yet. */
  revision: bigint | undefined;
}

export interface ExecuteOptions<E extends DomainEvent, S> {
  /**
   * Runs after the decision and before its events are appended (again on every retry): e.g. the
   * reservations of values that must be unique across streams. Throwing stops the command.
   */
  beforeAppend?: (events: readonly E[], state: S) => Promise<void>;
}

/**
 * The command side's one way to write: load a stream, fold it, decide, append with the revision
 * read. A lost race is retried (re-read, re-decide) unless the caller sent If-Match.
 */
@Injectable()
export class Ledger {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NEW_ID) private readonly newId: NewId,
    @Inject(CALENDAR) private readonly calendar: JurisdictionCalendar,
    private readonly upcasters: UpcasterRegistry,
  ) {}

  async load<E extends DomainEvent, S>(
    stream: string,
    decider: Pick<Decider<Command, E, S>, 'initialState' | 'evolve'>,
  ): Promise<Loaded<S>> {
    try {
      const recorded = await this.store.readStream(stream);
      const events = recorded.map((event) => {
        const { type, data } = this.upcasters.upcast(event);
        return { type, data } as unknown as E;
      });
      return { state: fold(decider, events), revision: recorded.at(-1)?.revision };
    } catch (error) {
      if (error instanceof StreamNotFoundError) {
        return { state: decider.initialState, revision: undefined };
      }
      throw error;
    }
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
    for (let attempt = 1; ; attempt++) {
      const { state, revision } = await this.load(stream, decider);
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
      await options.beforeAppend?.(events, state);
      const expected: ExpectedRevision = revision ?? 'no_stream';
      try {
        const result = await this.store.append(stream, this.envelop(events, context), expected);
        return {
          id,
          revision: String(result.nextExpectedRevision),
          position: String(result.position),
        };
      } catch (error) {
        const retry =
          error instanceof WrongExpectedRevisionError &&
          context.expectedRevision === undefined &&
          attempt < MAX_ATTEMPTS;
        if (!retry) throw error;
      }
    }
  }

  private envelop(events: readonly DomainEvent[], context: CommandContext): ProposedEvent[] {
    const recordedAt = this.clock().toISOString();
    return events.map((event) => ({
      id: this.newId(),
      type: event.type,
      schemaVersion: this.upcasters.latestVersion(event.type) ?? 1,
      data: { ...event.data },
      metadata: {
        actor: { id: context.actor.id, role: context.actor.role },
        correlationId: context.correlationId,
        causationId: context.commandId,
        occurredAt: event.data.occurredAt,
        recordedAt,
      },
    }));
  }
}
