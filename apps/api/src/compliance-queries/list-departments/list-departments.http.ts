import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { READ_MODELS } from '@dutyledger/wiring';
import { listDepartments } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { pageWindow } from '../../platform/http/page';
import { ListDepartmentsQuery } from './list-departments.dto';
import { DepartmentPage } from './list-departments.view';

@ApiTags('organisation')
@Controller('departments')
export class ListDepartmentsController {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Get()
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary: 'Departments by name in pinyin order, filtered by parent, level and part of the name',
  })
  @ApiOkResponse({ type: DepartmentPage })
  @ApiBadRequestResponse({ description: 'parentId, level, name, page or pageSize malformed' })
  async list(@Query() query: ListDepartmentsQuery): Promise<DepartmentPage> {
    const { page, pageSize, skip } = pageWindow(query);
    const { items, total } = await listDepartments(this.readModels, {
      parentId: query.parentId,
      level: query.level,
      name: query.name,
      skip,
      take: pageSize,
    });
    return { items, page, pageSize, total };
  }
}
