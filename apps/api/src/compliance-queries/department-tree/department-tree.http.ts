import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { READ_MODELS } from '@dutyledger/wiring';
import { complianceDepartments, departmentTree } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { Allow } from '../../platform/auth/access.decorator';
import { DepartmentNodeView } from './department-tree.view';

/** A static path: the router matches it before `/departments/{departmentId}`. */
@ApiTags('organisation')
@Controller('departments')
export class DepartmentTreeController {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @Get('tree')
  @Allow('ADMIN', 'CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'VIEWER')
  @ApiOperation({
    summary:
      'The whole hierarchy nested: municipality -> districts -> townships and working departments',
  })
  @ApiOkResponse({ type: [DepartmentNodeView] })
  async tree(): Promise<DepartmentNodeView[]> {
    return departmentTree(await complianceDepartments(this.readModels));
  }
}
