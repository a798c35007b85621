import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { AccidentFiguresDto } from '../accident-figures.dto';
import { BusinessTime } from '../../platform/http/business-time.decorator';
import { NewId, ScopeCode, Text } from '../../platform/http/fields';

/** Carries no grade: a `grade` field is an unknown property and answers 400. */
export class ReportAccidentDto extends AccidentFiguresDto {
  @NewId()
  accidentId?: string;

  /** The department in whose jurisdiction it happened */
  @IsUUID('4')
  departmentId!: string;

  /** @example "construction" */
  @ApiProperty({ maxLength: 80 })
  @ScopeCode()
  industry!: string;

  /**
   * ISO-8601 with a zone
   * @example "2026-01-10T14:20:00+08:00"
   */
  @BusinessTime()
  occurredAt!: string;

  /** @example "Scaffold collapse at the Eastport site" */
  @Text(4000)
  description!: string;
}
