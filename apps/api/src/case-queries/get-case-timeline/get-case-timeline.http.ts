import { Controller, Get, Inject, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { UnknownEntityError } from '@dutyledger/domain';
import { READ_MODELS } from '@dutyledger/wiring';
import { type TimelineEntryView, caseTimeline } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { type Page, PageQuery, pageWindow } from '../../platform/http/page';
import { UuidParam } from '../../platform/http/uuid-param';
import { TimelinePage } from './get-case-timeline.view';

@ApiTags('case queries')
@ApiBearerAuth()
@Controller('cases')
export class GetCaseTimelineController {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Get(':caseId/timeline')
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR')
  @ApiOperation({ summary: 'Every event of a case in order, with actor, times and a sentence' })
  @ApiOkResponse({ type: TimelinePage, description: 'One page of the timeline, oldest first' })
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND: no such case (or not projected yet)' })
  async timeline(
    @UuidParam('caseId') caseId: string,
    @Query() query: PageQuery,
  ): Promise<Page<TimelineEntryView>> {
    const { page, pageSize, skip } = pageWindow(query);
    const timeline = await caseTimeline(this.readModels, caseId, { skip, take: pageSize });
    if (timeline === undefined) throw new UnknownEntityError('case', caseId);
    return { items: timeline.entries, page, pageSize, total: timeline.total };
  }
}
