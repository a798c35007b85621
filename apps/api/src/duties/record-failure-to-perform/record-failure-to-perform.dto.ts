import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { ADVERSE_EFFECTS, FAILURE_KINDS } from '@dutyledger/domain';
import type { AdverseEffect, FailureKind } from '@dutyledger/domain';
import { BusinessTime } from '../../platform/http/business-time.decorator';
import { Name, NewId, Text } from '../../platform/http/fields';

/** The responsible cadre is never sent: it is resolved from the post's appointment history. */
export class RecordFailureToPerformDto {
  @NewId()
  failureId?: string;

  /**
   * When the failure happened (business time: a date, read in DUTYLEDGER_TIME_ZONE, or a date-time with its zone), inside the duty’s life
   * @example "2026-04-02T08:00:00+08:00"
   */
  @ApiProperty({ format: 'date-time' })
  @BusinessTime()
  occurredAt!: string;

  @IsIn(FAILURE_KINDS)
  kind!: FailureKind;

  /** Required when the kind is OTHER: what kind of failure it was, in words */
  @IsOptional()
  @Name(200)
  otherKind?: string;

  /** On a business duty: whether the failure harmed work safety (e.g. a licence approved without safety conditions). Only work-safety failures ground pre-accident cases and count in compliance; every failure on a work-safety duty is one */
  @IsOptional()
  @IsBoolean()
  safetyImpact?: boolean;

  /** @example "The April inspection of the Shaft 3 mine was not carried out" */
  @Text(2000)
  description!: string;

  /** @example "Inspection log for April 2026, page 4" */
  @Text(2000)
  evidence!: string;

  @IsIn(ADVERSE_EFFECTS)
  adverseEffect!: AdverseEffect;
}
