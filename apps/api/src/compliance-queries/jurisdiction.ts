import { NotFoundException } from '@nestjs/common';
import { departmentKnown, departmentSubtreeIds } from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';

/**
 * The department alone, or with every department under it (`rollup`); 404 when the hierarchy
 * does not know it (or has not projected it yet). Without rollup, one primary-key lookup; with
 * it, the subtree read down from the department: never the whole hierarchy.
 */
export async function jurisdictionOf(
  readModels: DataSource,
  departmentId: string,
  rollup: boolean,
): Promise<string[]> {
  const ids = rollup
    ? await departmentSubtreeIds(readModels, departmentId)
    : (await departmentKnown(readModels, departmentId))
      ? [departmentId]
      : [];
  if (ids.length === 0) throw new NotFoundException(`Department ${departmentId} was not found`);
  return rollup ? ids : [departmentId];
}
