import { ACCIDENT_GRADES, type AccidentGrade } from '@dutyledger/domain';
import { type DataSource, In } from 'typeorm';
import { DepartmentRow } from '../departments/department-row.entity';
import { AccidentCase } from './accident-case.entity';
import { AccidentRow } from './accident-row.entity';

/** time: newest first; grade: gravest first; deaths: most first (each then newest first). */
export const ACCIDENT_SORTS = ['time', '-time', 'grade', '-grade', 'deaths', '-deaths'] as const;
export type AccidentSort = (typeof ACCIDENT_SORTS)[number];

export interface AccidentFilter {
  /** the jurisdiction's year it happened in */
  year?: number;
  /** only accidents of these departments (a department and its subtree, say) */
  departmentIds?: readonly string[];
  grade?: AccidentGrade;
}

export interface AccidentCaseView {
  caseId: string;
  citedAt: string;
}

export interface AccidentView {
  accidentId: string;
  departmentId: string;
  /** null when the department register has not projected it yet */
  departmentName: string | null;
  industry: string;
  description: string;
  occurredAt: string;
  year: number;
  grade: AccidentGrade;
  deaths: number;
  seriousInjuries: number;
  directLossYuan: number;
  /** when the latest casualty update revised the figures; null while as first reported */
  revisedAt: string | null;
  /** the accountability cases opened on it, first cited first */
  cases: AccidentCaseView[];
}

export interface DepartmentCasualties {
  departmentId: string;
  departmentName: string | null;
  accidents: number;
  deaths: number;
  seriousInjuries: number;
  directLossYuan: number;
}

/** The primary order of each sort; every sort then falls back to newest first, then the id. */
const ORDER: Record<AccidentSort, [column: string, direction: 'ASC' | 'DESC']> = {
  time: ['a.occurredAt', 'DESC'],
  '-time': ['a.occurredAt', 'ASC'],
  grade: ['a.severity', 'DESC'],
  '-grade': ['a.severity', 'ASC'],
  deaths: ['a.deaths', 'DESC'],
  '-deaths': ['a.deaths', 'ASC'],
};

function filtered(dataSource: DataSource, filter: AccidentFilter) {
  const query = dataSource.getRepository(AccidentRow).createQueryBuilder('a');
  if (filter.year !== undefined) query.andWhere('a.year = :year', { year: filter.year });
  if (filter.grade !== undefined) query.andWhere('a.grade = :grade', { grade: filter.grade });
  if (filter.departmentIds !== undefined) {
    query.andWhere('a.departmentId IN (:...departmentIds)', {
      departmentIds: [...filter.departmentIds],
    });
  }
  return query;
}

async function departmentNames(
  dataSource: DataSource,
  departmentIds: readonly string[],
): Promise<Map<string, string>> {
  const rows = await dataSource
    .getRepository(DepartmentRow)
    .find({ where: { departmentId: In([...new Set(departmentIds)]) } });
  return new Map(rows.map((row) => [row.departmentId, row.name]));
}

/** One page of accidents with their latest figures and the cases opened on them. */
export async function listAccidents(
  dataSource: DataSource,
  filter: AccidentFilter,
  sort: AccidentSort,
  window: { skip: number; take: number },
): Promise<{ items: AccidentView[]; total: number }> {
  if (filter.departmentIds?.length === 0) return { items: [], total: 0 };
  const [column, direction] = ORDER[sort];
  const query = filtered(dataSource, filter).orderBy(column, direction);
  // TypeORM keeps one direction per column: the fallback must not undo a sort by time.
  if (column !== 'a.occurredAt') query.addOrderBy('a.occurredAt', 'DESC');
  const [rows, total] = await query
    .addOrderBy('a.accidentId', 'ASC')
    .offset(window.skip)
    .limit(window.take)
    .getManyAndCount();
  const accidentIds = rows.map((row) => row.accidentId);
  const cases = await dataSource.getRepository(AccidentCase).find({
    where: { accidentId: In(accidentIds) },
    order: { citedAt: 'ASC', caseId: 'ASC' },
  });
  const names = await departmentNames(
    dataSource,
    rows.map((row) => row.departmentId),
  );
  const items = rows.map((row): AccidentView => ({
    accidentId: row.accidentId,
    departmentId: row.departmentId,
    departmentName: names.get(row.departmentId) ?? null,
    industry: row.industry,
    description: row.description,
    occurredAt: row.occurredAt,
    year: row.year,
    grade: row.grade,
    deaths: row.deaths,
    seriousInjuries: row.seriousInjuries,
    directLossYuan: Number(row.directLossYuan),
    revisedAt: row.revisedAt,
    cases: cases
      .filter((cited) => cited.accidentId === row.accidentId)
      .map(({ caseId, citedAt }) => ({ caseId, citedAt })),
  }));
  return { items, total };
}

/**
 * Per department, the accidents of the year reported against it (its own, not its subtree's)
 * and their latest casualty figures summed; departments without an accident are left out. Most
 * deaths first, then most serious injuries, then the greatest loss.
 */
export async function casualtiesByDepartment(
  dataSource: DataSource,
  filter: { year: number; departmentIds?: readonly string[] },
): Promise<DepartmentCasualties[]> {
  if (filter.departmentIds?.length === 0) return [];
  const rows = await filtered(dataSource, filter)
    .select('a.departmentId', 'departmentId')
    .addSelect('COUNT(*)', 'accidents')
    .addSelect('SUM(a.deaths)', 'deaths')
    .addSelect('SUM(a.seriousInjuries)', 'seriousInjuries')
    .addSelect('SUM(a.directLossYuan)', 'directLossYuan')
    .groupBy('a.departmentId')
    .getRawMany<{
      departmentId: string;
      accidents: string | number;
      deaths: string | number;
      seriousInjuries: string | number;
      directLossYuan: string | number;
    }>();
  const names = await departmentNames(
    dataSource,
    rows.map((row) => row.departmentId),
  );
  return rows
    .map((row): DepartmentCasualties => ({
      departmentId: row.departmentId,
      departmentName: names.get(row.departmentId) ?? null,
      accidents: Number(row.accidents),
      deaths: Number(row.deaths),
      seriousInjuries: Number(row.seriousInjuries),
      directLossYuan: Number(row.directLossYuan),
    }))
    .sort(
      (a, b) =>
        b.deaths - a.deaths ||
        b.seriousInjuries - a.seriousInjuries ||
        b.directLossYuan - a.directLossYuan ||
        a.departmentId.localeCompare(b.departmentId),
    );
}

export interface DepartmentAccidents {
  departmentId: string;
  departmentName: string | null;
  /** The year's accidents reported against it (its own, not its subtree's), by latest grade */
  accidents: Record<AccidentGrade, number>;
  /** Those accidents, each weighed by its grade */
  weighted: number;
}

/** The grades in the columns `grade0`..`grade3` of the departments' rows, gravest first. */
const GRADE_COLUMNS = ACCIDENT_GRADES.map((grade, index) => ({
  grade,
  parameter: `grade${index}`,
  count: `SUM(CASE WHEN a.grade = :grade${index} THEN 1 ELSE 0 END)`,
}));

/**
 * The departments with an accident in the year, one row each (`departmentId`, `weighted`, and
 * the count of each grade in `grade0`..`grade3`), the gravest first: greatest weight, then most
 * of the gravest grade, then the department id.
 */
export function gravestDepartments(
  dataSource: DataSource,
  filter: { year: number; departmentIds?: readonly string[] },
  weights: Readonly<Record<AccidentGrade, number>>,
) {
  const weighted = `SUM(CASE ${GRADE_COLUMNS.map(
    ({ grade, parameter }) => `WHEN a.grade = :${parameter} THEN ${weightOf(weights, grade)}`,
  ).join(' ')} ELSE 0 END)`;
  const query = filtered(dataSource, filter)
    .select('a.departmentId', 'departmentId')
    .addSelect(weighted, 'weighted')
    .setParameters(
      Object.fromEntries(GRADE_COLUMNS.map(({ grade, parameter }) => [parameter, grade])),
    )
    .groupBy('a.departmentId')
    .orderBy(weighted, 'DESC');
  // The aliases keep their case only quoted (PostgreSQL), so each count is ordered by itself.
  for (const { parameter, count } of GRADE_COLUMNS) {
    query.addSelect(count, parameter).addOrderBy(count, 'DESC');
  }
  return query.addOrderBy('a.departmentId', 'ASC');
}

/**
 * One page of the departments with an accident in the year, each with its own accidents by latest
 * grade and their sum weighed by `weights`, the gravest first (`gravestDepartments`). Grouped,
 * sorted and paged by the database: the answer holds one page whatever the size of the hierarchy.
 */
export async function accidentsByDepartment(
  dataSource: DataSource,
  filter: { year: number; departmentIds?: readonly string[] },
  weights: Readonly<Record<AccidentGrade, number>>,
  window: { skip: number; take: number },
): Promise<{ items: DepartmentAccidents[]; total: number }> {
  if (filter.departmentIds?.length === 0) return { items: [], total: 0 };
  const [rows, counted] = await Promise.all([
    gravestDepartments(dataSource, filter, weights)
      .offset(window.skip)
      .limit(window.take)
      .getRawMany<Record<string, string | number>>(),
    filtered(dataSource, filter)
      .select('COUNT(DISTINCT a.departmentId)', 'total')
      .getRawOne<{ total: string | number }>(),
  ]);
  const names = await departmentNames(
    dataSource,
    rows.map((row) => String(row.departmentId)),
  );
  const items = rows.map((row): DepartmentAccidents => {
    const departmentId = String(row.departmentId);
    const count = (grade: AccidentGrade) =>
      Number(row[`grade${ACCIDENT_GRADES.indexOf(grade)}`] ?? 0);
    return {
      departmentId,
      departmentName: names.get(departmentId) ?? null,
      accidents: {
        ESPECIALLY_SERIOUS: count('ESPECIALLY_SERIOUS'),
        SERIOUS: count('SERIOUS'),
        LARGER: count('LARGER'),
        GENERAL: count('GENERAL'),
      },
      weighted: Number(row.weighted),
    };
  });
  return { items, total: Number(counted?.total ?? 0) };
}

/** A weight written into the query: a finite number, never text. */
function weightOf(weights: Readonly<Record<AccidentGrade, number>>, grade: AccidentGrade): number {
  const weight = weights[grade];
  if (!Number.isFinite(weight)) throw new Error(`The weight of ${grade} is not a number`);
  return weight;
}
