import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class AccidentsByGradeQuery {
  @ApiProperty({
    example: '2025-07',
    description: 'First month (YYYY-MM, a month of DUTYLEDGER_TIME_ZONE)',
  })
  @Matches(MONTH, { message: 'from must be a month written YYYY-MM' })
  from!: string;

  @ApiProperty({
    example: '2026-06',
    description: 'Last month, included; at most 120 months in all',
  })
  @Matches(MONTH, { message: 'to must be a month written YYYY-MM' })
  to!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'It and every department under it' })
  @IsOptional()
  @IsUUID('4')
  departmentId?: string;
}
