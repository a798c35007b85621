import { calendarFor, DEFAULT_TIME_ZONE } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import { DOMAIN_EVENTS, MalformedEventError, UnexpectedEventTypeError } from '@dutyledger/ledger';
import type { EntityManager } from 'typeorm';
import { appliersOf, typedProjection } from './typed-projection';

const AT = '2026-01-05T09:00:00.000Z';
const manager = {} as EntityManager;
const context = { calendar: calendarFor(DEFAULT_TIME_ZONE) };

const stored = (type: string, data: Record<string, unknown>): RecordedEvent => ({
  id: 'e0e0e0e0-0000-4000-8000-000000000001',
  type,
  schemaVersion: 1,
  data,
  metadata: {
    actor: { id: 'admin', role: 'ADMIN' },
    correlationId: 'c',
    causationId: 'c',
    occurredAt: AT,
    recordedAt: AT,
  },
  stream: 'department-d1',
  revision: 0n,
  position: 1n,
  hash: 'a'.repeat(64),
  previousHash: 'b'.repeat(64),
});

const registered = stored('DepartmentRegistered', {
  departmentId: 'd1',
  name: 'Emergency Management Bureau',
  level: 'MUNICIPAL',
  kind: 'WORKING_DEPARTMENT',
  parentId: null,
  industries: [],
  supervisionAuthority: true,
  occurredAt: AT,
});
const established = stored('PostEstablished', {
  postId: 'p1',
  departmentId: 'd1',
  title: 'Director',
  rank: 'PRINCIPAL',
  businessScope: [],
  occurredAt: AT,
});

describe('a typed projection', () => {
  const names: string[] = [];
  const projection = typedProjection({
    name: 'names',
    eventTypes: ['DepartmentRegistered'],
    entities: [],
    apply: async (event) => {
      names.push(event.data.name);
      return Promise.resolve();
    },
  });

  beforeEach(() => names.splice(0));

  it('declares the event types it handles and is given them typed', async () => {
    expect(projection.eventTypes).toEqual(['DepartmentRegistered']);
    await projection.apply(registered, manager, context);
    expect(names).toEqual(['Emergency Management Bureau']);
  });

  it('refuses an event of a type it does not declare', async () => {
    await expect(projection.apply(established, manager, context)).rejects.toThrow(
      new UnexpectedEventTypeError(established, 'The projection names'),
    );
    expect(names).toEqual([]);
  });

  it('refuses an event whose stored shape does not hold, naming the field', async () => {
    const broken = stored('DepartmentRegistered', { ...registered.data, name: 7 });
    await expect(projection.apply(broken, manager, context)).rejects.toThrow(MalformedEventError);
    await expect(projection.apply(broken, manager, context)).rejects.toThrow(
      'field "name": expected string, found number',
    );
  });
});

describe('typed appliers', () => {
  it('apply each event type with the event narrowed to it', async () => {
    const seen: string[] = [];
    const appliers = appliersOf<[]>({
      DepartmentRegistered: async (event) => {
        seen.push(`department ${event.data.departmentId}`);
        return Promise.resolve();
      },
      PostEstablished: async (event) => {
        seen.push(`post ${event.data.title}`);
        return Promise.resolve();
      },
    });
    expect([...appliers.keys()]).toEqual(['DepartmentRegistered', 'PostEstablished']);
    for (const event of [registered, established].map((one) => DOMAIN_EVENTS.decode(one))) {
      await appliers.get(event.type)?.(event);
    }
    expect(seen).toEqual(['department d1', 'post Director']);
    await expect(
      appliers.get('PostEstablished')?.(DOMAIN_EVENTS.decode(registered)),
    ).rejects.toThrow(UnexpectedEventTypeError);
  });
});
