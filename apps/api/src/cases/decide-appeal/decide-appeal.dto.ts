import { OccurredAt } from '../../platform/http/business-time.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { APPEAL_OUTCOMES, MEASURES } from '@dutyledger/domain';
import type { AppealOutcome, Measure } from '@dutyledger/domain';
import { Text } from '../../platform/http/fields';

export class DecideAppealDto {
  @ApiProperty({ format: 'uuid', description: 'The pending appeal' })
  @IsUUID('4')
  appealId!: string;

  @ApiProperty({ enum: APPEAL_OUTCOMES })
  @IsIn(APPEAL_OUTCOMES)
  outcome!: AppealOutcome;

  @ApiPropertyOptional({
    enum: MEASURES,
    description:
      'Required when the outcome is SANCTION_CHANGED, absent otherwise: a measure lighter than the appealed one (an appeal never makes it heavier)',
  })
  @IsOptional()
  @IsIn(MEASURES)
  changedSanction?: Measure;

  @ApiProperty({ maxLength: 10000 })
  @Text(10000)
  reasoning!: string;

  @OccurredAt('When the appeal was decided')
  occurredAt?: string;
}
