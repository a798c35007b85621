import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { ADVERSE_EFFECTS, FAILURE_KINDS } from '@dutyledger/domain';
import type { AdverseEffect, FailureKind } from '@dutyledger/domain';
import { BusinessTime } from '../../platform/http/business-time.decorator';
import { Name, NewId, Text } from '../../platform/http/fields';

/** The responsible cadre is never sent: it is resolved from the post's appointment history. */
export class RecordFailureToPerformDto {
  @NewId()
  failureId?: string;

  @ApiProperty({
    example: '2026-04-02T08:00:00+08:00',
    format: 'date-time',
    description:
      'When the failure happened (business time: a date, read in DUTYLEDGER_TIME_ZONE, or a date-time with its zone), inside the duty’s life',
  })
  @BusinessTime()
  occurredAt!: string;

  @ApiProperty({ enum: FAILURE_KINDS })
  @IsIn(FAILURE_KINDS)
  kind!: FailureKind;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'Required when the kind is OTHER: what kind of failure it was, in words',
  })
  @IsOptional()
  @Name(200)
  otherKind?: string;

  @ApiPropertyOptional({
    description:
      'On a business duty: whether the failure harmed work safety (e.g. a licence approved without safety conditions). Only work-safety failures ground pre-accident cases and count in compliance; every failure on a work-safety duty is one',
  })
  @IsOptional()
  @IsBoolean()
  safetyImpact?: boolean;

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
