import { OccurredAt } from '../../platform/http/business-time.decorator';
import { IsUUID } from 'class-validator';
import { Text } from '../../platform/http/fields';

export class RecordSubjectStatementDto {
  /** The subject heard */
  @IsUUID('4')
  cadreId!: string;

  /** @example "The inspections were delegated to the mining bureau" */
  @Text(10000)
  statement!: string;

  @OccurredAt('When the subject gave the statement')
  occurredAt?: string;
}
