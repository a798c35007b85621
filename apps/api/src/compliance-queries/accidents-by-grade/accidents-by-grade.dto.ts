import { IsOptional, IsUUID, Matches } from 'class-validator';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class AccidentsByGradeQuery {
  /**
   * First month (YYYY-MM, a month of DUTYLEDGER_TIME_ZONE)
   * @example "2025-07"
   */
  @Matches(MONTH, { message: 'from must be a month written YYYY-MM' })
  from!: string;

  /**
   * Last month, included; at most 120 months in all
   * @example "2026-06"
   */
  @Matches(MONTH, { message: 'to must be a month written YYYY-MM' })
  to!: string;

  /** It and every department under it */
  @IsOptional()
  @IsUUID('4')
  departmentId?: string;
}
