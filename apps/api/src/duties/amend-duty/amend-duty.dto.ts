import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { CADENCES, PRINCIPLES } from '@dutyledger/domain';
import type { Cadence, Principle } from '@dutyledger/domain';

/** Names only what changes; the category never changes (revoke and assign another duty). */
export class AmendDutyDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ enum: PRINCIPLES })
  @IsOptional()
  @IsIn(PRINCIPLES)
  principle?: Principle;

  @ApiPropertyOptional({ type: [String], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(/^[a-z0-9][a-z0-9-]{0,79}$/, {
    each: true,
    message: 'each industry must be a lowercase code of letters, digits and dashes (max 80)',
  })
  industries?: string[];

  @ApiPropertyOptional({ enum: CADENCES })
  @IsOptional()
  @IsIn(CADENCES)
  cadence?: Cadence;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  basis?: string;

  @ApiProperty({ example: 'Mining scope extended by the 2026 plan', maxLength: 500 })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}
