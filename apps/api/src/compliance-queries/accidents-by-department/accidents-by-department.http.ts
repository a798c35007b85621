import { Controller, Get, Inject, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ACCIDENT_WEIGHTS } from '@dutyledger/domain';
import { READ_MODELS } from '@dutyledger/wiring';
import { accidentsByDepartment } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { pageWindow } from '../../platform/http/page';
import { jurisdictionOf } from '../jurisdiction';
import { AccidentsByDepartmentQuery } from './accidents-by-department.dto';
import { AccidentsByDepartmentPage } from './accidents-by-department.view';

@ApiTags('compliance')
@Controller('accidents')
export class AccidentsByDepartmentController {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Get('by-department')
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary:
      'Per department, the year’s accidents reported against it by latest grade and weighed by grade, the gravest first (departments without an accident left out), with the grade weights',
    description:
      'Paged (pageSize default 20, at most 100; `total` counts the departments with an accident ' +
      'in the year). The weights are those of the accident indicator in "Compliance score", the ' +
      'same `accidentWeights` as `/compliance` answers. Years are those of DUTYLEDGER_TIME_ZONE.',
  })
  @ApiOkResponse({ type: AccidentsByDepartmentPage })
  @ApiBadRequestResponse({
    description: 'A missing or malformed year, a malformed department id, page or pageSize',
  })
  @ApiNotFoundResponse({ description: 'No such department (or not projected yet)' })
  async page(@Query() query: AccidentsByDepartmentQuery): Promise<AccidentsByDepartmentPage> {
    const { page, pageSize, skip } = pageWindow(query);
    const departmentIds = query.departmentId
      ? await jurisdictionOf(this.readModels, query.departmentId, true)
      : undefined;
    const { items, total } = await accidentsByDepartment(
      this.readModels,
      { year: query.year, departmentIds },
      ACCIDENT_WEIGHTS,
      { skip, take: pageSize },
    );
    return {
      year: query.year,
      accidentWeights: { ...ACCIDENT_WEIGHTS },
      items,
      page,
      pageSize,
      total,
    };
  }
}
