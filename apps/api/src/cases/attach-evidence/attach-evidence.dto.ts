import { OccurredAt } from '../../platform/http/business-time.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { NewId, Text } from '../../platform/http/fields';

export class AttachEvidenceDto {
  @NewId()
  evidenceId?: string;

  @ApiProperty({ example: 'Inspection log of the Eastbank mine, March', maxLength: 1000 })
  @Text(1000)
  description!: string;

  @ApiProperty({
    description: 'SHA-256 of the content, 64 hex digits',
    pattern: '^[0-9a-fA-F]{64}$',
  })
  @IsString()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'contentHash must be a SHA-256 in 64 hex digits' })
  contentHash!: string;

  @OccurredAt('When the evidence was taken into the case file')
  occurredAt?: string;
}
