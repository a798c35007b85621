import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { DEPARTMENT_KINDS, DEPARTMENT_LEVELS } from '@dutyledger/domain';
import type { DepartmentKind, DepartmentLevel } from '@dutyledger/domain';

/**
 * Request bodies: fields carry `!` (definite assignment) because class-transformer fills them and
 * class-validator rejects the request when one is missing; a default here would hide that.
 */
export class RegisterDepartmentDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Chosen by the caller, or generated' })
  @IsOptional()
  @IsUUID('4')
  departmentId?: string;

  @ApiProperty({ example: 'Riverside District People’s Government', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: DEPARTMENT_LEVELS })
  @IsIn(DEPARTMENT_LEVELS)
  level!: DepartmentLevel;

  @ApiProperty({ enum: DEPARTMENT_KINDS })
  @IsIn(DEPARTMENT_KINDS)
  kind!: DepartmentKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required except for the top department' })
  @IsOptional()
  @IsUUID('4')
  parentId?: string;

  @ApiProperty({ type: [String], example: ['mining', 'hazardous-chemicals'], maxItems: 50 })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(/^[a-z0-9][a-z0-9-]{0,79}$/, {
    each: true,
    message: 'each industry must be a lowercase code of letters, digits and dashes (max 80)',
  })
  industries!: string[];

  @ApiProperty({ description: 'Is it the work-safety supervision authority of its level?' })
  @IsBoolean()
  supervisionAuthority!: boolean;
}
