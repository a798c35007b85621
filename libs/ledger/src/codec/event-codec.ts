import type { DomainEvent, DutyLedgerEvent } from '@dutyledger/domain';
import { type RecordedEvent, type Upcaster, UpcasterRegistry } from '@dutyledger/event-store';
import {
  DuplicateEventTypeError,
  MalformedEventError,
  UnexpectedEventTypeError,
  UnregisteredEventTypeError,
} from './codec-errors';
import { type FieldRules, type Shape, shapeProblem } from './field-rules';
import type { Recorded } from './recorded';

/** Everything the codec knows of one event type, given once. */
export interface EventRegistration<E extends DomainEvent> {
  /** The schema version written today. */
  readonly version: number;
  /** The shape of the data at `version`; checked on every event read. */
  readonly shape: Shape<E['data']>;
  /** `upcasters[v]` lifts the data of version v to v + 1 (one for every older version). */
  readonly upcasters?: Readonly<Record<number, Upcaster>>;
}

/** What the ledger's readers need of a codec, whatever union it decodes. */
export interface EventDecoder {
  latestVersion(type: string): number | undefined;
  /** The stored event upcast, checked and narrowed to the types a reader handles. */
  decodeAs<E extends DomainEvent>(
    recorded: RecordedEvent,
    types: readonly E['type'][],
    reader: string,
  ): E;
}

function isOneOf<E extends DomainEvent>(
  event: DomainEvent,
  types: readonly E['type'][],
): event is E {
  const names: readonly string[] = types;
  return names.includes(event.type);
}

/**
 * The one step from stored events to domain events: each event type is registered once with its
 * schema version, its upcasters and the shape of its data. Reading upcasts an event to the version
 * of today and checks its shape; a type never registered or a shape that does not hold is an error
 * naming the event type, the stream, the revision and the field.
 *
 * It is an UpcasterRegistry too, so code that only upcasts (the projection runner) takes it as one.
 */
export class EventCodec<Union extends DomainEvent = DutyLedgerEvent>
  extends UpcasterRegistry
  implements EventDecoder
{
  private readonly shapes = new Map<string, FieldRules>();

  /** Registers `type`; a second registration of the same type is refused. */
  define<T extends Union['type']>(
    type: T,
    registration: EventRegistration<Extract<Union, { type: T }>>,
  ): this {
    if (this.shapes.has(type)) throw new DuplicateEventTypeError(type);
    const rules: FieldRules = registration.shape;
    this.shapes.set(type, rules);
    this.declare(type, registration.version);
    for (const [from, step] of Object.entries(registration.upcasters ?? {})) {
      this.register(type, Number(from), step);
    }
    return this;
  }

  /** The types registered, in the order they were. */
  types(): readonly string[] {
    return [...this.shapes.keys()];
  }

  /** Upcasts a stored event to today's version and checks its data: the typed event. */
  decode(recorded: RecordedEvent): Recorded<Union> {
    return this.check(this.upcast(recorded));
  }

  /** Checks an event already upcast (the runner upcasts before a projection reads). */
  check(event: RecordedEvent): Recorded<Union> {
    const rules = this.shapes.get(event.type);
    if (!rules) throw new UnregisteredEventTypeError(event);
    const problem = shapeProblem(rules, event.data);
    if (problem !== undefined || !this.holds(event, problem)) {
      throw new MalformedEventError(event, problem ?? 'unknown');
    }
    return event;
  }

  decodeAs<E extends DomainEvent>(
    recorded: RecordedEvent,
    types: readonly E['type'][],
    reader: string,
  ): E {
    const decoded = this.decode(recorded);
    const event: DomainEvent = { type: decoded.type, data: decoded.data };
    if (!isOneOf(event, types)) throw new UnexpectedEventTypeError(recorded, reader);
    return event;
  }

  /** Narrows an event whose shape was found to hold (`problem` undefined) to the union. */
  private holds(
    event: RecordedEvent,
    problem: string | undefined,
  ): event is RecordedEvent & Recorded<Union> {
    return problem === undefined;
  }
}

/** Narrows a decoded event to the types a reader handles, or refuses it naming the reader. */
export function readAs<T extends Union['type'], Union extends DomainEvent = DutyLedgerEvent>(
  event: Recorded<Union>,
  types: readonly T[],
  reader: string,
): Recorded<Extract<Union, { type: T }>> {
  if (!isRecordedOneOf(event, types)) throw new UnexpectedEventTypeError(event, reader);
  return event;
}

function isRecordedOneOf<T extends Union['type'], Union extends DomainEvent>(
  event: Recorded<Union>,
  types: readonly T[],
): event is Recorded<Extract<Union, { type: T }>> {
  const names: readonly string[] = types;
  return names.includes(event.type);
}

function conforms<V>(data: unknown, problem: string | undefined): data is V {
  return problem === undefined;
}

/**
 * The upcaster of an older version: its data is checked against the shape it was stored with, then
 * lifted one version by `lift` (which may read the stored envelope, e.g. the actor).
 */
export function olderVersion<V>(
  shape: Shape<V>,
  lift: (data: V, stored: RecordedEvent) => object,
): Upcaster {
  const rules: FieldRules = shape;
  return (data, stored) => {
    const problem = shapeProblem(rules, data);
    if (problem !== undefined || !conforms<V>(data, problem)) {
      throw new MalformedEventError(stored, problem ?? 'unknown');
    }
    return { ...lift(data, stored) };
  };
}
