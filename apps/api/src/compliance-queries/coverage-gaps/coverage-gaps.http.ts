import { Controller, Get, Inject, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { READ_MODELS } from '@dutyledger/wiring';
import { currentCoverageGaps } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { pageWindow } from '../../platform/http/page';
import { jurisdictionOf } from '../jurisdiction';
import { CoverageGapsQuery } from './coverage-gaps.dto';
import { CoverageGapPage } from './coverage-gaps.view';

@ApiTags('compliance')
@Controller('coverage-gaps')
export class CoverageGapsController {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Get()
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary: 'Coverage gaps now: business-scope items with no active work-safety duty on the post',
  })
  @ApiOkResponse({ type: CoverageGapPage })
  @ApiBadRequestResponse({ description: 'departmentId, page or pageSize malformed' })
  @ApiNotFoundResponse({ description: 'No such department (or not projected yet)' })
  async list(@Query() query: CoverageGapsQuery): Promise<CoverageGapPage> {
    const { page, pageSize, skip } = pageWindow(query);
    const departmentIds = query.departmentId
      ? await jurisdictionOf(this.readModels, query.departmentId, query.rollup === 'true')
      : undefined;
    const { items, total } = await currentCoverageGaps(this.readModels, {
      departmentIds,
      skip,
      take: pageSize,
    });
    return { items, page, pageSize, total };
  }
}
