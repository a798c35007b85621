import { ApiProperty } from '@nestjs/swagger';
import type { AccidentMonth } from '@dutyledger/read-models';

export class AccidentMonthView implements AccidentMonth {
  @ApiProperty({ example: '2026-03' }) month!: string;
  @ApiProperty() ESPECIALLY_SERIOUS!: number;
  @ApiProperty() SERIOUS!: number;
  @ApiProperty() LARGER!: number;
  @ApiProperty() GENERAL!: number;
}
