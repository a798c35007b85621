import type { DomainEvent } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import {
  DuplicateEventTypeError,
  MalformedEventError,
  UnexpectedEventTypeError,
  UnregisteredEventTypeError,
} from './codec-errors';
import { EventCodec, olderVersion, readAs } from './event-codec';
import { type Shape, shapeProblem } from './field-rules';

type Counted = DomainEvent<'Counted', { by: number; note: string | null; occurredAt: string }>;
type Reset = DomainEvent<'Reset', { reason?: string; occurredAt: string }>;
type Tally = Counted | Reset;

const stored = (type: string, data: Record<string, unknown>, schemaVersion = 1): RecordedEvent => ({
  id: 'e0e0e0e0-0000-4000-8000-000000000001',
  type,
  schemaVersion,
  data,
  metadata: {
    actor: { id: 'clerk-1', role: 'CASEWORKER' },
    correlationId: 'c',
    causationId: 'c',
    occurredAt: '2026-02-10T09:00:00.000Z',
    recordedAt: '2026-02-10T09:00:00.000Z',
  },
  stream: 'tally-1',
  revision: 4n,
  position: 9n,
  hash: 'a'.repeat(64),
  previousHash: 'b'.repeat(64),
});

const at = '2026-02-10T09:00:00.000Z';

function tallyCodec(): EventCodec<Tally> {
  return new EventCodec<Tally>()
    .define('Counted', {
      version: 2,
      shape: { by: 'number', note: 'string or null', occurredAt: 'string' },
      upcasters: {
        1: olderVersion<{ by: number; occurredAt: string }>(
          { by: 'number', occurredAt: 'string' },
          (data, event) => ({ ...data, note: `by ${event.metadata.actor.id}` }),
        ),
      },
    })
    .define('Reset', { version: 1, shape: { reason: 'string?', occurredAt: 'string' } });
}

describe('the event codec', () => {
  it('refuses a second registration of the same type', () => {
    const codec = tallyCodec();
    expect(() =>
      codec.define('Reset', { version: 1, shape: { reason: 'string?', occurredAt: 'string' } }),
    ).toThrow(DuplicateEventTypeError);
  });

  it('refuses a stored event of a type never registered, naming it, its stream and revision', () => {
    const decode = () => tallyCodec().decode(stored('Doubled', { by: 2, occurredAt: at }));
    expect(decode).toThrow(UnregisteredEventTypeError);
    expect(decode).toThrow('Event type Doubled (tally-1 revision 4) is not registered');
  });

  it('gives back a typed event whose data narrows with its type', () => {
    const event = tallyCodec().decode(stored('Counted', { by: 3, note: null, occurredAt: at }, 2));
    expect(event.type).toBe('Counted');
    const by: number = event.type === 'Counted' ? event.data.by : 0;
    expect(by).toBe(3);
    expect(event.revision).toBe(4n);
  });

  it.each([
    [{ note: null, occurredAt: at }, 'field "by": expected number, but it is missing'],
    [{ by: '3', note: null, occurredAt: at }, 'field "by": expected number, found string'],
    [{ by: 3, occurredAt: at }, 'field "note": expected string or null, but it is missing'],
    [{ by: 3, note: 7, occurredAt: at }, 'field "note": expected string or null, found number'],
    [{ by: 3, note: null, occurredAt: null }, 'field "occurredAt": expected string, found null'],
  ])(
    'refuses malformed stored data %j, naming the type, stream, revision and field',
    (data, problem) => {
      const decode = () => tallyCodec().decode(stored('Counted', data, 2));
      expect(decode).toThrow(MalformedEventError);
      expect(decode).toThrow(`Stored Counted v2 (tally-1 revision 4) is malformed: ${problem}`);
    },
  );

  it('refuses data that is not an object', () => {
    expect(shapeProblem({ occurredAt: 'string' }, [])).toBe(
      'data: expected an object, found array',
    );
    expect(shapeProblem({ occurredAt: 'string' }, null)).toBe(
      'data: expected an object, found null',
    );
  });

  it('lets an optional field be left out and fields it does not know be', () => {
    const event = tallyCodec().decode(stored('Reset', { occurredAt: at, extra: 1 }));
    expect(event.data).toEqual({ occurredAt: at, extra: 1 });
    expect(() => tallyCodec().decode(stored('Reset', { reason: 5, occurredAt: at }))).toThrow(
      'field "reason": expected string?, found number',
    );
  });

  it('upcasts an older version, checking the shape it was stored with first', () => {
    const event = tallyCodec().decode(stored('Counted', { by: 1, occurredAt: at }, 1));
    expect(event.schemaVersion).toBe(2);
    expect(event.data).toEqual({ by: 1, note: 'by clerk-1', occurredAt: at });
    expect(() => tallyCodec().decode(stored('Counted', { occurredAt: at }, 1))).toThrow(
      'Stored Counted v1 (tally-1 revision 4) is malformed: field "by": expected number, but it is missing',
    );
  });

  it('knows the version written today', () => {
    expect(tallyCodec().latestVersion('Counted')).toBe(2);
    expect(tallyCodec().types()).toEqual(['Counted', 'Reset']);
  });

  it('narrows to the types a reader handles and refuses any other, naming the reader', () => {
    const codec = tallyCodec();
    const counted = codec.decodeAs<Counted>(
      stored('Counted', { by: 2, note: null, occurredAt: at }, 2),
      ['Counted'],
      'The counter',
    );
    expect(counted.data.by).toBe(2);
    expect(() =>
      codec.decodeAs<Counted>(stored('Reset', { occurredAt: at }), ['Counted'], 'The counter'),
    ).toThrow(new UnexpectedEventTypeError(stored('Reset', {}), 'The counter'));
    const reset = codec.decode(stored('Reset', { occurredAt: at }));
    expect(readAs(reset, ['Reset'], 'x').type).toBe('Reset');
    expect(() => readAs(reset, ['Counted'], 'The counter')).toThrow(
      'The counter does not handle Reset (tally-1 revision 4)',
    );
  });

  it('derives the shape from the data type: a missing, unknown or wrong rule does not compile', () => {
    // @ts-expect-error a field is missing
    const missing: Shape<Counted['data']> = { by: 'number', occurredAt: 'string' };
    // @ts-expect-error the rule does not fit the field's type
    const wrong: Shape<Counted['data']> = { by: 'string', note: 'string', occurredAt: 'string' };
    // @ts-expect-error an optional field must say so
    const optional: Shape<Reset['data']> = { reason: 'string', occurredAt: 'string' };
    expect([missing, wrong, optional]).toHaveLength(3);
  });
});
