import { EffectiveFrom } from '../../platform/http/business-time.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CADENCES, PRINCIPLES } from '@dutyledger/domain';
import type { Cadence, Principle } from '@dutyledger/domain';
import { ScopeCodes, Name, Text } from '../../platform/http/fields';

/** Names only what changes; the category never changes (revoke and assign another duty). */
export class AmendDutyDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Name(200)
  title?: string;

  @ApiPropertyOptional({ enum: PRINCIPLES })
  @IsOptional()
  @IsIn(PRINCIPLES)
  principle?: Principle;

  @ApiPropertyOptional({ type: [String], maxItems: 50 })
  @IsOptional()
  @ScopeCodes()
  industries?: string[];

  @ApiPropertyOptional({ enum: CADENCES })
  @IsOptional()
  @IsIn(CADENCES)
  cadence?: Cadence;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Text(1000)
  basis?: string;

  @ApiProperty({ example: 'Mining scope extended by the 2026 plan', maxLength: 500 })
  @Text(500)
  reason!: string;

  @EffectiveFrom('When the amendment takes effect (not before the last change)')
  effectiveFrom?: string;
}
