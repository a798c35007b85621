import { ApiProperty } from '@nestjs/swagger';
import {
  ASSESSMENT_GRADES,
  type AssessmentGrade,
  DEPARTMENT_KINDS,
  DEPARTMENT_LEVELS,
} from '@dutyledger/domain';
import {
  DepartmentPageView,
  GradeBandsView,
  IndicatorsView,
  WeightsView,
} from '../compliance.view';

/** One department's comprehensive work-safety assessment of a year. */
export class DepartmentAssessmentView {
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  name!: string;
  @ApiProperty({ enum: DEPARTMENT_LEVELS }) level!: string;
  @ApiProperty({ enum: DEPARTMENT_KINDS }) kind!: string;
  @ApiProperty({ type: String, format: 'uuid' }) parentId!: string | null;

  /** The compliance score of the year (of the department with those under it) */
  @ApiProperty({ minimum: 0, maximum: 100 })
  score!: number;

  /** The grade the score earns */
  @ApiProperty({ enum: ASSESSMENT_GRADES })
  grade!: AssessmentGrade;

  indicators!: IndicatorsView;
}

export class DepartmentAssessmentsView extends DepartmentPageView {
  year!: number;

  /** True while the year has not ended in DUTYLEDGER_TIME_ZONE: the grades may still change */
  provisional!: boolean;

  /** DUTYLEDGER_ASSESSMENT_GRADE_BANDS: the same bands as the cadres’ assessments */
  gradeBands!: GradeBandsView;

  /** DUTYLEDGER_COMPLIANCE_WEIGHTS */
  weights!: WeightsView;

  /** One page of departments, each before those under it */
  departments!: DepartmentAssessmentView[];
}
