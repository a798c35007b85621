import { OccurredAt } from '../../platform/http/business-time.decorator';
import { Text } from '../../platform/http/fields';

export class SubmitAnnualReportDto {
  /** How the two responsibilities were implemented during the year */
  @Text(20000)
  statement!: string;

  @OccurredAt('When the report was submitted (not before the year began)')
  occurredAt?: string;
}
