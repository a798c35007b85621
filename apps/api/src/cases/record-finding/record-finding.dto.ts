import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import {
  AGGRAVATING_CIRCUMSTANCES,
  MITIGATING_CIRCUMSTANCES,
  RESPONSIBILITY_KINDS,
} from '@dutyledger/domain';
import type {
  AggravatingCircumstance,
  MitigatingCircumstance,
  ResponsibilityKind,
} from '@dutyledger/domain';
import { OccurredAt } from '../../platform/http/business-time.decorator';
import { Text } from '../../platform/http/fields';

export class AggravatingCircumstanceDto {
  @IsIn(AGGRAVATING_CIRCUMSTANCES)
  circumstance!: AggravatingCircumstance;

  /** What the investigation found of it */
  @Text(2000)
  note!: string;
}

export class MitigatingCircumstanceDto {
  @IsIn(MITIGATING_CIRCUMSTANCES)
  circumstance!: MitigatingCircumstance;

  /** What the investigation found of it */
  @Text(2000)
  note!: string;
}

/**
 * Recorded by the case's assigned investigator (the caller). A finding of "responsible" needs the
 * subject heard first: their statement, or a hearing notice whose response period has passed.
 */
export class RecordFindingDto {
  /** The subject the finding is about */
  @IsUUID('4')
  cadreId!: string;

  @IsBoolean()
  responsible!: boolean;

  /** Required when responsible, absent otherwise */
  @IsOptional()
  @IsIn(RESPONSIBILITY_KINDS)
  responsibilityKind?: ResponsibilityKind;

  @Text(10000)
  reasoning!: string;

  @ApiPropertyOptional({
    type: [AggravatingCircumstanceDto],
    maxItems: 5,
    description: 'Circumstances weighing against the subject (only with responsible), each once',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({
    each: true,
    message: 'each of $property must be an object {circumstance, note}',
  })
  @Type(() => AggravatingCircumstanceDto)
  aggravating?: AggravatingCircumstanceDto[];

  @ApiPropertyOptional({
    type: [MitigatingCircumstanceDto],
    maxItems: 4,
    description: 'Circumstances weighing for the subject (only with responsible), each once',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({
    each: true,
    message: 'each of $property must be an object {circumstance, note}',
  })
  @Type(() => MitigatingCircumstanceDto)
  mitigating?: MitigatingCircumstanceDto[];

  @OccurredAt('When the finding was made')
  occurredAt?: string;
}
