import { AssessmentVerdictDto } from '../assessment-verdict.dto';
import { Text } from '../../platform/http/fields';

/** The assessment that replaces the one in force, and what was wrong with it. */
export class CorrectAnnualAssessmentDto extends AssessmentVerdictDto {
  /** @example "an unreported failure to perform came to light" */
  @Text(2000)
  reason!: string;
}
