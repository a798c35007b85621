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
import { type OpenedCase, cadreDecider, createCaseDecider, isOverdue } from '@dutyledger/domain';
import type { CaseRecordStream } from '@dutyledger/wiring';
import { EventCodec, foldStream } from '@dutyledger/ledger';
import { type CaseNames, type NamedKind, namingOf } from '@dutyledger/read-models';
import { CLOCK, type Clock, CONFIG } from '@dutyledger/wiring';
import { Allow } from '../../platform/auth/access.decorator';
import { ContentSecurityPolicy, REPORT_POLICY } from '../../platform/http/security-headers';
import { UuidParam } from '../../platform/http/uuid-param';
import { LangField } from '../../platform/http/reader-lang';
import type { Lang } from '@dutyledger/i18n';
import { AccessLogRecorder } from '../access-log/access-log.recorder';
import { type AuditReader, Reader } from '../access-log/reader.decorator';
import { CaseRecordReader } from '../case-record.reader';
import { type OverriddenAppointment, renderCaseReport } from './case-report.html';

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
    const [own, ...others] = record.streams;
    const stored = own?.events ?? [];
    const events = stored.map((event) => this.codec.decode(event));
    const { appealWindowDays, hearingResponseDays } = this.config.policy;
    const decider = createCaseDecider({ appealWindowDays, hearingResponseDays });
    const state = foldStream(decider, stored, this.codec);
    if (state.status === 'NOT_OPENED') throw new NotFoundException(`Case ${caseId} was not opened`);
    const now = this.clock();
    const html = renderCaseReport({
      state,
      events,
      names: this.names(others),
      generatedAt: now.toISOString(),
      headHash: own?.events.at(-1)?.hash ?? '',
      overdue: isOverdue(state, now),
      overrides: this.overrides(state, others),
      lang: query.lang ?? 'zh-CN',
      timeZone: this.config.timeZone,
    });
    await this.accessLog.record(reader, { endpoint: 'case-report', caseId });
    // Set on success only: an error answer stays JSON.
    void reply.header('Content-Type', 'text/html; charset=utf-8');
    return html;
  }

  /**
   * The names of the opening department, the posts and the cadres, from the streams the case
   * rests on; a cadre is named with the personnel number, as on the paper file.
   */
  private names(streams: readonly CaseRecordStream[]): CaseNames {
    const departments: Record<string, string> = {};
    const posts: Record<string, string> = {};
    const cadres: Record<string, string> = {};
    const shelves: Record<NamedKind, Record<string, string>> = {
      DEPARTMENT: departments,
      POST: posts,
      CADRE: cadres,
    };
    for (const stream of streams) {
      const events = stream.events.map((event) => this.codec.decode(event));
      for (const naming of events.flatMap((event) => namingOf(event) ?? [])) {
        shelves[naming.kind][naming.id] = naming.name;
      }
      if (stream.kind !== 'cadre') continue;
      const cadre = foldStream(cadreDecider, stream.events, this.codec);
      if (cadre.status === 'REGISTERED') {
        cadres[cadre.cadreId] = `${cadre.name} (${cadre.personnelNumber})`;
      }
    }
    return { departments, posts, cadres };
  }

  /** The subjects' appointments, on the posts the case names them with, that overrode blocks. */
  private overrides(
    state: OpenedCase,
    streams: readonly CaseRecordStream[],
  ): OverriddenAppointment[] {
    const subjects = new Set(state.subjects.map((subject) => subject.cadreId));
    return streams
      .filter((stream) => stream.kind === 'post')
      .flatMap((stream) => stream.events)
      .map((event) => this.codec.decode(event))
      .flatMap((event): OverriddenAppointment[] => {
        if (event.type !== 'CadreAppointedToPost') return [];
        const { data } = event;
        if (!subjects.has(data.cadreId) || data.eligibilityOverride === null) return [];
        const { cadreId, postId, effectiveFrom, eligibilityOverride: override } = data;
        return [{ cadreId, postId, effectiveFrom, override }];
      });
  }
}
