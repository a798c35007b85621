import type { Projection } from '../runner/projection';
import { typedProjection } from '../runner/typed-projection';
import { AccessLogRow } from './access-log-row.entity';

/** The access log: one row per recorded audit read, keyed by the event's id. */
export const accessLogProjection: Projection = typedProjection({
  name: 'access-log',
  eventTypes: ['AuditRecordRead'],
  entities: [AccessLogRow],
  async apply(event, manager): Promise<void> {
    const { data } = event;
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
});
