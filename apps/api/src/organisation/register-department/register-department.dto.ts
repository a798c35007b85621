import { EffectiveFrom } from '../../platform/http/business-time.decorator';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { DEPARTMENT_KINDS, DEPARTMENT_LEVELS } from '@dutyledger/domain';
import type { DepartmentKind, DepartmentLevel } from '@dutyledger/domain';
import { NewId, ScopeCodes, Name } from '../../platform/http/fields';

/**
 * Request bodies: fields carry `!` (definite assignment) because class-transformer fills them and
 * class-validator rejects the request when one is missing; a default here would hide that.
 */
export class RegisterDepartmentDto {
  @NewId()
  departmentId?: string;

  /** @example "Riverside District People’s Government" */
  @Name(200)
  name!: string;

  @IsIn(DEPARTMENT_LEVELS)
  level!: DepartmentLevel;

  @IsIn(DEPARTMENT_KINDS)
  kind!: DepartmentKind;

  /** Required except for the top department */
  @IsOptional()
  @IsUUID('4')
  parentId?: string;

  /** @example ["mining", "hazardous-chemicals"] */
  @ScopeCodes()
  industries!: string[];

  /** Is it the work-safety supervision authority of its level? */
  @IsBoolean()
  supervisionAuthority!: boolean;

  @EffectiveFrom('From when the department exists (not before its parent)')
  effectiveFrom?: string;
}
