import { IsOptional } from 'class-validator';
import { BusinessTime } from '../../platform/http/business-time.decorator';

export class CadreEligibilityQuery {
  /**
   * The moment eligibility is asked for: a date-time with its zone, or a date (the end of that day in DUTYLEDGER_TIME_ZONE); now when left out
   * @example "2027-03-01T00:00:00+08:00"
   */
  @IsOptional()
  @BusinessTime()
  asOf?: string;
}
