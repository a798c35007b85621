import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { AccidentFiguresDto } from '../accident-figures.dto';
import { BusinessTime } from '../../platform/http/business-time.decorator';
import { NewId, ScopeCode, Text } from '../../platform/http/fields';

/** Carries no grade: a `grade` field is an unknown property and answers 400. */
export class ReportAccidentDto extends AccidentFiguresDto {
  @NewId()
  accidentId?: string;

  @ApiProperty({ format: 'uuid', description: 'The department in whose jurisdiction it happened' })
  @IsUUID('4')
  departmentId!: string;

  @ApiProperty({ example: 'construction', maxLength: 80 })
  @ScopeCode()
  industry!: string;

  @ApiProperty({ example: '2026-01-10T14:20:00+08:00', description: 'ISO-8601 with a zone' })
  @BusinessTime()
  occurredAt!: string;

  @ApiProperty({ example: 'Scaffold collapse at the Eastport site', maxLength: 4000 })
  @Text(4000)
  description!: string;
}
