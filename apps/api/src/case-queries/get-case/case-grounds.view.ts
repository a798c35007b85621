import { ApiProperty } from '@nestjs/swagger';
import type {
  CaseDeadline,
  CitedAccidentFact,
  CitedAccidentGrade,
  CitedAdverseEffect,
  Evidence,
} from '@dutyledger/domain';
import type { CitedFailureView } from '@dutyledger/read-models';

export class CitedFailureResponse implements CitedFailureView {
  @ApiProperty({ format: 'uuid' })
  failureId!: string;

  @ApiProperty({ format: 'uuid' })
  dutyId!: string;

  @ApiProperty({ format: 'uuid' })
  postId!: string;

  postTitle!: string | null;

  /** when the failure happened */
  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ enum: ['NONE', 'MINOR', 'SERIOUS'] })
  adverseEffect!: CitedAdverseEffect;

  /** null: the post was vacant */
  responsibleCadreId!: string | null;

  responsibleCadreName!: string | null;
}

export class CitedAccidentResponse implements CitedAccidentFact {
  @ApiProperty({ format: 'uuid' })
  accidentId!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  reported!: boolean;

  @ApiProperty({ enum: ['ESPECIALLY_SERIOUS', 'SERIOUS', 'LARGER', 'GENERAL'] })
  grade!: CitedAccidentGrade;
}

export class CaseGroundsResponse {
  failures!: CitedFailureResponse[];

  accident!: CitedAccidentResponse | null;
}

export class DeadlineExtensionResponse {
  days!: number;

  reason!: string;
}

export class CaseDeadlineResponse implements CaseDeadline {
  /** extended or not */
  @ApiProperty({ format: 'date-time' })
  dueAt!: string;

  @ApiProperty({ format: 'date-time' })
  originalDueAt!: string;

  extended!: boolean;

  extension!: DeadlineExtensionResponse | null;

  /** when the first decision stopped the deadline */
  @ApiProperty({ type: String, format: 'date-time' })
  stoppedAt!: string | null;
}

export class EvidenceResponse implements Evidence {
  @ApiProperty({ format: 'uuid' })
  evidenceId!: string;

  description!: string;

  /** SHA-256 of the content, hex */
  contentHash!: string;

  @ApiProperty({ format: 'date-time' })
  attachedAt!: string;
}
