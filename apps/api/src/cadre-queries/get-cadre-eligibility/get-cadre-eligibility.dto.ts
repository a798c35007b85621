import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { BusinessTime } from '../../platform/http/business-time.decorator';

export class CadreEligibilityQuery {
  @ApiPropertyOptional({
    example: '2027-03-01T00:00:00+08:00',
    description:
      'The moment eligibility is asked for: a date-time with its zone, or a date (the end of that day in DUTYLEDGER_TIME_ZONE); now when left out',
  })
  @IsOptional()
  @BusinessTime()
  asOf?: string;
}
