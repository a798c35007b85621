import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { APPEAL_OUTCOMES, SANCTIONS } from '@dutyledger/domain';
import type { AppealOutcome, Sanction } from '@dutyledger/domain';
import { Text } from '../../platform/http/fields';

export class DecideAppealDto {
  @ApiProperty({ format: 'uuid', description: 'The pending appeal' })
  @IsUUID('4')
  appealId!: string;

  @ApiProperty({ enum: APPEAL_OUTCOMES })
  @IsIn(APPEAL_OUTCOMES)
  outcome!: AppealOutcome;

  @ApiPropertyOptional({
    enum: SANCTIONS,
    description: 'Required when the outcome is SANCTION_CHANGED, absent otherwise',
  })
  @IsOptional()
  @IsIn(SANCTIONS)
  changedSanction?: Sanction;

  @ApiProperty({ maxLength: 10000 })
  @Text(10000)
  reasoning!: string;
}
