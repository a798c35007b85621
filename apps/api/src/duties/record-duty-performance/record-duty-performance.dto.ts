import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { BusinessTime } from '../../platform/http/business-time.decorator';
import { NewId, Text } from '../../platform/http/fields';

export class RecordDutyPerformanceDto {
  @NewId()
  performanceId?: string;

  @ApiProperty({
    example: '2026-03',
    description: "After the duty's cadence: 'ONCE', '2026', '2026-Q1' or '2026-03'",
  })
  @IsString()
  @Matches(/^(?:ONCE|\d{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?)$/, {
    message: "period must be 'ONCE', a year (2026), a quarter (2026-Q1) or a month (2026-03)",
  })
  period!: string;

  /**
   * When the duty was performed
   * @example "2026-03-28T09:30:00Z"
   */
  @BusinessTime()
  performedAt!: string;

  /** @example "Inspection report No. 2026-031, signed" */
  @Text(2000)
  evidence!: string;
}
