import { ApiProperty } from '@nestjs/swagger';
import {
  AGGRAVATING_CIRCUMSTANCES,
  APPEAL_OUTCOMES,
  type AggravatingCircumstance,
  type AppealOutcome,
  HEARING_BASES,
  type HearingBasis,
  MITIGATING_CIRCUMSTANCES,
  type MitigatingCircumstance,
  RESPONSIBILITY_KINDS,
  type ResponsibilityKind,
  SANCTIONS,
  type Sanction,
} from '@dutyledger/domain';
import type {
  AppealView,
  FindingView,
  HearingNoticeView,
  SanctionStanding,
  SanctionView,
  WaiverView,
} from '@dutyledger/read-models';

const STANDINGS: readonly SanctionStanding[] = [
  'STANDING',
  'CHANGED_ON_APPEAL',
  'REVOKED_ON_APPEAL',
  'WITHDRAWN',
];

export class AggravatingResponse {
  @ApiProperty({ enum: AGGRAVATING_CIRCUMSTANCES })
  circumstance!: AggravatingCircumstance;

  /** what the investigator noted of it */
  note!: string;
}

export class MitigatingResponse {
  @ApiProperty({ enum: MITIGATING_CIRCUMSTANCES })
  circumstance!: MitigatingCircumstance;

  /** what the investigator noted of it */
  note!: string;
}

export class FindingResponse implements FindingView {
  @ApiProperty({ format: 'uuid' })
  cadreId!: string;

  name!: string | null;

  responsible!: boolean;

  @ApiProperty({ enum: RESPONSIBILITY_KINDS })
  responsibilityKind!: ResponsibilityKind | null;

  reasoning!: string;

  /** how the subject was heard: a statement, or a hearing notice whose response period passed unanswered; NOT_HEARD only for "not responsible" (or findings recorded before hearing notices) */
  @ApiProperty({ enum: HEARING_BASES })
  hearing!: HearingBasis;

  aggravating!: AggravatingResponse[];

  mitigating!: MitigatingResponse[];

  /** the investigator who recorded it */
  recordedBy!: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  /** investigation round: 0, then one more per reopening */
  round!: number;
}

export class SanctionResponse implements SanctionView {
  @ApiProperty({ format: 'uuid' })
  sanctionId!: string;

  @ApiProperty({ format: 'uuid' })
  cadreId!: string;

  name!: string | null;

  /** in force, or in force when it ended */
  @ApiProperty({ enum: SANCTIONS })
  sanction!: Sanction;

  /** as first decided, before any appeal */
  @ApiProperty({ enum: SANCTIONS })
  decidedSanction!: Sanction;

  /** a measure, or a referral to another organ (no severity, no appeal) */
  @ApiProperty({ enum: ['MEASURE', 'REFERRAL'] })
  category!: 'MEASURE' | 'REFERRAL';

  @ApiProperty({ enum: STANDINGS })
  status!: SanctionStanding;

  decidedBy!: string;

  @ApiProperty({ format: 'date-time' })
  decidedAt!: string;

  round!: number;

  changedByAppealId!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  endedAt!: string | null;
}

export class AppealResponse implements AppealView {
  @ApiProperty({ format: 'uuid' })
  appealId!: string;

  @ApiProperty({ format: 'uuid' })
  cadreId!: string;

  name!: string | null;

  @ApiProperty({ format: 'uuid' })
  sanctionId!: string;

  grounds!: string;

  @ApiProperty({ format: 'date-time' })
  filedAt!: string;

  /** null while pending */
  @ApiProperty({ enum: APPEAL_OUTCOMES })
  outcome!: AppealOutcome | null;

  reasoning!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  decidedAt!: string | null;

  /** who decided it; null while pending */
  decidedBy!: string | null;

  /** the decision round appealed: 0, then one more per reopening */
  round!: number;
}

export class HearingNoticeResponse implements HearingNoticeView {
  @ApiProperty({ format: 'uuid' })
  cadreId!: string;

  name!: string | null;

  @ApiProperty({ format: 'date-time' })
  servedAt!: string;

  /** the end of the response period: the last moment the subject may answer */
  @ApiProperty({ format: 'date-time' })
  respondBy!: string;

  round!: number;
}

export class WaiverResponse implements WaiverView {
  @ApiProperty({ format: 'uuid' })
  cadreId!: string;

  name!: string | null;

  /** the measure whose appeal was waived */
  @ApiProperty({ format: 'uuid' })
  sanctionId!: string;

  @ApiProperty({ format: 'date-time' })
  waivedAt!: string;

  round!: number;
}
