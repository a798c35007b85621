import { NotFoundException } from '@nestjs/common';
import {
  type ComplianceReading,
  type DepartmentCompliance,
  complianceOfYearPage,
} from '@dutyledger/read-models';
import type { DataSource } from 'typeorm';
import { pageWindow } from '../platform/http/page';
import type { ListComplianceQuery } from './list-compliance/list-compliance.dto';

/** The page of the year's compliance a query asks for; 404 when it names an unknown department. */
export async function compliancePage(
  readModels: DataSource,
  query: ListComplianceQuery,
  reading: ComplianceReading,
): Promise<{ items: DepartmentCompliance[]; page: number; pageSize: number; total: number }> {
  const { page, pageSize, skip } = pageWindow(query);
  const { department: departmentId, parentId, year } = query;
  const answer = await complianceOfYearPage(
    readModels,
    { year, departmentId, parentId, skip, take: pageSize },
    reading,
  );
  if (answer === undefined) {
    throw new NotFoundException(`Department ${departmentId ?? parentId} was not found`);
  }
  return { ...answer, page, pageSize };
}
