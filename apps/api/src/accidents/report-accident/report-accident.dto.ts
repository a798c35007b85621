import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { AccidentFiguresDto } from '../accident-figures.dto';
import { BusinessTime } from '../../platform/http/business-time.decorator';

/** Carries no grade: a `grade` field is an unknown property and answers 400. */
export class ReportAccidentDto extends AccidentFiguresDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Chosen by the caller, or generated' })
  @IsOptional()
  @IsUUID('4')
  accidentId?: string;

  @ApiProperty({ format: 'uuid', description: 'The department in whose jurisdiction it happened' })
  @IsUUID('4')
  departmentId!: string;

  @ApiProperty({ example: 'construction', maxLength: 80 })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,79}$/, {
    message: 'industry must be a lowercase code of letters, digits and dashes (max 80)',
  })
  industry!: string;

  @ApiProperty({ example: '2026-01-10T14:20:00+08:00', description: 'ISO-8601 with a zone' })
  @BusinessTime()
  occurredAt!: string;

  @ApiProperty({ example: 'Scaffold collapse at the Eastport site', maxLength: 4000 })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  description!: string;
}
