import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type EnvelopeJson, toEnvelopeJson } from '@dutyledger/event-store';
import { Allow } from '../../platform/auth/access.decorator';
import { type Page, PageQuery, pageWindow } from '../../platform/http/page';
import { UuidParam } from '../../platform/http/uuid-param';
import { AccessLogRecorder } from '../access-log/access-log.recorder';
import { type AuditReader, Reader } from '../access-log/reader.decorator';
import { CaseRecordReader } from '../case-record.reader';

export interface CaseHistoryPage extends Page<EnvelopeJson> {
  /** Every stream the history draws on: the case's own first. */
  streams: { stream: string; kind: string; count: number }[];
}

@ApiTags('audit')
@Controller('audit/cases')
export class CaseHistoryController {
  constructor(
    private readonly records: CaseRecordReader,
    private readonly accessLog: AccessLogRecorder,
  ) {}

  @Get(':caseId/history')
  @Allow('AUDITOR', 'ADMIN')
  @ApiOperation({
    summary: 'Every event of the case and of every stream it rests on, as stored, in global order',
    description:
      'Complete envelopes (id, type, schemaVersion, stream, revision, position, hash, previousHash, hashScheme (2: RFC 8785 canonical JSON; absent on events stored before hash schemes), data, metadata with actor, correlation and causation ids, occurredAt and recordedAt); revisions and positions are decimal strings. The streams: the case, the opening department, the cited failures’ duty streams and posts, the accident, and each subject’s post (appointment record) and cadre. The read is recorded in the access log.',
  })
  @ApiOkResponse({ description: '{ items, page, pageSize, total, streams }' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: a bad caseId, page or pageSize' })
  @ApiForbiddenResponse({ description: 'Only AUDITOR and ADMIN read the audit record' })
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND' })
  async history(
    @UuidParam('caseId') caseId: string,
    @Query() query: PageQuery,
    @Reader() reader: AuditReader,
  ): Promise<CaseHistoryPage> {
    const record = await this.records.read(caseId);
    const { page, pageSize, skip } = pageWindow(query);
    const events = record.streams
      .flatMap((stream) => stream.events)
      .sort((a, b) => (a.position < b.position ? -1 : 1));
    await this.accessLog.record(reader, {
      endpoint: 'case-history',
      caseId,
      query: { page, pageSize },
    });
    return {
      items: events.slice(skip, skip + pageSize).map(toEnvelopeJson),
      page,
      pageSize,
      total: events.length,
      streams: record.streams.map(({ stream, kind, events: all }) => ({
        stream,
        kind,
        count: all.length,
      })),
    };
  }
}
