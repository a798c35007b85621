import type { Cadence } from '@dutyledger/domain';

/** A span of a work-safety duty with one cadence (canonical UTC times; `toAt` null while active). */
export interface DueSpan {
  readonly cadence: Cadence;
  readonly fromAt: string;
  readonly toAt: string | null;
  /** The type of the event that ended the span: `DutyAmended` (new cadence) or `DutyRevoked`. */
  readonly closedBy: string | null;
}

const MONTHS_PER_PERIOD: Record<Exclude<Cadence, 'ONCE'>, number> = {
  MONTHLY: 1,
  QUARTERLY: 3,
  ANNUAL: 12,
};

/**
 * How many periods of its cadence a duty owes in `year` (UTC) over one span: every period the
 * span overlaps (active at any moment of it). When a cadence amendment ends the span, the period
 * in which it took effect is owed under the new cadence only, so nothing is owed twice. A ONCE
 * duty owes one performance, in the year the span begins. An empty span owes nothing.
 */
export function periodsDue(span: DueSpan, year: number): number {
  const from = Date.parse(span.fromAt);
  const to = span.toAt === null ? Number.POSITIVE_INFINITY : Date.parse(span.toAt);
  if (to <= from) return 0;
  if (span.cadence === 'ONCE') return new Date(from).getUTCFullYear() === year ? 1 : 0;
  const length = MONTHS_PER_PERIOD[span.cadence];
  let due = 0;
  for (let month = 0; month < 12; month += length) {
    const start = Date.UTC(year, month, 1);
    const end = Date.UTC(year, month + length, 1);
    const overlaps = start < to && end > from;
    const owedUnderNextCadence = span.closedBy === 'DutyAmended' && end > to;
    if (overlaps && !owedUnderNextCadence) due += 1;
  }
  return due;
}
