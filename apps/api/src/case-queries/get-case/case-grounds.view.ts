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

  @ApiProperty({ type: String, nullable: true })
  postTitle!: string | null;

  @ApiProperty({ format: 'date-time', description: 'when the failure happened' })
  occurredAt!: string;

  @ApiProperty({ enum: ['NONE', 'MINOR', 'SERIOUS'] })
  adverseEffect!: CitedAdverseEffect;

  @ApiProperty({ type: String, nullable: true, description: 'null: the post was vacant' })
  responsibleCadreId!: string | null;

  @ApiProperty({ type: String, nullable: true })
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
  @ApiProperty({ type: [CitedFailureResponse] })
  failures!: CitedFailureResponse[];

  @ApiProperty({ type: CitedAccidentResponse, nullable: true })
  accident!: CitedAccidentResponse | null;
}

export class DeadlineExtensionResponse {
  days!: number;

  reason!: string;
}

export class CaseDeadlineResponse implements CaseDeadline {
  @ApiProperty({ format: 'date-time', description: 'extended or not' })
  dueAt!: string;

  @ApiProperty({ format: 'date-time' })
  originalDueAt!: string;

  extended!: boolean;

  @ApiProperty({ type: DeadlineExtensionResponse, nullable: true })
  extension!: DeadlineExtensionResponse | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'when the first decision stopped the deadline',
  })
  stoppedAt!: string | null;
}

export class EvidenceResponse implements Evidence {
  @ApiProperty({ format: 'uuid' })
  evidenceId!: string;

  description!: string;

  @ApiProperty({ description: 'SHA-256 of the content, hex' })
  contentHash!: string;

  @ApiProperty({ format: 'date-time' })
  attachedAt!: string;
}
