import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { type EventStore, UpcasterRegistry } from '@dutyledger/event-store';
import { type CaseRecord, EVENT_STORE, readCaseRecord } from '@dutyledger/wiring';

/** Reads a case and the streams it rests on for the audit endpoints; 404 for an unknown case. */
@Injectable()
export class CaseRecordReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly upcasters: UpcasterRegistry,
  ) {}

  async read(caseId: string): Promise<CaseRecord> {
    const record = await readCaseRecord(this.store, this.upcasters, caseId);
    if (!record) {
      throw new NotFoundException({
        statusCode: 404,
        error: 'Not Found',
        code: 'CASE_NOT_FOUND',
        message: `Case ${caseId} was not found`,
      });
    }
    return record;
  }
}
