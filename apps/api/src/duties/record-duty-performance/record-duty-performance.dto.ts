import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { BusinessTime } from '../../platform/http/business-time.decorator';

export class RecordDutyPerformanceDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Chosen by the caller, or generated' })
  @IsOptional()
  @IsUUID('4')
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

  @ApiProperty({ example: '2026-03-28T09:30:00Z', description: 'When the duty was performed' })
  @BusinessTime()
  performedAt!: string;

  @ApiProperty({ example: 'Inspection report No. 2026-031, signed', maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  evidence!: string;
}
