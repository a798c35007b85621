import { OccurredAt } from '../../platform/http/business-time.decorator';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_DEADLINE_EXTENSION_DAYS } from '@dutyledger/domain';
import { Text } from '../../platform/http/fields';

export class ExtendDeadlineDto {
  @IsInt({ message: '$property must be a whole number' })
  @Min(1)
  @Max(MAX_DEADLINE_EXTENSION_DAYS)
  days!: number;

  @Text(2000)
  reason!: string;

  @OccurredAt('When the extension was granted (before the deadline passed)')
  occurredAt?: string;
}
