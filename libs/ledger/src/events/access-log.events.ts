import { ACCESS_LOG_EVENT_SCHEMA_VERSIONS } from '@dutyledger/domain';
import type { EventCodec } from '../codec/event-codec';

/** The audit reads that are themselves recorded. */
export function defineAccessLogEvents(codec: EventCodec): EventCodec {
  return codec.define('AuditRecordRead', {
    version: ACCESS_LOG_EVENT_SCHEMA_VERSIONS.AuditRecordRead,
    shape: {
      readerId: 'string',
      readerRole: 'string',
      endpoint: 'string',
      caseId: 'string or null',
      stream: 'string or null',
      query: 'string',
      occurredAt: 'string',
    },
  });
}
