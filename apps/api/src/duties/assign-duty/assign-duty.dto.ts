import { EffectiveFrom } from '../../platform/http/business-time.decorator';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CADENCES, DUTY_CATEGORIES, PRINCIPLES } from '@dutyledger/domain';
import type { Cadence, DutyCategory, Principle } from '@dutyledger/domain';
import { NewId, ScopeCodes, Name, Text } from '../../platform/http/fields';

export class AssignDutyDto {
  @NewId()
  dutyId?: string;

  /** The post that carries the duty */
  @IsUUID('4')
  postId!: string;

  @IsIn(DUTY_CATEGORIES)
  category!: DutyCategory;

  /** @example "Monthly safety inspection of coal mines" */
  @Name(200)
  title!: string;

  /** Cited by every work-safety duty; absent for a business duty */
  @IsOptional()
  @IsIn(PRINCIPLES)
  principle?: Principle;

  /**
   * The scope items covered; a work-safety duty covers at least one
   * @example ["mining"]
   */
  @ScopeCodes()
  industries!: string[];

  @IsIn(CADENCES)
  cadence!: Cadence;

  /** @example "Work Safety Law, art. 3" */
  @Text(1000)
  basis!: string;

  @EffectiveFrom(
    'When the duty takes effect (not before its post was established); periods are due from then',
  )
  effectiveFrom?: string;
}
