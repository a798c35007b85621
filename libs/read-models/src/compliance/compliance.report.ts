import type { ComplianceWeights } from '@dutyledger/config';
import type { ComplianceDepartment } from './compliance-department.entity';
import {
  type ComplianceFigures,
  type StoredFigure,
  addFigureSums,
  figuresOf,
} from './compliance.figures';
import {
  type ComplianceIndicators,
  complianceIndicators,
  complianceScore,
} from './compliance.score';
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
}

/**
 * The compliance of every department (preorder: each before the departments under it), rolled up
 * from townships to districts to the municipality, scored with `weights`.
 */
export function complianceReport(
  departments: readonly ComplianceDepartment[],
  own: ReadonlyMap<string, ReadonlyMap<StoredFigure, number>>,
  weights: ComplianceWeights,
): DepartmentCompliance[] {
  const rolledUp = new Map<string, Map<StoredFigure, number>>();
  const rollUp = (node: DepartmentNode): Map<StoredFigure, number> => {
    const sums = new Map(own.get(node.departmentId) ?? []);
    for (const child of node.children) addFigureSums(sums, rollUp(child));
    rolledUp.set(node.departmentId, sums);
    return sums;
  };
  const tree = departmentTree(departments);
  tree.forEach(rollUp);
  return preorder(tree).map((node) => {
    const jurisdiction = figuresOf(rolledUp.get(node.departmentId) ?? new Map());
    const indicators = complianceIndicators(jurisdiction);
    return {
      departmentId: node.departmentId,
      name: node.name,
      level: node.level,
      kind: node.kind,
      parentId: node.parentId,
      own: figuresOf(own.get(node.departmentId) ?? new Map()),
      rolledUp: jurisdiction,
      indicators,
      score: complianceScore(indicators, weights),
    };
  });
}
