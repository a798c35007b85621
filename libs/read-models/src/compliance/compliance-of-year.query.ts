import type { ComplianceWeights } from '@dutyledger/domain';
import type { GradeBands, JurisdictionCalendar } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { ownFigures } from './compliance-figures.query';
import { type DepartmentCompliance, complianceReport } from './compliance.report';
import type { ComplianceDepartment } from './compliance-department.entity';
import { complianceDepartments, departmentSubtree } from './department-hierarchy.query';
import { type DepartmentNode, departmentTree, preorder } from './department-tree';

/** How a year's compliance is read: the jurisdiction's calendar and the configured policy. */
export interface ComplianceReading {
  calendar: JurisdictionCalendar;
  weights: ComplianceWeights;
  bands: GradeBands;
}

/**
 * Every department's compliance in the jurisdiction's `year` (each before the departments under
 * it): figures, indicators, score and the grade of its annual work-safety assessment.
 */
export async function complianceOfYear(
  dataSource: DataSource,
  year: number,
  reading: ComplianceReading,
): Promise<DepartmentCompliance[]> {
  return complianceReport(
    await complianceDepartments(dataSource),
    await ownFigures(dataSource, year, reading.calendar),
    reading.weights,
    reading.bands,
  );
}

export interface CompliancePageQuery {
  year: number;
  /** The department and every department under it (else the whole hierarchy). */
  departmentId?: string;
  /** Only the departments directly under it. */
  parentId?: string;
  skip: number;
  take: number;
}

/**
 * One page of the year's compliance, in the order of complianceOfYear (each department before
 * the departments under it). Only the facts of the page's departments and of the departments under
 * them are read (through the departmentId index), so a page costs what its subtrees hold, never
 * the whole jurisdiction's answer; with `departmentId` or `parentId` the hierarchy itself is read
 * down from that department only. Undefined when that department is unknown.
 */
export async function complianceOfYearPage(
  dataSource: DataSource,
  query: CompliancePageQuery,
  reading: ComplianceReading,
): Promise<{ items: DepartmentCompliance[]; total: number } | undefined> {
  const rootId = query.departmentId ?? query.parentId;
  const departments: ComplianceDepartment[] =
    rootId === undefined
      ? await complianceDepartments(dataSource)
      : await departmentSubtree(dataSource, rootId);
  if (rootId !== undefined && departments.length === 0) return undefined;
  const listed = preorder(departmentTree(departments)).filter(
    (node) =>
      query.parentId === undefined ||
      (node.parentId === query.parentId && node.departmentId !== query.parentId),
  );
  const page = listed.slice(query.skip, query.skip + query.take);
  const needed = new Set(
    page.flatMap((node: DepartmentNode) => preorder([node])).map((node) => node.departmentId),
  );
  const report = complianceReport(
    departments.filter((department) => needed.has(department.departmentId)),
    await ownFigures(dataSource, query.year, reading.calendar, [...needed]),
    reading.weights,
    reading.bands,
  );
  const byId = new Map(report.map((entry) => [entry.departmentId, entry]));
  const items = page.flatMap((node) => byId.get(node.departmentId) ?? []);
  return { items, total: listed.length };
}

/** One department's compliance in a year (it and the departments under it are read, no more). */
export async function departmentComplianceOfYear(
  dataSource: DataSource,
  departmentId: string,
  year: number,
  reading: ComplianceReading,
): Promise<DepartmentCompliance | undefined> {
  const page = await complianceOfYearPage(
    dataSource,
    { year, departmentId, skip: 0, take: 1 },
    reading,
  );
  return page?.items[0];
}
