import { ApiProperty } from '@nestjs/swagger';
import { CASE_KINDS, CASE_STATUSES, type CaseKind, type CaseStatus } from '@dutyledger/domain';
import type { Role } from '@dutyledger/auth';
import type { QueuedCaseView } from '@dutyledger/read-models';
import { PERSONAL_DETAILS_ROLES } from '../../platform/auth/personal-details';
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

/**
 * A case of the queue or of the closed list as `role` may read it: without its summary and subjects
 * for a role that may not read personal details.
 */
export function queuedCaseFor(item: QueuedCaseView, role: Role): QueuedCaseItem {
  if (PERSONAL_DETAILS_ROLES.includes(role)) return item;
  const { summary: _summary, subjects: _subjects, ...aggregate } = item;
  return aggregate;
}
