/** Department compliance: the projection, its tables, and the queries the API reads it with. */
export { complianceProjection } from './compliance.projection';
export { ComplianceFact } from './compliance-fact.entity';
export { ComplianceDepartment } from './compliance-department.entity';
export { CompliancePost } from './compliance-post.entity';
export { ComplianceDuty } from './compliance-duty.entity';
export { ComplianceCaseSubject } from './compliance-case-subject.entity';
export {
  CASE_FIGURES,
  FIGURE_NAMES,
  type ComplianceFigures,
  type FigureName,
  isFigureName,
} from './compliance.figures';
export { type DepartmentCompliance, complianceReport } from './compliance.report';
export { type OwnFigures, ownFigures } from './compliance-figures.query';
export {
  type CompliancePageQuery,
  type ComplianceReading,
  complianceOfDepartments,
  complianceOfYear,
  complianceOfYearPage,
  departmentComplianceOfYear,
} from './compliance-of-year.query';
export {
  type FigureEvent,
  type FigureEventsQuery,
  figureEvents,
} from './compliance-drill-down.query';
export { type AccidentMonth, accidentsByMonth, monthsBetween } from './accidents-by-month.query';
export { type CoverageGap, currentCoverageGaps } from './coverage-gaps.query';
export {
  type ListedDepartment,
  complianceDepartments,
  departmentKnown,
  departmentSubtreeIds,
  listDepartments,
} from './department-hierarchy.query';
export { type DepartmentNode, departmentTree, subtreeIds } from './department-tree';
export {
  type DueSpan,
  type PerformanceStanding,
  cadenceOfPeriod,
  performanceStanding,
  periodsDue,
} from './duty-periods-due';
