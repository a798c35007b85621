import {
  type AssessmentGrade,
  type ComplianceIndicators,
  type ComplianceWeights,
  type GradeBands,
  complianceIndicators,
  complianceScore,
  gradeForScore,
} from '@dutyledger/domain';
import type { ComplianceDepartment } from './compliance-department.entity';
import type { OwnFigures } from './compliance-figures.query';
import {
  CASE_FIGURES,
  type CaseFigure,
  type ComplianceFigures,
  type FigureSums,
  type StoredFigure,
  addFigureSums,
  figuresOf,
} from './compliance.figures';
import { type DepartmentNode, departmentTree, preorder } from './department-tree';

/** One department's compliance in a year: its own figures and those of its whole jurisdiction. */
export interface DepartmentCompliance {
  departmentId: string;
  name: string;
  level: string;
  kind: string;
  parentId: string | null;
  own: ComplianceFigures;
  /** The department and every department under it. */
  rolledUp: ComplianceFigures;
  /** Of the rolled-up figures: a government answers for its jurisdiction. */
  indicators: ComplianceIndicators;
  score: number;
  /**
   * The department's comprehensive work-safety assessment for the year: the grade its score
   * earns under the assessment grade bands (the same bands as the cadres' annual assessments).
   */
  grade: AssessmentGrade;
}

type CaseSets = Map<CaseFigure, Set<string>>;

/** A department's entry from its own figures and its rolled-up ones, scored and graded. */
export function complianceEntry(
  department: Pick<ComplianceDepartment, 'departmentId' | 'name' | 'level' | 'kind' | 'parentId'>,
  own: FigureSums,
  rolledUp: FigureSums,
  weights: ComplianceWeights,
  bands: GradeBands,
): DepartmentCompliance {
  const jurisdiction = figuresOf(rolledUp);
  const indicators = complianceIndicators(jurisdiction);
  const score = complianceScore(indicators, weights);
  return {
    departmentId: department.departmentId,
    name: department.name,
    level: department.level,
    kind: department.kind,
    parentId: department.parentId,
    own: figuresOf(own),
    rolledUp: jurisdiction,
    indicators,
    score,
    grade: gradeForScore(score, bands),
  };
}

function unite(into: CaseSets, more: CaseSets | undefined): void {
  for (const [figure, cases] of more ?? []) {
    const known = into.get(figure) ?? new Set<string>();
    for (const caseId of cases) known.add(caseId);
    into.set(figure, known);
  }
}

/**
 * The compliance of every department (preorder: each before the departments under it), rolled up
 * from townships to districts to the municipality (a case counted by several departments counts
 * once where they roll up together), scored with `weights` and graded with `bands`.
 */
export function complianceReport(
  departments: readonly ComplianceDepartment[],
  own: OwnFigures,
  weights: ComplianceWeights,
  bands: GradeBands,
): DepartmentCompliance[] {
  const rolledUp = new Map<string, Map<StoredFigure, number>>();
  const rollUp = (node: DepartmentNode): { sums: Map<StoredFigure, number>; cases: CaseSets } => {
    const sums = new Map(own.sums.get(node.departmentId) ?? []);
    const cases: CaseSets = new Map();
    unite(cases, own.cases.get(node.departmentId));
    for (const child of node.children) {
      const below = rollUp(child);
      addFigureSums(sums, below.sums);
      unite(cases, below.cases);
    }
    const distinct = new Map(sums);
    for (const figure of CASE_FIGURES) distinct.set(figure, cases.get(figure)?.size ?? 0);
    rolledUp.set(node.departmentId, distinct);
    return { sums, cases };
  };
  const tree = departmentTree(departments);
  tree.forEach(rollUp);
  return preorder(tree).map((node) =>
    complianceEntry(
      node,
      own.sums.get(node.departmentId) ?? new Map(),
      rolledUp.get(node.departmentId) ?? new Map(),
      weights,
      bands,
    ),
  );
}
