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
import { EventCodec } from '@dutyledger/ledger';
import { CLOCK, type Clock, CONFIG, composeCaseReport } from '@dutyledger/wiring';
import { Allow } from '../../platform/auth/access.decorator';
import { ContentSecurityPolicy, REPORT_POLICY } from '../../platform/http/security-headers';
import { UuidParam } from '../../platform/http/uuid-param';
import { LangField } from '../../platform/http/reader-lang';
import type { Lang } from '@dutyledger/i18n';
import { AccessLogRecorder } from '../access-log/access-log.recorder';
import { type AuditReader, Reader } from '../access-log/reader.decorator';
import { CaseRecordReader } from '../case-record.reader';

/** The report's language: Chinese unless the link asks for English. */
export class CaseReportQuery {
  @LangField('zh-CN')
  lang?: Lang;
}

@ApiTags('audit')
@Controller('audit/cases')
export class CaseReportController {
  constructor(
    private readonly records: CaseRecordReader,
    private readonly accessLog: AccessLogRecorder,
    private readonly codec: EventCodec,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: DutyLedgerConfig,
  ) {}

  @Get(':caseId/report')
  @Allow('AUDITOR', 'ADMIN')
  @ContentSecurityPolicy(REPORT_POLICY)
  @ApiProduces('text/html')
  @ApiOperation({
    summary:
      'A printable HTML report of the case for the paper file (?lang=zh-CN by default, or en)',
    description:
      'Header (deadline, overdue, decision and appeal window), timeline in plain sentences, findings with how each subject was heard and the circumstances weighed, hearing notices, measures and referrals, appeals and waivers, and any appointment of a subject that overrode blocked eligibility; self-contained (inline print CSS, no script, no external resource). The read is recorded in the access log.',
  })
  @ApiOkResponse({ description: 'text/html' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: caseId is not a UUID' })
  @ApiForbiddenResponse({ description: 'Only AUDITOR and ADMIN read the audit record' })
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND' })
  async report(
    @UuidParam('caseId') caseId: string,
    @Reader() reader: AuditReader,
    @Query() query: CaseReportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const record = await this.records.read(caseId);
    const lang = query.lang ?? 'zh-CN';
    const html = composeCaseReport(record, this.codec, this.config, this.clock(), lang);
    if (html === undefined) throw new NotFoundException(`Case ${caseId} was not opened`);
    await this.accessLog.record(reader, { endpoint: 'case-report', caseId });
    // Set on success only: an error answer stays JSON.
    void reply.header('Content-Type', 'text/html; charset=utf-8');
    return html;
  }
}
