import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DEPARTMENT_LEVELS, type DepartmentLevel } from '@dutyledger/domain';
import { PageQuery } from '../../platform/http/page';

export class ListDepartmentsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the departments directly under it' })
  @IsOptional()
  @IsUUID('4')
  parentId?: string;

  @ApiPropertyOptional({ enum: DEPARTMENT_LEVELS })
  @IsOptional()
  @IsIn(DEPARTMENT_LEVELS)
  level?: DepartmentLevel;
}
