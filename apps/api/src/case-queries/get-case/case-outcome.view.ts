import { ApiProperty } from '@nestjs/swagger';
import {
  APPEAL_OUTCOMES,
  type AppealOutcome,
  RESPONSIBILITY_KINDS,
  type ResponsibilityKind,
  SANCTIONS,
  type Sanction,
} from '@dutyledger/domain';
import type {
  AppealView,
  FindingView,
  SanctionStanding,
  SanctionView,
} from '@dutyledger/read-models';

const STANDINGS: readonly SanctionStanding[] = [
  'STANDING',
  'CHANGED_ON_APPEAL',
  'REVOKED_ON_APPEAL',
  'WITHDRAWN',
];

export class FindingResponse implements FindingView {
  @ApiProperty({ format: 'uuid' })
  cadreId!: string;

  @ApiProperty({ type: String, nullable: true })
  name!: string | null;

  @ApiProperty()
  responsible!: boolean;

  @ApiProperty({ enum: RESPONSIBILITY_KINDS, nullable: true })
  responsibilityKind!: ResponsibilityKind | null;

  @ApiProperty()
  reasoning!: string;

  @ApiProperty({ description: 'false when no statement of the subject preceded the finding' })
  heardBeforeFinding!: boolean;

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

  @ApiProperty({ enum: STANDINGS })
  status!: SanctionStanding;

  @ApiProperty()
  decidedBy!: string;

  @ApiProperty({ format: 'date-time' })
  decidedAt!: string;

  @ApiProperty()
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

  @ApiProperty()
  grounds!: string;

  @ApiProperty({ format: 'date-time' })
  filedAt!: string;

  @ApiProperty({ enum: APPEAL_OUTCOMES, nullable: true, description: 'null while pending' })
  outcome!: AppealOutcome | null;

  @ApiProperty({ type: String, nullable: true })
  reasoning!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt!: string | null;
}
