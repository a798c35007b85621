import type { DataSource } from 'typeorm';
import { DepartmentRow } from './department-row.entity';

export function findDepartment(
  dataSource: DataSource,
  departmentId: string,
): Promise<DepartmentRow | null> {
  return dataSource.getRepository(DepartmentRow).findOneBy({ departmentId });
}
