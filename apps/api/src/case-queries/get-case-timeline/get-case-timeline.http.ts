import { Controller, Get, Headers, Inject, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UnknownEntityError } from '@dutyledger/domain';
import type { DutyLedgerConfig } from '@dutyledger/config';
import type { Lang } from '@dutyledger/i18n';
import { CONFIG, READ_MODELS } from '@dutyledger/wiring';
import { type TimelineEntryView, caseTimeline } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { type Page, PageQuery, pageWindow } from '../../platform/http/page';
import { ApiAcceptLanguage, LangField, readerLang } from '../../platform/http/reader-lang';
import { UuidParam } from '../../platform/http/uuid-param';
import { TimelinePage } from './get-case-timeline.view';

export class TimelineQuery extends PageQuery {
  @LangField('en')
  lang?: Lang;
}

@ApiTags('case queries')
@Controller('cases')
export class GetCaseTimelineController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CONFIG) private readonly config: DutyLedgerConfig,
  ) {}

  @Get(':caseId/timeline')
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR')
  @ApiOperation({
    summary:
      'Every event of a case in order, with actor, times and a sentence in the reader’s language (times in it in DUTYLEDGER_TIME_ZONE)',
  })
  @ApiAcceptLanguage()
  @ApiOkResponse({ type: TimelinePage, description: 'One page of the timeline, oldest first' })
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND: no such case (or not projected yet)' })
  async timeline(
    @UuidParam('caseId') caseId: string,
    @Query() query: TimelineQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<Page<TimelineEntryView>> {
    const { page, pageSize, skip } = pageWindow(query);
    const reading = {
      locale: readerLang(query.lang, acceptLanguage, 'en'),
      timeZone: this.config.timeZone,
    };
    const timeline = await caseTimeline(this.readModels, caseId, { skip, take: pageSize }, reading);
    if (timeline === undefined) throw new UnknownEntityError('case', caseId);
    return { items: timeline.entries, page, pageSize, total: timeline.total };
  }
}
