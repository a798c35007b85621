import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ADVERSE_EFFECTS } from '@dutyledger/domain';
import type { AdverseEffect } from '@dutyledger/domain';
import { BusinessTime } from '../../platform/http/business-time.decorator';
import { NewId, Text } from '../../platform/http/fields';

/** The responsible cadre is never sent: it is resolved from the post's appointment history. */
export class RecordFailureToPerformDto {
  @NewId()
  failureId?: string;

  @ApiProperty({ example: '2026-04-02T08:00:00Z', description: 'When the failure happened' })
  @BusinessTime()
  occurredAt!: string;

  @ApiProperty({
    example: 'The April inspection of the Shaft 3 mine was not carried out',
    maxLength: 2000,
  })
  @Text(2000)
  description!: string;

  @ApiProperty({ example: 'Inspection log for April 2026, page 4', maxLength: 2000 })
  @Text(2000)
  evidence!: string;

  @ApiProperty({ enum: ADVERSE_EFFECTS })
  @IsIn(ADVERSE_EFFECTS)
  adverseEffect!: AdverseEffect;
}
