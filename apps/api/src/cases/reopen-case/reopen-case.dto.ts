import { OccurredAt } from '../../platform/http/business-time.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { Text } from '../../platform/http/fields';

export class ReopenCaseDto {
  @ApiProperty({ maxLength: 2000 })
  @Text(2000)
  reason!: string;

  @OccurredAt('When the case was reopened')
  occurredAt?: string;
}
