import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { BusinessTime } from '../../platform/http/business-time.decorator';

export class CadreEligibilityQuery {
  @ApiPropertyOptional({
    example: '2027-03-01T00:00:00+08:00',
    description: 'The date eligibility is asked for; now when left out',
  })
  @IsOptional()
  @BusinessTime()
  asOf?: string;
}
