import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type AuditReadEndpoint, type AuditRecordRead, accessLogStream } from '@dutyledger/domain';
import type { EventStore } from '@dutyledger/event-store';
import { EventCodec, envelop } from '@dutyledger/ledger';
import { CLOCK, type Clock, EVENT_STORE, NEW_ID, type NewId } from '@dutyledger/wiring';
import type { AuditReader } from './reader.decorator';

export interface AuditRead {
  endpoint: AuditReadEndpoint;
  caseId?: string;
  stream?: string;
  /** The validated query parameters of the read. */
  query?: Record<string, string | number | undefined>;
}

function queryText(query: AuditRead['query']): string {
  const pairs = Object.entries(query ?? {}).flatMap(([name, value]): [string, string][] =>
    value === undefined ? [] : [[name, String(value)]],
  );
  return new URLSearchParams(pairs).toString();
}

/**
 * Records every audit read as an `AuditRecordRead` event in the day's `access-log-YYYY-MM-DD`
 * stream, with the normal envelope, so the access log is hash-chained like everything else. The
 * read is recorded before its answer is sent: an answer that was never logged is never given.
 */
@Injectable()
export class AccessLogRecorder {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NEW_ID) private readonly newId: NewId,
    private readonly codec: EventCodec,
  ) {}

  async record(reader: AuditReader, read: AuditRead): Promise<void> {
    const now = this.clock();
    const occurredAt = now.toISOString();
    const event: AuditRecordRead = {
      type: 'AuditRecordRead',
      data: {
        readerId: reader.id,
        readerRole: reader.role,
        endpoint: read.endpoint,
        caseId: read.caseId ?? null,
        stream: read.stream ?? null,
        query: queryText(read.query),
        occurredAt,
      },
    };
    const correlationId = randomUUID();
    const envelope = {
      actor: { id: reader.id, role: reader.role },
      correlationId,
      causationId: correlationId,
      recordedAt: occurredAt,
      eventId: () => this.newId(),
    };
    await this.store.append(accessLogStream(now), envelop([event], envelope, this.codec), 'any');
  }
}
