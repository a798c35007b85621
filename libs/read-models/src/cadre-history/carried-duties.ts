import type { CadreHistoryDuty } from './cadre-history-duty.entity';
import type { CadreHistoryHolding } from './cadre-history-holding.entity';
import type { CarriedDuty, Period } from './cadre-history.view';

const byText =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** The part of `a` that lies within `b` (times are canonical UTC text, so text order is time order). */
function overlap(a: Period, b: Period): Period | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to === null ? b.to : b.to === null ? a.to : a.to < b.to ? a.to : b.to;
  return to === null || from < to ? { from, to } : null;
}

/** The duties of the posts held, each with the times the cadre carried it; none it never did. */
export function carriedDuties(
  duties: CadreHistoryDuty[],
  holdings: CadreHistoryHolding[],
): CarriedDuty[] {
  return duties
    .map((duty) => {
      const inForce = { from: duty.assignedAt, to: duty.revokedAt };
      const periodsHeld = holdings
        .filter((holding) => holding.postId === duty.postId)
        .map((holding) => overlap(inForce, { from: holding.heldFrom, to: holding.heldUntil }))
        .filter((period): period is Period => period !== null);
      return { ...duty, periodsHeld };
    })
    .filter((duty) => duty.periodsHeld.length > 0)
    .sort(byText((duty) => `${duty.periodsHeld[0]?.from ?? ''} ${duty.dutyId}`));
}
