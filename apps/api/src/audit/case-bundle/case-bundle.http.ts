import { Controller, Get, Inject, NotFoundException, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { DutyLedgerConfig } from '@dutyledger/config';
import { type EventStore, writeCaseBundle } from '@dutyledger/event-store';
import type { Lang } from '@dutyledger/i18n';
import { EventCodec } from '@dutyledger/ledger';
import {
  CLOCK,
  type Clock,
  CONFIG,
  EVENT_STORE,
  checkpointForBundle,
  composeCaseReport,
} from '@dutyledger/wiring';
import { LangField } from '../../platform/http/reader-lang';
import { Allow } from '../../platform/auth/access.decorator';
import { UuidParam } from '../../platform/http/uuid-param';
import { AccessLogRecorder } from '../access-log/access-log.recorder';
import { type AuditReader, Reader } from '../access-log/reader.decorator';
import { CaseRecordReader } from '../case-record.reader';

/** The language of the report the bundle carries: Chinese unless the link asks for English. */
export class CaseBundleQuery {
  @LangField('zh-CN')
  lang?: Lang;
}

@ApiTags('audit')
@Controller('audit/cases')
export class CaseBundleController {
  constructor(
    private readonly records: CaseRecordReader,
    private readonly accessLog: AccessLogRecorder,
    private readonly codec: EventCodec,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CONFIG) private readonly config: DutyLedgerConfig,
  ) {}

  @Get(':caseId/bundle')
  @Allow('AUDITOR', 'ADMIN')
  @ApiProduces('application/x-ndjson')
  @ApiOperation({
    summary:
      'The case bundle: JSON Lines that `npm run cli -- verify-bundle FILE` checks offline (?lang=zh-CN by default, or en, for its report)',
    description:
      "Line 1 is the manifest { format: dutyledger-case-bundle/2, caseId, exportedAt, streams: [{ stream, count, headRevision, headHash }], eventCount, checkpoint (the latest signed checkpoint of the log with the Merkle proofs of these streams' heads, once one was recorded), report: { lang, mediaType: text/html, html } (the printable report of GET /audit/cases/{id}/report in ?lang=), contentSha256 (covers the report too) }; then one stored envelope per line, whole streams from revision 0 (the case and every stream it rests on), in global order. The read is recorded in the access log.",
  })
  @ApiOkResponse({ description: 'application/x-ndjson' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: caseId is not a UUID' })
  @ApiForbiddenResponse({ description: 'Only AUDITOR and ADMIN export' })
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND' })
  async bundle(
    @UuidParam('caseId') caseId: string,
    @Reader() reader: AuditReader,
    @Query() query: CaseBundleQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const record = await this.records.read(caseId);
    const now = this.clock();
    const lang = query.lang ?? 'zh-CN';
    const html = composeCaseReport(record, this.codec, this.config, now, lang);
    if (html === undefined) throw new NotFoundException(`Case ${caseId} was not opened`);
    const exportedAt = now.toISOString();
    const checkpoint = await checkpointForBundle(
      this.store,
      this.config,
      record.streams.map((stream) => stream.stream),
    );
    const text = writeCaseBundle(
      caseId,
      exportedAt,
      record.streams.map((stream) => stream.events),
      checkpoint,
      { lang, mediaType: 'text/html', html },
    );
    await this.accessLog.record(reader, { endpoint: 'case-bundle', caseId });
    // Set on success only: an error answer stays JSON.
    void reply
      .header('Content-Type', 'application/x-ndjson; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="case-${caseId}.ndjson"`);
    return text;
  }
}
