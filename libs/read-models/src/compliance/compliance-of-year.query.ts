import type { ComplianceWeights } from '@dutyledger/domain';
import type { GradeBands, JurisdictionCalendar } from '@dutyledger/domain';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { ownFigures } from './compliance-figures.query';
import { type DepartmentCompliance, complianceReport } from './compliance.report';
import { ComplianceDepartment } from './compliance-department.entity';
import {
  chartOrdered,
  chartRange,
  complianceDepartments,
  departmentKnown,
} from './department-hierarchy.query';
import { subtreeEnd } from './department-tree-key';

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
 * the departments under it). The page is read in chart order from the treeKey index (LIMIT and
 * OFFSET in the database), then the page's departments with every department under them (one
 * range of that index) and only their facts (through the departmentId index): a page costs what
 * its subtrees hold, never the whole jurisdiction's. Undefined when that department is unknown.
 */
export async function complianceOfYearPage(
  dataSource: DataSource,
  query: CompliancePageQuery,
  reading: ComplianceReading,
): Promise<{ items: DepartmentCompliance[]; total: number } | undefined> {
  const listed = await listedDepartments(dataSource, query);
  if (listed === undefined) return undefined;
  // Only the keys are read at the offset: the index holds them, so skipped rows cost an index
  // entry each, not a table row (a deep page read every department before it).
  const [keys, total] = await Promise.all([
    listed
      .clone()
      .select('department.treeKey', 'treeKey')
      .offset(query.skip)
      .limit(query.take)
      .getRawMany<{ treeKey: string }>(),
    listed.getCount(),
  ]);
  const pageKeys = keys.map((key) => key.treeKey);
  const first = pageKeys.at(0);
  if (first === undefined) return { items: [], total };
  // The page lies in chart order from its first key: its subtrees end where the
  // furthest-reaching one ends, and that range holds the page and every department under it.
  const furthest = pageKeys.reduce((far, key) => (subtreeEnd(key) > subtreeEnd(far) ? key : far));
  const departments = await chartRange(dataSource, first, furthest).getMany();
  const byKey = new Map(departments.map((department) => [department.treeKey, department]));
  const page = pageKeys.flatMap((key) => byKey.get(key) ?? []);
  const report = complianceReport(
    departments,
    await ownFigures(
      dataSource,
      query.year,
      reading.calendar,
      departments.map((department) => department.departmentId),
    ),
    reading.weights,
    reading.bands,
  );
  const byId = new Map(report.map((entry) => [entry.departmentId, entry]));
  const items = page.flatMap((department) => byId.get(department.departmentId) ?? []);
  return { items, total };
}

/** The departments a page is taken from, in chart order; undefined when `query` names an unknown one. */
export async function listedDepartments(
  dataSource: DataSource,
  query: Pick<CompliancePageQuery, 'departmentId' | 'parentId'>,
): Promise<SelectQueryBuilder<ComplianceDepartment> | undefined> {
  let listed = chartOrdered(dataSource);
  if (query.departmentId !== undefined) {
    const root = await dataSource
      .getRepository(ComplianceDepartment)
      .findOneBy({ departmentId: query.departmentId });
    if (root === null) return undefined;
    listed = chartRange(dataSource, root.treeKey, root.treeKey);
  } else if (query.parentId !== undefined && !(await departmentKnown(dataSource, query.parentId))) {
    return undefined;
  }
  return query.parentId === undefined
    ? listed
    : listed.andWhere('department.parentId = :parentId', { parentId: query.parentId });
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

/**
 * The compliance of the departments `departmentIds` in a year, in chart order: each one's subtree
 * is read, not the jurisdiction (a cadre's assessment brief names the few departments it held).
 */
export async function complianceOfDepartments(
  dataSource: DataSource,
  departmentIds: readonly string[],
  year: number,
  reading: ComplianceReading,
): Promise<DepartmentCompliance[]> {
  if (departmentIds.length === 0) return [];
  const departments = await chartOrdered(dataSource)
    .where('department.departmentId IN (:...departmentIds)', { departmentIds })
    .getMany();
  const report: DepartmentCompliance[] = [];
  for (const { departmentId } of departments) {
    const entry = await departmentComplianceOfYear(dataSource, departmentId, year, reading);
    if (entry !== undefined) report.push(entry);
  }
  return report;
}
