import { Controller, Get, Inject, NotFoundException, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { DutyLedgerConfig } from '@dutyledger/config';
import {
  type CadreEvent,
  type CaseEvent,
  cadreDecider,
  createCaseDecider,
  fold,
} from '@dutyledger/domain';
import { UpcasterRegistry } from '@dutyledger/event-store';
import { CLOCK, type Clock, CONFIG } from '@dutyledger/platform';
import { Allow } from '../../platform/auth/access.decorator';
import { ContentSecurityPolicy, REPORT_POLICY } from '../../platform/http/security-headers';
import { UuidParam } from '../../platform/http/uuid-param';
import { AccessLogRecorder } from '../access-log/access-log.recorder';
import { type AuditReader, Reader } from '../access-log/reader.decorator';
import { CaseRecordReader } from '../case-record.reader';
import { renderCaseReport } from './case-report.html';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/cases')
export class CaseReportController {
  constructor(
    private readonly records: CaseRecordReader,
    private readonly accessLog: AccessLogRecorder,
    private readonly upcasters: UpcasterRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: DutyLedgerConfig,
  ) {}

  @Get(':caseId/report')
  @Allow('AUDITOR', 'ADMIN')
  @ContentSecurityPolicy(REPORT_POLICY)
  @ApiProduces('text/html')
  @ApiOperation({
    summary: 'A printable HTML report of the case for the paper file',
    description:
      'Header, timeline in plain sentences, findings, sanctions and appeal; self-contained (inline print CSS, no script, no external resource). The read is recorded in the access log.',
  })
  @ApiOkResponse({ description: 'text/html' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: caseId is not a UUID' })
  @ApiForbiddenResponse({ description: 'Only AUDITOR and ADMIN read the audit record' })
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND' })
  async report(
    @UuidParam('caseId') caseId: string,
    @Reader() reader: AuditReader,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const record = await this.records.read(caseId);
    const [own, ...others] = record.streams;
    const events = (own?.events ?? []).map((event) => this.upcasters.upcast(event));
    const decider = createCaseDecider({ appealWindowDays: this.config.policy.appealWindowDays });
    const state = fold(
      decider,
      events.map(({ type, data }) => ({ type, data }) as unknown as CaseEvent),
    );
    if (state.status === 'NOT_OPENED') throw new NotFoundException(`Case ${caseId} was not opened`);
    const names = new Map<string, string>();
    for (const stream of others.filter((candidate) => candidate.kind === 'cadre')) {
      const cadre = fold(
        cadreDecider,
        stream.events.map(({ type, data }) => ({ type, data }) as unknown as CadreEvent),
      );
      if (cadre.status === 'REGISTERED')
        names.set(cadre.cadreId, `${cadre.name} (${cadre.personnelNumber})`);
    }
    const html = renderCaseReport({
      state,
      events,
      nameOf: (cadreId) => names.get(cadreId) ?? `cadre ${cadreId}`,
      generatedAt: this.clock().toISOString(),
      headHash: own?.events.at(-1)?.hash ?? '',
    });
    await this.accessLog.record(reader, { endpoint: 'case-report', caseId });
    // Set on success only: an error answer stays JSON.
    void reply.header('Content-Type', 'text/html; charset=utf-8');
    return html;
  }
}
