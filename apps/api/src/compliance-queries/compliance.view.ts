import { ApiProperty } from '@nestjs/swagger';
import {
  ASSESSMENT_GRADES,
  type AssessmentGrade,
  type ComplianceIndicators,
  DEPARTMENT_KINDS,
  DEPARTMENT_LEVELS,
} from '@dutyledger/domain';
import type { ComplianceFigures, DepartmentCompliance } from '@dutyledger/read-models';

export class FailuresByEffectView {
  NONE!: number;
  MINOR!: number;
  SERIOUS!: number;
}

export class AccidentsByGradeView {
  ESPECIALLY_SERIOUS!: number;
  SERIOUS!: number;
  LARGER!: number;
  GENERAL!: number;
}

/** The figures of a department and year (README, "Compliance score", says how each is counted). */
export class FiguresView implements ComplianceFigures {
  /** Periods of work-safety duties due in the year, from their business assignment */
  dutiesDue!: number;

  /** Performances recorded for periods of the year that were due */
  dutiesPerformed!: number;

  /** Work-safety failures that happened in the year: on a work-safety duty, or on a business duty with a safety impact */
  dutiesFailed!: FailuresByEffectView;

  /** Business-scope items of the posts at the end of the year */
  scopeItems!: number;

  coveredItems!: number;

  /** Scope items without an active work-safety duty at year end */
  coverageGaps!: number;

  /** By latest grade */
  accidents!: AccidentsByGradeView;

  /** Cases opened in the year naming a subject on a post of the department (once per case) */
  casesOpened!: number;

  /** Of those, closed in the year and not reopened */
  casesClosed!: number;

  /** Cases the department opened in the year as the supervision authority */
  casesOpenedAsAuthority!: number;

  /** Measures decided in the year on subjects of the department’s posts, less withdrawn or revoked */
  sanctionsDecided!: number;

  /** Referrals to discipline inspection or judicial organs (not measures) */
  referralsDecided!: number;
}

export class IndicatorsView implements ComplianceIndicators {
  @ApiProperty({ minimum: 0, maximum: 1 }) performanceRate!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) coverageRate!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) failureIndicator!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) accidentIndicator!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) caseResolution!: number;
}

export class WeightsView {
  performance!: number;
  coverage!: number;
  failures!: number;
  accidents!: number;
  cases!: number;
}

export class GradeBandsView {
  /** Lowest score graded EXCELLENT */
  EXCELLENT!: number;
  /** Lowest score graded COMPETENT */
  COMPETENT!: number;
  /** Lowest score graded BASICALLY_COMPETENT */
  BASICALLY_COMPETENT!: number;
}

export class DepartmentComplianceView implements DepartmentCompliance {
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  name!: string;
  @ApiProperty({ enum: DEPARTMENT_LEVELS }) level!: string;
  @ApiProperty({ enum: DEPARTMENT_KINDS }) kind!: string;
  @ApiProperty({ type: String, format: 'uuid' }) parentId!: string | null;
  /** The department alone */
  own!: FiguresView;

  /** The department and every one under it */
  rolledUp!: FiguresView;

  /** Of the rolled-up figures */
  indicators!: IndicatorsView;

  /** Of the indicators and the weights */
  @ApiProperty({ minimum: 0, maximum: 100 })
  score!: number;

  /** The department’s annual work-safety assessment: the grade its score earns under the assessment grade bands */
  @ApiProperty({ enum: ASSESSMENT_GRADES })
  grade!: AssessmentGrade;
}

/** Where a page of departments (each before those under it) stands in the whole list. */
export class DepartmentPageView {
  /** The page answered (from 1) */
  page!: number;

  /** Departments per page */
  pageSize!: number;

  /** Departments on every page together */
  total!: number;
}

export class ComplianceReportView extends DepartmentPageView {
  year!: number;
  /** DUTYLEDGER_COMPLIANCE_WEIGHTS */
  weights!: WeightsView;

  /** DUTYLEDGER_ASSESSMENT_GRADE_BANDS */
  gradeBands!: GradeBandsView;

  /** How much one accident of each grade weighs in the accident indicator */
  accidentWeights!: AccidentsByGradeView;

  /** One page of departments, each before those under it */
  departments!: DepartmentComplianceView[];
}

export class OneComplianceView extends DepartmentComplianceView {
  year!: number;
  weights!: WeightsView;
  gradeBands!: GradeBandsView;
}
