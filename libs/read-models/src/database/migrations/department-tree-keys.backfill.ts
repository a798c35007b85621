import type { QueryRunner } from 'typeorm';
import { treeKey } from '../../compliance/department-tree-key';

interface StoredDepartment {
  departmentId: string;
  name: string;
  kind: string;
  parentId: string | null;
}

/**
 * The departments already stored get the chart keys the projection now writes on registration
 * (issue 15: compliance pages read in chart order from an index). Parents are keyed before their
 * children; a department whose parent is not stored is a root, as in departmentTree.
 */
export async function backfillDepartmentTreeKeys(queryRunner: QueryRunner): Promise<void> {
  const departments = await queryRunner.manager.query<StoredDepartment[]>(
    'SELECT "departmentId", "name", "kind", "parentId" FROM "compliance_departments"',
  );
  const byId = new Map(departments.map((department) => [department.departmentId, department]));
  const keys = new Map<string, string>();
  const keyOf = (department: StoredDepartment, path: ReadonlySet<string>): string => {
    const known = keys.get(department.departmentId);
    if (known !== undefined) return known;
    const parent = department.parentId === null ? undefined : byId.get(department.parentId);
    // A cycle, which the domain cannot produce, is cut where it closes.
    const parentKey =
      parent === undefined || path.has(parent.departmentId)
        ? undefined
        : keyOf(parent, new Set([...path, department.departmentId]));
    const key = treeKey(parentKey, department);
    keys.set(department.departmentId, key);
    return key;
  };
  for (const department of departments) {
    const [sql, parameters] = queryRunner.connection.driver.escapeQueryWithParameters(
      'UPDATE "compliance_departments" SET "treeKey" = :key WHERE "departmentId" = :departmentId',
      {
        key: keyOf(department, new Set([department.departmentId])),
        departmentId: department.departmentId,
      },
    );
    await queryRunner.query(sql, parameters);
  }
}
