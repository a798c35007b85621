import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CASE_KINDS, type CaseKind } from '@dutyledger/domain';
import {
  CASE_QUEUE_SORTS,
  type CaseQueueSort,
  OPEN_CASE_STATUSES,
  type OpenCaseStatus,
} from '@dutyledger/read-models';
import { PageQuery } from '../../platform/http/page';

export class ListCasesQuery extends PageQuery {
  /** The queue lists open cases only, so CLOSED is not a status it can filter on */
  @IsOptional()
  @IsIn(OPEN_CASE_STATUSES)
  status?: OpenCaseStatus;

  /** The department that opened the case */
  @IsOptional()
  @IsUUID('4')
  departmentId?: string;

  /** Only cases past their running investigation deadline (true) or only others */
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @IsOptional()
  @IsIn(CASE_KINDS)
  kind?: CaseKind;

  /** urgency: overdue first, then by running deadline, then oldest opened; openedAt: oldest first; -openedAt: newest first */
  @ApiPropertyOptional({ default: 'urgency' })
  @IsOptional()
  @IsIn(CASE_QUEUE_SORTS)
  sort?: CaseQueueSort;
}
