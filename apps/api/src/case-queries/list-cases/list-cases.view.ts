import { ApiProperty } from '@nestjs/swagger';
import { CASE_KINDS, CASE_STATUSES, type CaseKind, type CaseStatus } from '@dutyledger/domain';
import type { QueuedCaseView } from '@dutyledger/read-models';
import { CaseSubjectView } from '../case-subject.view';

/** A case in the queue; `summary` and `subjects` are personal details, left out for VIEWER. */
export class QueuedCaseItem implements Omit<QueuedCaseView, 'summary' | 'subjects'> {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ enum: CASE_KINDS })
  kind!: CaseKind;

  @ApiProperty({ enum: CASE_STATUSES })
  status!: CaseStatus;

  @ApiProperty({ format: 'uuid' })
  openedByDepartmentId!: string;

  departmentName!: string | null;

  /** Not for VIEWER */
  summary?: string;

  @ApiProperty({ format: 'date-time' })
  openedAt!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  dueAt!: string | null;

  /** Decided at query time: the deadline passed, no decision yet */
  overdue!: boolean;

  subjectCount!: number;

  /** Not for VIEWER */
  subjects?: CaseSubjectView[];
}

export class QueuedCasePage {
  items!: QueuedCaseItem[];

  page!: number;

  pageSize!: number;

  total!: number;
}
