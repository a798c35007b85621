import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Role } from '@dutyledger/auth';
import { CLOCK, type Clock, READ_MODELS } from '@dutyledger/wiring';
import { closedCases } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { type Page, pageWindow } from '../../platform/http/page';
import { CallerRole, PERSONAL_DETAILS_ROLES } from '../../platform/auth/personal-details';
import { type QueuedCaseItem, QueuedCasePage, queuedCaseFor } from '../list-cases/list-cases.view';
import { ListClosedCasesQuery } from './list-closed-cases.dto';

@ApiTags('case queries')
@Controller('cases')
export class ListClosedCasesController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('closed')
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary:
      'Closed cases, newest opened first; `search` finds words of the summary (not for VIEWER, who sees no summaries) or a case id by its first characters',
  })
  @ApiOkResponse({ type: QueuedCasePage, description: 'One page of closed cases' })
  async list(
    @Query() query: ListClosedCasesQuery,
    @CallerRole() role: Role,
  ): Promise<Page<QueuedCaseItem>> {
    const { page, pageSize, skip } = pageWindow(query);
    const { items, total } = await closedCases(
      this.readModels,
      {
        search: query.search,
        // A VIEWER may not read summaries, so may not probe them by search either: ids only.
        searchSummaries: PERSONAL_DETAILS_ROLES.includes(role),
        departmentId: query.departmentId,
        kind: query.kind,
      },
      this.clock(),
      { skip, take: pageSize },
    );
    return { items: items.map((item) => queuedCaseFor(item, role)), page, pageSize, total };
  }
}
