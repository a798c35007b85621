import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { AssessmentVerdictDto } from '../assessment-verdict.dto';

/** The assessment that replaces the one in force, and what was wrong with it. */
export class CorrectAnnualAssessmentDto extends AssessmentVerdictDto {
  @ApiProperty({ example: 'an unreported failure to perform came to light', maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason!: string;
}
