import { randomUUID } from 'node:crypto';
import type { ProposedEvent, RecordedEvent } from '@dutyledger/event-store';
import type { EntityClass, Projection } from '@dutyledger/read-models';
import { Column, Entity, type EntityManager, PrimaryColumn } from 'typeorm';

/**
 * A deliberately non-idempotent read model for runner tests: it counts and sums what it is fed
 * and keeps the trail of what it saw in order, so an event applied twice, skipped or applied out
 * of order shows up in its rows. Each tally has a table of its own, `tally_<name>`.
 */
export interface Tally {
  stream: string;
  count: number;
  total: number;
  trail: string;
}

function tallyEntity(table: string): EntityClass {
  class TallyRow implements Tally {
    stream = '';
    count = 0;
    total = 0;
    trail = '';
  }
  PrimaryColumn({ type: 'varchar', length: 200 })(TallyRow.prototype, 'stream');
  Column({ type: 'integer' })(TallyRow.prototype, 'count');
  Column({ type: 'integer' })(TallyRow.prototype, 'total');
  Column({ type: 'text' })(TallyRow.prototype, 'trail');
  Entity({ name: table })(TallyRow);
  return TallyRow;
}

export const TALLIED = 'Tallied';

/** The event a tally reads: `n` (its order), the amount it adds (n by default), and whether it is poisoned. */
export function tallied(
  n: number,
  { amount = n, poison = false }: { amount?: number; poison?: boolean } = {},
): ProposedEvent {
  return {
    id: randomUUID(),
    type: TALLIED,
    schemaVersion: 1,
    data: { n, amount, poison },
    metadata: {
      actor: { id: 'test', role: 'ADMIN' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      occurredAt: '2026-01-01T00:00:00.000Z',
      recordedAt: '2026-01-01T00:00:00.000Z',
    },
  };
}

export interface TallyProjection extends Projection {
  readonly entity: EntityClass;
}

/**
 * `poisonous()` true makes it fail on events whose data says `poison: true`, like a bug would;
 * `eventTypes` are the types it reads (Tallied by default).
 */
export function tallyProjection(
  name: string,
  options: { poisonous?: () => boolean; eventTypes?: readonly string[] } = {},
): TallyProjection {
  const entity = tallyEntity(`tally_${name}`);
  return {
    name,
    entity,
    eventTypes: options.eventTypes ?? [TALLIED],
    entities: [entity],
    async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
      if (event.data.poison === true && (options.poisonous?.() ?? false)) {
        throw new Error(`cannot tally poisoned event ${event.id}`);
      }
      const repository = manager.getRepository<Tally>(entity);
      const row = (await repository.findOneBy({ stream: event.stream })) ?? {
        stream: event.stream,
        count: 0,
        total: 0,
        trail: '',
      };
      const amount = typeof event.data.amount === 'number' ? event.data.amount : 0;
      const step = String(event.data.n);
      await repository.save({
        stream: event.stream,
        count: row.count + 1,
        total: row.total + amount,
        trail: row.trail ? `${row.trail},${step}` : step,
      });
    },
  };
}

/** The rows of a tally, in stream order, for comparing two read models. */
export async function talliesOf(
  manager: EntityManager,
  projection: TallyProjection,
): Promise<Tally[]> {
  return manager.getRepository<Tally>(projection.entity).find({ order: { stream: 'ASC' } });
}
