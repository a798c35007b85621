import { OccurredAt } from '../../platform/http/business-time.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { Text } from '../../platform/http/fields';

export class RecordSubjectStatementDto {
  @ApiProperty({ format: 'uuid', description: 'The subject heard' })
  @IsUUID('4')
  cadreId!: string;

  @ApiProperty({ example: 'The inspections were delegated to the mining bureau', maxLength: 10000 })
  @Text(10000)
  statement!: string;

  @OccurredAt('When the subject gave the statement')
  occurredAt?: string;
}
