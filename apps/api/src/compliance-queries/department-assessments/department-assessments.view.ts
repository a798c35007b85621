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
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;

  @ApiProperty({
    minimum: 0,
    maximum: 100,
    description: 'The compliance score of the year (of the department with those under it)',
  })
  score!: number;

  @ApiProperty({ enum: ASSESSMENT_GRADES, description: 'The grade the score earns' })
  grade!: AssessmentGrade;

  @ApiProperty({ type: IndicatorsView }) indicators!: IndicatorsView;
}

export class DepartmentAssessmentsView extends DepartmentPageView {
  year!: number;

  @ApiProperty({
    description:
      'True while the year has not ended in DUTYLEDGER_TIME_ZONE: the grades may still change',
  })
  provisional!: boolean;

  @ApiProperty({
    type: GradeBandsView,
    description: 'DUTYLEDGER_ASSESSMENT_GRADE_BANDS: the same bands as the cadres’ assessments',
  })
  gradeBands!: GradeBandsView;

  @ApiProperty({ type: WeightsView, description: 'DUTYLEDGER_COMPLIANCE_WEIGHTS' })
  weights!: WeightsView;

  @ApiProperty({
    type: [DepartmentAssessmentView],
    description: 'One page of departments, each before those under it',
  })
  departments!: DepartmentAssessmentView[];
}
