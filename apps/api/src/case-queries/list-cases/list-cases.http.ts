import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Role } from '@dutyledger/auth';
import { CLOCK, type Clock, READ_MODELS } from '@dutyledger/wiring';
import { caseworkerQueue } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { type Page, pageWindow } from '../../platform/http/page';
import { CallerRole } from '../../platform/auth/personal-details';
import { ListCasesQuery } from './list-cases.dto';
import { type QueuedCaseItem, QueuedCasePage, queuedCaseFor } from './list-cases.view';

@ApiTags('case queries')
@Controller('cases')
export class ListCasesController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary:
      'The caseworker queue: open cases, overdue first, then by deadline, then oldest (or as `sort` says)',
  })
  @ApiOkResponse({ type: QueuedCasePage, description: 'One page of the queue' })
  async list(
    @Query() query: ListCasesQuery,
    @CallerRole() role: Role,
  ): Promise<Page<QueuedCaseItem>> {
    const { page, pageSize, skip } = pageWindow(query);
    const overdue = query.overdue === undefined ? undefined : query.overdue === 'true';
    const { items, total } = await caseworkerQueue(
      this.readModels,
      {
        status: query.status,
        departmentId: query.departmentId,
        kind: query.kind,
        overdue,
        sort: query.sort,
      },
      this.clock(),
      { skip, take: pageSize },
    );
    return { items: items.map((item) => queuedCaseFor(item, role)), page, pageSize, total };
  }
}
