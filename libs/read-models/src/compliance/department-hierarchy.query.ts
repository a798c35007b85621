import { type DataSource, type FindOptionsWhere, In } from 'typeorm';
import { nameContaining, orderByName } from '../database/name-keys';
import { plainRows, storedRows, tableName } from '../database/stored-rows';
import { ComplianceDepartment } from './compliance-department.entity';

export type ListedDepartment = Omit<ComplianceDepartment, 'treeKey' | 'nameKey' | 'nameSortKey'> & {
  childCount: number;
};

export interface DepartmentsQuery {
  parentId?: string;
  level?: string;
  /** part of the name (its characters, in any case; `%` and `_` literal) */
  name?: string;
  skip: number;
  take: number;
}

/**
 * The ids of the department and every department under it, read down the parentId index one
 * level at a time (a recursive query on both engines): the cost is the subtree's, not the
 * hierarchy's. Empty when the department is unknown. `UNION` (not `UNION ALL`) stops at a cycle,
 * which the domain cannot produce.
 */
export async function departmentSubtreeIds(
  dataSource: DataSource,
  rootId: string,
): Promise<string[]> {
  const departments = tableName(dataSource, dataSource.getMetadata(ComplianceDepartment));
  const rows = await plainRows<{ departmentId: string }>(
    dataSource,
    'WITH RECURSIVE subtree("departmentId") AS (' +
      `SELECT "departmentId" FROM ${departments} WHERE "departmentId" = ? ` +
      `UNION SELECT d."departmentId" FROM ${departments} d ` +
      'JOIN subtree s ON d."parentId" = s."departmentId") ' +
      'SELECT "departmentId" FROM subtree',
    [rootId],
  );
  return rows.map((row) => row.departmentId);
}

/** Whether the hierarchy knows the department (one primary-key lookup). */
export function departmentKnown(dataSource: DataSource, departmentId: string): Promise<boolean> {
  return storedRows(dataSource, ComplianceDepartment).exists({ departmentId });
}

/** Every department of the hierarchy (a municipality has hundreds, not millions). */
export function complianceDepartments(dataSource: DataSource): Promise<ComplianceDepartment[]> {
  return dataSource.getRepository(ComplianceDepartment).find();
}

/** One page of departments by name in pinyin order, each with how many departments hang under it. */
export async function listDepartments(
  dataSource: DataSource,
  query: DepartmentsQuery,
): Promise<{ items: ListedDepartment[]; total: number }> {
  const repository = dataSource.getRepository(ComplianceDepartment);
  const where: FindOptionsWhere<ComplianceDepartment> = {
    ...(query.parentId === undefined ? {} : { parentId: query.parentId }),
    ...(query.level === undefined ? {} : { level: query.level }),
  };
  const page = repository.createQueryBuilder('department').where(where);
  if (query.name !== undefined) {
    page.andWhere(`department.nameKey LIKE :pattern ESCAPE '\\'`, {
      pattern: nameContaining(query.name),
    });
  }
  const columns = { key: 'department.nameSortKey', id: 'department.departmentId' };
  const [departments, total] = await orderByName(page, dataSource, columns, false)
    .skip(query.skip)
    .take(query.take)
    .getManyAndCount();
  const ids = departments.map((department) => department.departmentId);
  const children = ids.length ? await repository.findBy({ parentId: In(ids) }) : [];
  const counts = new Map<string, number>();
  for (const child of children) {
    if (child.parentId !== null) counts.set(child.parentId, (counts.get(child.parentId) ?? 0) + 1);
  }
  // Ordering by the keys reads them back: the list answers the department without its keys.
  const items = departments.map(
    ({ nameKey: _nameKey, nameSortKey: _nameSortKey, treeKey: _treeKey, ...shown }) => ({
      ...shown,
      childCount: counts.get(shown.departmentId) ?? 0,
    }),
  );
  return { items, total };
}
