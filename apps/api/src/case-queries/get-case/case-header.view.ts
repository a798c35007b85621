import { ApiProperty } from '@nestjs/swagger';
import { CASE_KINDS, CASE_STATUSES, type CaseKind, type CaseStatus } from '@dutyledger/domain';
import type { CaseHeaderView } from '@dutyledger/read-models';
import { CaseSubjectView } from '../case-subject.view';
import { CaseDeadlineResponse, CaseGroundsResponse, EvidenceResponse } from './case-grounds.view';
import {
  AppealResponse,
  FindingResponse,
  HearingNoticeResponse,
  SanctionResponse,
  WaiverResponse,
} from './case-outcome.view';

export class CaseHeaderResponse implements CaseHeaderView {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ enum: CASE_KINDS })
  kind!: CaseKind;

  @ApiProperty({ enum: CASE_STATUSES })
  status!: CaseStatus;

  @ApiProperty({ format: 'uuid' })
  openedByDepartmentId!: string;

  departmentName!: string | null;

  summary!: string;

  @ApiProperty({ format: 'date-time' })
  openedAt!: string;

  subjects!: CaseSubjectView[];

  grounds!: CaseGroundsResponse;

  investigatorId!: string | null;

  formerInvestigatorIds!: string[];

  /** post-accident only */
  deadline!: CaseDeadlineResponse | null;

  /** Decided at query time: the investigation deadline (counted from the accident’s business time) has passed and no decision stopped it */
  overdue!: boolean;

  evidence!: EvidenceResponse[];

  hearingNotices!: HearingNoticeResponse[];

  /** the latest finding per subject */
  findings!: FindingResponse[];

  /** in force first, then ended ones */
  sanctions!: SanctionResponse[];

  appeals!: AppealResponse[];

  /** appeals given up by subjects */
  waivers!: WaiverResponse[];

  @ApiProperty({ type: String, format: 'date-time' })
  decidedAt!: string | null;

  /** who issued the latest decision */
  decidedBy!: string | null;

  /** the last moment an appeal of the latest decision may be filed */
  @ApiProperty({ type: String, format: 'date-time' })
  appealWindowClosesAt!: string | null;

  /** Decided at query time: decided, and the appeal window not closed */
  appealWindowOpen!: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  closedAt!: string | null;

  reopenCount!: number;

  /** the case stream revision this header reflects */
  revision!: string;

  /** the log position this header reflects */
  position!: string;
}
