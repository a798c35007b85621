import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import { UuidParam } from '../../platform/http/uuid-param';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type DepartmentRow, findDepartment } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { READ_MODELS } from '@dutyledger/wiring';

@ApiTags('organisation')
@Controller('departments')
export class GetDepartmentController {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Get(':departmentId')
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOkResponse({ description: 'The department as the register shows it' })
  @ApiNotFoundResponse({ description: 'No such department (or not projected yet)' })
  async get(@UuidParam('departmentId') departmentId: string) {
    const row = await findDepartment(this.readModels, departmentId);
    if (!row) throw new NotFoundException(`Department ${departmentId} was not found`);
    return present(row);
  }
}

function present(row: DepartmentRow) {
  const { lastPosition, ...department } = row;
  return { ...department, position: String(lastPosition) };
}
