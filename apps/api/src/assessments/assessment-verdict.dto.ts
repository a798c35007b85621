import { OccurredAt } from '../platform/http/business-time.decorator';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { ASSESSMENT_GRADES } from '@dutyledger/domain';
import type { AssessmentGrade } from '@dutyledger/domain';
import { MultiLine } from '../platform/http/text-rules';

/** A work-safety assessment's score, grade and remarks (recorded or corrected). */
export class AssessmentVerdictDto {
  /** @example 86 */
  @IsInt({ message: '$property must be a whole number' })
  @Min(0)
  @Max(100)
  score!: number;

  /** Must agree with the score’s band (DUTYLEDGER_ASSESSMENT_GRADE_BANDS; by default EXCELLENT ≥ 90, COMPETENT 75–89, BASICALLY_COMPETENT 60–74, INCOMPETENT < 60) */
  @IsIn(ASSESSMENT_GRADES)
  grade!: AssessmentGrade;

  /**
   * May be empty
   * @example "inspections on time"
   */
  @IsString()
  @MaxLength(4000)
  @MultiLine()
  remarks!: string;

  @OccurredAt('When the assessment was made (not before the annual report)')
  occurredAt?: string;
}
