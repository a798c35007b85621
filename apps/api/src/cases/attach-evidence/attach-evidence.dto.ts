import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

export class AttachEvidenceDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Chosen by the caller, or generated' })
  @IsOptional()
  @IsUUID('4')
  evidenceId?: string;

  @ApiProperty({ example: 'Inspection log of the Eastbank mine, March', maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  description!: string;

  @ApiProperty({
    description: 'SHA-256 of the content, 64 hex digits',
    pattern: '^[0-9a-fA-F]{64}$',
  })
  @IsString()
  @Matches(/^[0-9a-f]{64}$/i, { message: 'contentHash must be a SHA-256 in 64 hex digits' })
  contentHash!: string;
}
