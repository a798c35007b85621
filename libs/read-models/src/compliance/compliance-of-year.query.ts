import type { ComplianceWeights } from '@dutyledger/domain';
import type { GradeBands, JurisdictionCalendar } from '@dutyledger/domain';
import type { DataSource } from 'typeorm';
import { placeholders, plainRows, storedRows, windowClause } from '../database/stored-rows';
import { ownFigures } from './compliance-figures.query';
import { rolledUpFigures } from './rolled-up-figures.query';
import { type DepartmentCompliance, complianceEntry, complianceReport } from './compliance.report';
import { ComplianceDepartment } from './compliance-department.entity';
import { complianceDepartments, departmentKnown } from './department-hierarchy.query';
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

/**
 * One page of the year's compliance, in the order of complianceOfYear (each department before
 * the departments under it). The page's keys are read in chart order from the treeKey index
 * (LIMIT and OFFSET in the database), then the page's departments, their own facts of the year
 * (through the departmentId index) and their rolled-up totals as the projection stores them
 * (decision 0012): a page costs what its own departments hold, never what their jurisdictions do.
 * Undefined when that department is unknown. Plain statements throughout (decision 0010).
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
  if (pageKeys.length === 0) return { items: [], total };
  const departments = await inChartOrder(dataSource, 'treeKey', pageKeys);
  return { items: await entriesOf(dataSource, departments, query.year, reading), total };
}

/** The departments whose `column` is one of `values`, in chart order (by tree key). */
function inChartOrder(
  dataSource: DataSource,
  column: 'treeKey' | 'departmentId',
  values: readonly string[],
): Promise<ComplianceDepartment[]> {
  return storedRows(dataSource, ComplianceDepartment, 'department').select(
    `WHERE "department"."${column}" IN (${placeholders(values.length)}) ` +
      'ORDER BY "department"."treeKey" ASC',
    values,
  );
}

/**
 * The compliance of `departments` in a year, in their order: their own facts of the year and
 * their stored roll-ups (decision 0012), two reads for them all.
 */
async function entriesOf(
  dataSource: DataSource,
  departments: readonly ComplianceDepartment[],
  year: number,
  reading: ComplianceReading,
): Promise<DepartmentCompliance[]> {
  const departmentIds = departments.map((department) => department.departmentId);
  const [own, rolledUp] = await Promise.all([
    ownFigures(dataSource, year, reading.calendar, departmentIds),
    rolledUpFigures(dataSource, year, departmentIds),
  ]);
  return departments.map((department) =>
    complianceEntry(
      department,
      own.sums.get(department.departmentId) ?? new Map(),
      rolledUp.get(department.departmentId) ?? new Map(),
      reading.weights,
      reading.bands,
    ),
  );
}

/**
 * One department's compliance in a year: its own facts and its stored roll-ups (not a page of its
 * subtree, whose count would read every department under it). Undefined when it is unknown.
 */
export async function departmentComplianceOfYear(
  dataSource: DataSource,
  departmentId: string,
  year: number,
  reading: ComplianceReading,
): Promise<DepartmentCompliance | undefined> {
  const [entry] = await complianceOfDepartments(dataSource, [departmentId], year, reading);
  return entry;
}

/**
 * The compliance of the departments `departmentIds` in a year, in chart order, read together (a
 * cadre's assessment brief names the few departments it held): their own facts and stored
 * roll-ups, not their jurisdictions.
 */
export async function complianceOfDepartments(
  dataSource: DataSource,
  departmentIds: readonly string[],
  year: number,
  reading: ComplianceReading,
): Promise<DepartmentCompliance[]> {
  if (departmentIds.length === 0) return [];
  const departments = await inChartOrder(dataSource, 'departmentId', departmentIds);
  return entriesOf(dataSource, departments, year, reading);
}
