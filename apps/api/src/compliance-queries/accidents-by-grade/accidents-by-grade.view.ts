import type { AccidentMonth } from '@dutyledger/read-models';

export class AccidentMonthView implements AccidentMonth {
  /** @example "2026-03" */
  month!: string;
  ESPECIALLY_SERIOUS!: number;
  SERIOUS!: number;
  LARGER!: number;
  GENERAL!: number;
}
