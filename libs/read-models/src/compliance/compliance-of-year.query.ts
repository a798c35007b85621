import type { ComplianceWeights } from '@dutyledger/domain';
import type { GradeBands, JurisdictionCalendar } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { plainRows, storedRows, windowClause } from '../database/stored-rows';
import { type ChartRange, ownFigures } from './compliance-figures.query';
import { type DepartmentCompliance, complianceReport } from './compliance.report';
import { ComplianceDepartment } from './compliance-department.entity';
import { chartOrdered, complianceDepartments, departmentKnown } from './department-hierarchy.query';
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

/** The departments a compliance page lists, as plain SQL: its keys at an offset, and how many. */
export interface ChartPageStatements {
  /** The page's tree keys in chart order (the window in the text). */
  keys: string;
  /** The listed departments as a WHERE clause (empty for every one): the keys' and the count's. */
  where: string;
  parameters: unknown[];
}

/**
 * The statements of a page of the chart: every department, those under `parentId`, and/or the
 * subtree keyed `rootKey` (its own key up to the end of its subtree, one range of the index).
 */
export function chartPageStatements(
  dataSource: DataSource,
  listed: { rootKey?: string; parentId?: string },
  window: { skip: number; take: number },
): ChartPageStatements {
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  if (listed.rootKey !== undefined) {
    conditions.push('"department"."treeKey" >= ? AND "department"."treeKey" < ?');
    parameters.push(listed.rootKey, subtreeEnd(listed.rootKey));
  }
  if (listed.parentId !== undefined) {
    conditions.push('"department"."parentId" = ?');
    parameters.push(listed.parentId);
  }
  const { table } = storedRows(dataSource, ComplianceDepartment, 'department');
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  return {
    keys:
      `SELECT "department"."treeKey" AS "treeKey" FROM ${table} ${where} ` +
      `ORDER BY "department"."treeKey" ASC ${windowClause(dataSource, window)}`,
    where,
    parameters,
  };
}

/** The departments keyed from `fromKey` up to (not including) `toKey`, in chart order. */
export function departmentsOfRange(
  dataSource: DataSource,
  range: ChartRange,
): Promise<ComplianceDepartment[]> {
  return storedRows(dataSource, ComplianceDepartment, 'department').select(
    'WHERE "department"."treeKey" >= ? AND "department"."treeKey" < ? ' +
      'ORDER BY "department"."treeKey" ASC',
    [range.fromKey, range.toKey],
  );
}

/**
 * One page of the year's compliance, in the order of complianceOfYear (each department before
 * the departments under it). The page is read in chart order from the treeKey index (LIMIT and
 * OFFSET in the database), then the page's departments with every department under them (one
 * range of that index) and only their facts (through the departmentId index): a page costs what
 * its subtrees hold, never the whole jurisdiction's. Undefined when that department is unknown.
 * Plain statements throughout (decision 0010).
 */
export async function complianceOfYearPage(
  dataSource: DataSource,
  query: CompliancePageQuery,
  reading: ComplianceReading,
): Promise<{ items: DepartmentCompliance[]; total: number } | undefined> {
  let rootKey: string | undefined;
  if (query.departmentId !== undefined) {
    const root = await storedRows(dataSource, ComplianceDepartment).findOne({
      departmentId: query.departmentId,
    });
    if (root === undefined) return undefined;
    rootKey = root.treeKey;
  } else if (query.parentId !== undefined && !(await departmentKnown(dataSource, query.parentId))) {
    return undefined;
  }
  const { keys, where, parameters } = chartPageStatements(
    dataSource,
    { rootKey, parentId: query.parentId },
    query,
  );
  // Only the keys are read at the offset: the index holds them, so skipped rows cost an index
  // entry each, not a table row (a deep page read every department before it).
  const [keyRows, total] = await Promise.all([
    plainRows<{ treeKey: string }>(dataSource, keys, parameters),
    storedRows(dataSource, ComplianceDepartment, 'department').count(where, parameters),
  ]);
  const pageKeys = keyRows.map((key) => key.treeKey);
  const first = pageKeys.at(0);
  if (first === undefined) return { items: [], total };
  // The page lies in chart order from its first key: its subtrees end where the
  // furthest-reaching one ends, and that range holds the page and every department under it.
  const furthest = pageKeys.reduce((far, key) => (subtreeEnd(key) > subtreeEnd(far) ? key : far));
  const range = { fromKey: first, toKey: subtreeEnd(furthest) };
  const [departments, figures] = await Promise.all([
    departmentsOfRange(dataSource, range),
    ownFigures(dataSource, query.year, reading.calendar, range),
  ]);
  const byKey = new Map(departments.map((department) => [department.treeKey, department]));
  const page = pageKeys.flatMap((key) => byKey.get(key) ?? []);
  const report = complianceReport(departments, figures, reading.weights, reading.bands);
  const byId = new Map(report.map((entry) => [entry.departmentId, entry]));
  const items = page.flatMap((department) => byId.get(department.departmentId) ?? []);
  return { items, total };
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
