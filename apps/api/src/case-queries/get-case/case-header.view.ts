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

  @ApiProperty({ type: String, nullable: true })
  departmentName!: string | null;

  summary!: string;

  @ApiProperty({ format: 'date-time' })
  openedAt!: string;

  @ApiProperty({ type: [CaseSubjectView] })
  subjects!: CaseSubjectView[];

  @ApiProperty({ type: CaseGroundsResponse })
  grounds!: CaseGroundsResponse;

  @ApiProperty({ type: String, nullable: true })
  investigatorId!: string | null;

  @ApiProperty({ type: [String] })
  formerInvestigatorIds!: string[];

  @ApiProperty({ type: CaseDeadlineResponse, nullable: true, description: 'post-accident only' })
  deadline!: CaseDeadlineResponse | null;

  @ApiProperty({
    description:
      'Decided at query time: the investigation deadline (counted from the accident’s business time) has passed and no decision stopped it',
  })
  overdue!: boolean;

  @ApiProperty({ type: [EvidenceResponse] })
  evidence!: EvidenceResponse[];

  @ApiProperty({ type: [HearingNoticeResponse] })
  hearingNotices!: HearingNoticeResponse[];

  @ApiProperty({ type: [FindingResponse], description: 'the latest finding per subject' })
  findings!: FindingResponse[];

  @ApiProperty({ type: [SanctionResponse], description: 'in force first, then ended ones' })
  sanctions!: SanctionResponse[];

  @ApiProperty({ type: [AppealResponse] })
  appeals!: AppealResponse[];

  @ApiProperty({ type: [WaiverResponse], description: 'appeals given up by subjects' })
  waivers!: WaiverResponse[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'who issued the latest decision' })
  decidedBy!: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'the last moment an appeal of the latest decision may be filed',
  })
  appealWindowClosesAt!: string | null;

  @ApiProperty({ description: 'Decided at query time: decided, and the appeal window not closed' })
  appealWindowOpen!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt!: string | null;

  reopenCount!: number;

  @ApiProperty({ description: 'the case stream revision this header reflects' })
  revision!: string;

  @ApiProperty({ description: 'the log position this header reflects' })
  position!: string;
}
