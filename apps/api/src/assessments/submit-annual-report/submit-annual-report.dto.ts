import { OccurredAt } from '../../platform/http/business-time.decorator';
import { ApiProperty } from '@nestjs/swagger';
import { Text } from '../../platform/http/fields';

export class SubmitAnnualReportDto {
  @ApiProperty({
    description: 'How the two responsibilities were implemented during the year',
    maxLength: 20000,
  })
  @Text(20000)
  statement!: string;

  @OccurredAt('When the report was submitted (not before the year began)')
  occurredAt?: string;
}
