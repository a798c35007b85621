import { EffectiveFrom } from '../../platform/http/business-time.decorator';
import { IsIn, IsOptional } from 'class-validator';
import { CADENCES, PRINCIPLES } from '@dutyledger/domain';
import type { Cadence, Principle } from '@dutyledger/domain';
import { ScopeCodes, Name, Text } from '../../platform/http/fields';

/** Names only what changes; the category never changes (revoke and assign another duty). */
export class AmendDutyDto {
  @IsOptional()
  @Name(200)
  title?: string;

  @IsOptional()
  @IsIn(PRINCIPLES)
  principle?: Principle;

  @IsOptional()
  @ScopeCodes()
  industries?: string[];

  @IsOptional()
  @IsIn(CADENCES)
  cadence?: Cadence;

  @IsOptional()
  @Text(1000)
  basis?: string;

  /** @example "Mining scope extended by the 2026 plan" */
  @Text(500)
  reason!: string;

  @EffectiveFrom('When the amendment takes effect (not before the last change)')
  effectiveFrom?: string;
}
