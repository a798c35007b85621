import {
  MaxAppendSizeExceededError,
  StreamNotFoundError as ClientStreamNotFoundError,
  WrongExpectedVersionError,
  type JSONRecordedEvent,
  type RecordedEvent as StoredEvent,
} from '@eventstore/db-client';
import type { ProposedEvent } from '../port/envelope';
import {
  InvalidAppendError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '../port/errors';
import { GENESIS_HASH, JCS_HASH_SCHEME, chainHash } from '../integrity/hash-chain';
import { appendError, readError } from './eventstoredb.errors';
import { NOT_A_SYSTEM_EVENT, matchesFilter, subscriptionFilter } from './eventstoredb.filter';
import {
  UnreadableEventError,
  allPosition,
  isSystemEvent,
  toEventData,
  toRecordedEvent,
} from './eventstoredb.mapping';

const proposed: ProposedEvent = {
  id: '6f1c2c4e-1f4b-4b8e-9a39-0d2c1e7f5a10',
  type: 'DepartmentRegistered',
  schemaVersion: 2,
  data: { name: '应急管理局 ✓', levels: [1, 2], nested: { none: null, flag: true } },
  metadata: {
    actor: { id: 'alice', role: 'CASEWORKER' },
    correlationId: 'c0rr',
    causationId: 'caus',
    occurredAt: '2026-03-01T08:00:00.000Z',
    recordedAt: '2026-03-02T09:30:00.000Z',
  },
};

/** What the client hands back after a write and a read: JSON through the wire, as the server does. */
function storedFrom(
  event: ProposedEvent,
  place: { stream: string; revision: bigint; position?: bigint },
): StoredEvent {
  const link = {
    previousHash: GENESIS_HASH,
    hash: chainHash(place.stream, place.revision, event, GENESIS_HASH, JCS_HASH_SCHEME),
    hashScheme: JCS_HASH_SCHEME,
  };
  const written = toEventData(event, link);
  const stored: JSONRecordedEvent = {
    streamId: place.stream,
    id: written.id,
    revision: place.revision,
    type: written.type,
    data: JSON.parse(JSON.stringify(written.data)) as Record<string, unknown>,
    metadata: JSON.parse(JSON.stringify(written.metadata)) as Record<string, unknown>,
    isJson: true,
    created: new Date(0),
    position: place.position === undefined ? undefined : allPosition(place.position),
  };
  return stored;
}

describe('EventStoreDB mapping', () => {
  it('stores the envelope as custom metadata with the hash chain and ESDB correlation fields', () => {
    const written = toEventData(proposed, {
      hash: 'h1',
      previousHash: GENESIS_HASH,
      hashScheme: JCS_HASH_SCHEME,
    });
    expect(written).toEqual({
      id: proposed.id,
      contentType: 'application/json',
      type: 'DepartmentRegistered',
      data: proposed.data,
      metadata: {
        schemaVersion: 2,
        ...proposed.metadata,
        hash: 'h1',
        previousHash: GENESIS_HASH,
        hashScheme: 2,
        $correlationId: 'c0rr',
        $causationId: 'caus',
      },
    });
  });

  it('reads back exactly what was proposed, with its place and links', () => {
    const stored = storedFrom(proposed, { stream: 'department-1', revision: 0n, position: 4096n });
    expect(toRecordedEvent(stored)).toEqual({
      ...proposed,
      stream: 'department-1',
      revision: 0n,
      position: 4096n,
      previousHash: GENESIS_HASH,
      hash: chainHash('department-1', 0n, proposed, GENESIS_HASH, JCS_HASH_SCHEME),
      hashScheme: 2,
    });
  });

  it('reads an event stored before hash schemes without one: the original scheme hashed it', () => {
    const stored = storedFrom(proposed, { stream: 'department-1', revision: 0n, position: 1n });
    const { hashScheme: _scheme, ...before } = JSON.parse(
      JSON.stringify(stored.metadata),
    ) as Record<string, unknown>;
    const read = toRecordedEvent({ ...stored, metadata: before });
    expect(read).not.toHaveProperty('hashScheme');
  });

  it('takes the read position when an older server leaves the event position out', () => {
    const stored = storedFrom(proposed, { stream: 'department-1', revision: 3n });
    expect(toRecordedEvent(stored, 777n).position).toBe(777n);
    expect(() => toRecordedEvent(stored)).toThrow(UnreadableEventError);
  });

  it('refuses events that are not DutyLedger envelopes', () => {
    const stored = storedFrom(proposed, { stream: 'department-1', revision: 0n, position: 1n });
    expect(() => toRecordedEvent({ ...stored, metadata: { hash: 'h' } })).toThrow(
      UnreadableEventError,
    );
    expect(() => toRecordedEvent({ ...stored, metadata: undefined })).toThrow(/metadata/);
  });

  it('starts $all reads at commit == prepare == the port position', () => {
    expect(allPosition(12345678901234567890n)).toEqual({
      commit: 12345678901234567890n,
      prepare: 12345678901234567890n,
    });
  });

  it('treats $ types and $ streams as system events', () => {
    expect(isSystemEvent({ streamId: 'case-1', type: '$>' })).toBe(true);
    expect(isSystemEvent({ streamId: '$ce-case', type: 'CaseOpened' })).toBe(true);
    expect(isSystemEvent({ streamId: 'case-1', type: 'CaseOpened' })).toBe(false);
  });
});

describe('EventStoreDB error mapping', () => {
  it('maps a wrong expected version to the port error with the caller expectation', () => {
    const noStream = new WrongExpectedVersionError(undefined, {
      streamName: 'case-1',
      expected: 0n,
      current: 'no_stream',
    });
    const mapped = appendError(noStream, 'case-1', 'any');
    expect(mapped).toBeInstanceOf(WrongExpectedRevisionError);
    expect(mapped).toMatchObject({ stream: 'case-1', expected: 'any', actual: 'no_stream' });
    const behind = new WrongExpectedVersionError(undefined, {
      streamName: 'case-1',
      expected: 0n,
      current: 4n,
    });
    expect(appendError(behind, 'case-1', 0n)).toMatchObject({ expected: 0n, actual: 4n });
  });

  it('maps the maximum append size to an invalid append', () => {
    const mapped = appendError(MaxAppendSizeExceededError.fromMaxAppendSize(1048576), 'case-1', 0n);
    expect(mapped).toBeInstanceOf(InvalidAppendError);
    expect((mapped as Error).message).toContain('1048576');
  });

  it('maps a missing stream to the port error named after the stream read', () => {
    const mapped = readError(new ClientStreamNotFoundError(undefined, 'case-9'), 'case-9');
    expect(mapped).toBeInstanceOf(StreamNotFoundError);
    expect(mapped).toMatchObject({ stream: 'case-9' });
  });

  it('lets other failures through unchanged', () => {
    const failure = new Error('connection refused');
    expect(appendError(failure, 'case-1', 'any')).toBe(failure);
    expect(readError(failure, 'case-1')).toBe(failure);
  });
});

describe('EventStoreDB filters', () => {
  it('excludes system events when the port asks for everything', () => {
    expect(subscriptionFilter(undefined, undefined)).toMatchObject({
      filterOn: 'eventType',
      regex: NOT_A_SYSTEM_EVENT,
    });
  });

  it('sends event types as one anchored, escaped alternation', () => {
    const filter = subscriptionFilter(
      { eventTypes: ['Case.Opened', 'CaseClosed', '$>'] },
      undefined,
    );
    expect(filter).toMatchObject({
      filterOn: 'eventType',
      regex: '^(?:Case\\.Opened|CaseClosed)$',
    });
    const regex = new RegExp('regex' in filter ? filter.regex : '');
    expect(regex.test('Case.Opened')).toBe(true);
    expect(regex.test('CaseXOpened')).toBe(false);
    expect(regex.test('CaseClosedLater')).toBe(false);
  });

  it('sends stream prefixes when no event type is asked for', () => {
    expect(subscriptionFilter({ streamPrefixes: ['case-'] }, undefined)).toMatchObject({
      filterOn: 'streamName',
      prefixes: ['case-'],
    });
  });

  it('checks both dimensions and system events on the client', () => {
    const filter = { streamPrefixes: ['case-'], eventTypes: ['CaseOpened'] };
    expect(matchesFilter({ streamId: 'case-1', type: 'CaseOpened' }, filter)).toBe(true);
    expect(matchesFilter({ streamId: 'duty-1', type: 'CaseOpened' }, filter)).toBe(false);
    expect(matchesFilter({ streamId: 'case-1', type: 'CaseClosed' }, filter)).toBe(false);
    expect(matchesFilter({ streamId: 'case-1', type: '$streamDeleted' }, undefined)).toBe(false);
  });
});
