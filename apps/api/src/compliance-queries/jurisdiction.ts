import { NotFoundException } from '@nestjs/common';
import { complianceDepartments, subtreeIds } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';

/**
 * The department alone, or with every department under it (`rollup`); 404 when the hierarchy
 * does not know it (or has not projected it yet).
 */
export async function jurisdictionOf(
  readModels: DataSource,
  departmentId: string,
  rollup: boolean,
): Promise<string[]> {
  const ids = subtreeIds(await complianceDepartments(readModels), departmentId);
  if (ids.length === 0) throw new NotFoundException(`Department ${departmentId} was not found`);
  return rollup ? ids : [departmentId];
}
