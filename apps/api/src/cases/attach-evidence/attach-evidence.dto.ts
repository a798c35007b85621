import { OccurredAt } from '../../platform/http/business-time.decorator';
import { IsString, Matches } from 'class-validator';
import { NewId, Text } from '../../platform/http/fields';

export class AttachEvidenceDto {
  @NewId()
  evidenceId?: string;

  /** @example "Inspection log of the Eastbank mine, March" */
  @Text(1000)
  description!: string;

  /** SHA-256 of the content, 64 hex digits */
  @IsString()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'contentHash must be a SHA-256 in 64 hex digits' })
  contentHash!: string;

  @OccurredAt('When the evidence was taken into the case file')
  occurredAt?: string;
}
