import { OccurredAt } from '../../platform/http/business-time.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { CASE_KINDS } from '@dutyledger/domain';
import type { CaseKind } from '@dutyledger/domain';
import { NewId, Text } from '../../platform/http/fields';

/** A subject of the case: a cadre with the post held. */
export class CaseSubjectDto {
  @IsUUID('4')
  cadreId!: string;

  @IsUUID('4')
  postId!: string;
}

/** A failure to perform cited as grounds, named by the duty it was recorded on. */
export class CitedFailureDto {
  @IsUUID('4')
  dutyId!: string;

  @IsUUID('4')
  failureId!: string;
}

export class OpenAccountabilityDto {
  @NewId()
  caseId?: string;

  @IsIn(CASE_KINDS)
  kind!: CaseKind;

  /** The supervision authority opening the case */
  @IsUUID('4')
  openedByDepartmentId!: string;

  @ApiProperty({ type: [CaseSubjectDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true, message: 'each of $property must be an object {cadreId, postId}' })
  @Type(() => CaseSubjectDto)
  subjects!: CaseSubjectDto[];

  @ApiProperty({
    type: [CitedFailureDto],
    maxItems: 100,
    description: 'Grounds of a pre-accident case; may be empty for a post-accident case',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({
    each: true,
    message: 'each of $property must be an object {dutyId, failureId}',
  })
  @Type(() => CitedFailureDto)
  failures!: CitedFailureDto[];

  /** The accident of a post-accident case */
  @IsOptional()
  @IsUUID('4')
  accidentId?: string;

  /** @example "Monthly hazard inspections of the mines were not carried out" */
  @Text(2000)
  summary!: string;

  @OccurredAt('When the case was opened (not before its grounds)')
  occurredAt?: string;
}
