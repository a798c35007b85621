import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { BusinessTime } from '../../platform/http/business-time.decorator';
import { Text } from '../../platform/http/fields';

/** Appoints a cadre whose eligibility is blocked, saying why: recorded with the blocks. */
export class EligibilityOverrideDto {
  /**
   * Why a cadre whose eligibility is blocked is appointed all the same (recorded with the blocks). Send `eligibilityOverride` only for such a cadre: without it the appointment is refused (422 CADRE_NOT_ELIGIBLE, listing the blocks); with it for an eligible cadre, 422 ELIGIBILITY_OVERRIDE_NOT_NEEDED
   * @example "Approved by the municipal Party committee, 2026-05"
   */
  @Text(2000)
  reason!: string;
}

export class AppointCadreDto {
  @IsUUID('4')
  cadreId!: string;

  /**
   * When the appointment takes effect (business time: a date in DUTYLEDGER_TIME_ZONE or a date-time with its zone; not before the post was established). Eligibility is judged as of then
   * @example "2026-01-15"
   */
  @ApiProperty({ format: 'date-time' })
  @BusinessTime()
  effectiveFrom!: string;

  @IsOptional()
  @ValidateNested({ message: '$property must be an object {reason}' })
  @Type(() => EligibilityOverrideDto)
  eligibilityOverride?: EligibilityOverrideDto;
}
