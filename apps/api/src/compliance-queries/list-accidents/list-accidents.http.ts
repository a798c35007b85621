import { Controller, Get, Inject, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Role } from '@dutyledger/auth';
import { READ_MODELS } from '@dutyledger/wiring';
import { type AccidentView, listAccidents } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { CallerRole, PERSONAL_DETAILS_ROLES } from '../../platform/auth/personal-details';
import { type Page, pageWindow } from '../../platform/http/page';
import { jurisdictionOf } from '../jurisdiction';
import { ListAccidentsQuery } from './list-accidents.dto';
import { type AccidentItem, AccidentPage } from './list-accidents.view';

function forRole(item: AccidentView, role: Role): AccidentItem {
  if (PERSONAL_DETAILS_ROLES.includes(role)) return item;
  const { description: _description, ...figures } = item;
  return figures;
}

@ApiTags('compliance')
@Controller('accidents')
export class ListAccidentsController {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Get()
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary:
      'Accidents with the grade and casualty figures of their latest update and the cases opened on them; newest first unless sorted (the description is not for VIEWER)',
  })
  @ApiOkResponse({ type: AccidentPage, description: 'One page of accidents' })
  @ApiBadRequestResponse({ description: 'A malformed year, department id, grade, sort or page' })
  @ApiNotFoundResponse({ description: 'No such department (or not projected yet)' })
  async list(
    @Query() query: ListAccidentsQuery,
    @CallerRole() role: Role,
  ): Promise<Page<AccidentItem>> {
    const { page, pageSize, skip } = pageWindow(query);
    const departmentIds = query.departmentId
      ? await jurisdictionOf(this.readModels, query.departmentId, true)
      : undefined;
    const { items, total } = await listAccidents(
      this.readModels,
      { year: query.year, departmentIds, grade: query.grade },
      query.sort ?? 'time',
      { skip, take: pageSize },
    );
    return { items: items.map((item) => forRole(item, role)), page, pageSize, total };
  }
}
