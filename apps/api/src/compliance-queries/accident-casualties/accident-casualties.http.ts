import { Controller, Get, Inject, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { READ_MODELS } from '@dutyledger/wiring';
import { type DepartmentCasualties, casualtiesByDepartment } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { jurisdictionOf } from '../jurisdiction';
import { AccidentCasualtiesQuery } from './accident-casualties.dto';
import { DepartmentCasualtiesView } from './accident-casualties.view';

@ApiTags('compliance')
@Controller('accidents')
export class AccidentCasualtiesController {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Get('casualties')
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary:
      'Per department, the year’s accidents reported against it and their casualties as the latest updates state, most deaths first (departments without an accident left out)',
  })
  @ApiOkResponse({ type: [DepartmentCasualtiesView] })
  @ApiBadRequestResponse({ description: 'A missing or malformed year, a malformed department id' })
  @ApiNotFoundResponse({ description: 'No such department (or not projected yet)' })
  async totals(@Query() query: AccidentCasualtiesQuery): Promise<DepartmentCasualties[]> {
    const departmentIds = query.departmentId
      ? await jurisdictionOf(this.readModels, query.departmentId, true)
      : undefined;
    return casualtiesByDepartment(this.readModels, { year: query.year, departmentIds });
  }
}
