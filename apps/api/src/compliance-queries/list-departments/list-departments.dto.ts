import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
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

  /** Part of the name: its characters (区应急 finds 滨江区应急管理局), in any case */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;
}
