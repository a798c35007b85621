import { Controller, Get, Inject, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { EventCodec } from '@dutyledger/ledger';
import type { JurisdictionCalendar } from '@dutyledger/domain';
import { CALENDAR, CONFIG } from '@dutyledger/wiring';
import { Allow } from '../../platform/auth/access.decorator';
import { UuidParam } from '../../platform/http/uuid-param';
import { AccessLogRecorder } from '../access-log/access-log.recorder';
import { type AuditReader, Reader } from '../access-log/reader.decorator';
import { CaseRecordReader } from '../case-record.reader';
import { CaseStateQuery, cutOf, revisionBeyondHead } from './case-state.dto';
import { type CaseAsOf, foldCaseAsOf } from './case-state.fold';

@ApiTags('audit')
@Controller('audit/cases')
export class CaseStateController {
  constructor(
    private readonly records: CaseRecordReader,
    private readonly accessLog: AccessLogRecorder,
    private readonly codec: EventCodec,
    @Inject(CONFIG) private readonly config: DutyLedgerConfig,
    @Inject(CALENDAR) private readonly calendar: JurisdictionCalendar,
  ) {}

  @Get(':caseId/state')
  @Allow('AUDITOR', 'ADMIN')
  @ApiOperation({
    summary: 'The case as of a moment (business or recorded time) or a revision',
    description:
      'Folds the case stream with the decider that handles commands, and each stream the case rests on with its own decider, under one cut: by=business keeps the events whose business time is at or before asOf (organisation events carry their effective date), by=recorded those recorded at or before asOf (a date alone is the end of that day in DUTYLEDGER_TIME_ZONE), revision keeps the case stream up to that revision and the other streams up to that event’s global position. Each stream is folded in revision order, skipping the events the cut leaves out. Old schema versions are upcast first. Answers each state and the ids of the events used. The read is recorded in the access log.',
  })
  @ApiOkResponse({
    description: '{ caseId, cut, state, eventIds, restsOn: [{ stream, kind, state, eventIds }] }',
  })
  @ApiBadRequestResponse({
    description:
      'VALIDATION_FAILED: not exactly one of asOf and revision, a bad value, or a revision past the head',
  })
  @ApiForbiddenResponse({ description: 'Only AUDITOR and ADMIN read the audit record' })
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND' })
  async state(
    @UuidParam('caseId') caseId: string,
    @Query() query: CaseStateQuery,
    @Reader() reader: AuditReader,
  ): Promise<CaseAsOf> {
    const cut = cutOf(query);
    const record = await this.records.read(caseId);
    const head = record.streams[0]?.events.at(-1)?.revision ?? -1n;
    if (cut.by === 'revision' && cut.revision > head) revisionBeyondHead(head);
    const { appealWindowDays, hearingResponseDays } = this.config.policy;
    const answer = foldCaseAsOf(record, cut, this.codec, {
      policy: { appealWindowDays, hearingResponseDays },
      calendar: this.calendar,
    });
    await this.accessLog.record(reader, { endpoint: 'case-state', caseId, query: { ...query } });
    return answer;
  }
}
