import type { AuditRecordRead } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runner/projection';
import { AccessLogRow } from './access-log-row.entity';

/** The access log: one row per recorded audit read, keyed by the event's id. */
export const accessLogProjection: Projection = {
  name: 'access-log',
  eventTypes: ['AuditRecordRead'],
  entities: [AccessLogRow],
  async apply(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const data = event.data as unknown as AuditRecordRead['data'];
    const repository = manager.getRepository(AccessLogRow);
    if (await repository.existsBy({ eventId: event.id })) return;
    await repository.insert({
      eventId: event.id,
      position: event.position,
      readAt: event.metadata.recordedAt,
      readerId: data.readerId,
      readerRole: data.readerRole,
      endpoint: data.endpoint,
      caseId: data.caseId,
      stream: data.stream,
      query: data.query.slice(0, 1000),
    });
  },
};
