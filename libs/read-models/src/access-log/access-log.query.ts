import type { DataSource } from 'typeorm';
import { AccessLogRow } from './access-log-row.entity';

export interface AccessLogFilter {
  /** The reader's token subject. */
  subject?: string;
  caseId?: string;
  skip: number;
  take: number;
}

/** One page of the access log, newest read first, and how many reads match. */
export async function listAccessLog(
  dataSource: DataSource,
  filter: AccessLogFilter,
): Promise<{ rows: AccessLogRow[]; total: number }> {
  const where = {
    ...(filter.subject === undefined ? {} : { readerId: filter.subject }),
    ...(filter.caseId === undefined ? {} : { caseId: filter.caseId }),
  };
  const [rows, total] = await dataSource.getRepository(AccessLogRow).findAndCount({
    where,
    order: { position: 'DESC' },
    skip: filter.skip,
    take: filter.take,
  });
  return { rows, total };
}
