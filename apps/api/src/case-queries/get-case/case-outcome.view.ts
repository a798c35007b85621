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

  @ApiProperty({ description: 'what the investigator noted of it' })
  note!: string;
}

export class MitigatingResponse {
  @ApiProperty({ enum: MITIGATING_CIRCUMSTANCES })
  circumstance!: MitigatingCircumstance;

  @ApiProperty({ description: 'what the investigator noted of it' })
  note!: string;
}

export class FindingResponse implements FindingView {
  @ApiProperty({ format: 'uuid' })
  cadreId!: string;

  @ApiProperty({ type: String, nullable: true })
  name!: string | null;

  responsible!: boolean;

  @ApiProperty({ enum: RESPONSIBILITY_KINDS, nullable: true })
  responsibilityKind!: ResponsibilityKind | null;

  reasoning!: string;

  @ApiProperty({
    enum: HEARING_BASES,
    description:
      'how the subject was heard: a statement, or a hearing notice whose response period passed unanswered; NOT_HEARD only for "not responsible" (or findings recorded before hearing notices)',
  })
  hearing!: HearingBasis;

  @ApiProperty({ type: [AggravatingResponse] })
  aggravating!: AggravatingResponse[];

  @ApiProperty({ type: [MitigatingResponse] })
  mitigating!: MitigatingResponse[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the investigator who recorded it',
  })
  recordedBy!: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ description: 'investigation round: 0, then one more per reopening' })
  round!: number;
}

export class SanctionResponse implements SanctionView {
  @ApiProperty({ format: 'uuid' })
  sanctionId!: string;

  @ApiProperty({ format: 'uuid' })
  cadreId!: string;

  @ApiProperty({ type: String, nullable: true })
  name!: string | null;

  @ApiProperty({ enum: SANCTIONS, description: 'in force, or in force when it ended' })
  sanction!: Sanction;

  @ApiProperty({ enum: SANCTIONS, description: 'as first decided, before any appeal' })
  decidedSanction!: Sanction;

  @ApiProperty({
    enum: ['MEASURE', 'REFERRAL'],
    description: 'a measure, or a referral to another organ (no severity, no appeal)',
  })
  category!: 'MEASURE' | 'REFERRAL';

  @ApiProperty({ enum: STANDINGS })
  status!: SanctionStanding;

  decidedBy!: string;

  @ApiProperty({ format: 'date-time' })
  decidedAt!: string;

  round!: number;

  @ApiProperty({ type: String, nullable: true })
  changedByAppealId!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endedAt!: string | null;
}

export class AppealResponse implements AppealView {
  @ApiProperty({ format: 'uuid' })
  appealId!: string;

  @ApiProperty({ format: 'uuid' })
  cadreId!: string;

  @ApiProperty({ type: String, nullable: true })
  name!: string | null;

  @ApiProperty({ format: 'uuid' })
  sanctionId!: string;

  grounds!: string;

  @ApiProperty({ format: 'date-time' })
  filedAt!: string;

  @ApiProperty({ enum: APPEAL_OUTCOMES, nullable: true, description: 'null while pending' })
  outcome!: AppealOutcome | null;

  @ApiProperty({ type: String, nullable: true })
  reasoning!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'who decided it; null while pending' })
  decidedBy!: string | null;

  @ApiProperty({ description: 'the decision round appealed: 0, then one more per reopening' })
  round!: number;
}

export class HearingNoticeResponse implements HearingNoticeView {
  @ApiProperty({ format: 'uuid' })
  cadreId!: string;

  @ApiProperty({ type: String, nullable: true })
  name!: string | null;

  @ApiProperty({ format: 'date-time' })
  servedAt!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'the end of the response period: the last moment the subject may answer',
  })
  respondBy!: string;

  round!: number;
}

export class WaiverResponse implements WaiverView {
  @ApiProperty({ format: 'uuid' })
  cadreId!: string;

  @ApiProperty({ type: String, nullable: true })
  name!: string | null;

  @ApiProperty({ format: 'uuid', description: 'the measure whose appeal was waived' })
  sanctionId!: string;

  @ApiProperty({ format: 'date-time' })
  waivedAt!: string;

  round!: number;
}
