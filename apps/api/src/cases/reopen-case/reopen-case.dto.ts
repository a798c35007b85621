import { OccurredAt } from '../../platform/http/business-time.decorator';
import { Text } from '../../platform/http/fields';

export class ReopenCaseDto {
  @Text(2000)
  reason!: string;

  @OccurredAt('When the case was reopened')
  occurredAt?: string;
}
