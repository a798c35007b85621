import { OccurredAt } from '../../platform/http/business-time.decorator';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { APPEAL_OUTCOMES, MEASURES } from '@dutyledger/domain';
import type { AppealOutcome, Measure } from '@dutyledger/domain';
import { Text } from '../../platform/http/fields';

export class DecideAppealDto {
  /** The pending appeal */
  @IsUUID('4')
  appealId!: string;

  @IsIn(APPEAL_OUTCOMES)
  outcome!: AppealOutcome;

  /** Required when the outcome is SANCTION_CHANGED, absent otherwise: a measure lighter than the appealed one (an appeal never makes it heavier) */
  @IsOptional()
  @IsIn(MEASURES)
  changedSanction?: Measure;

  @Text(10000)
  reasoning!: string;

  @OccurredAt('When the appeal was decided')
  occurredAt?: string;
}
