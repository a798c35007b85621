import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DEPARTMENT_LEVELS, type DepartmentLevel } from '@dutyledger/domain';
import { PageQuery } from '../../platform/http/page';

export class ListDepartmentsQuery extends PageQuery {
  /** Only the departments directly under it */
  @IsOptional()
  @IsUUID('4')
  parentId?: string;

  @IsOptional()
  @IsIn(DEPARTMENT_LEVELS)
  level?: DepartmentLevel;
}
