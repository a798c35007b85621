import {
  type EligibilityPolicy,
  type JurisdictionCalendar,
  instantOf,
  isMeasure,
} from '@dutyledger/domain';
import type { CadreHistorySanction } from './cadre-history-sanction.entity';
import type { HistorySanction } from './cadre-history.view';

/** How measures weigh on appointment: the configured policy, months in the jurisdiction's calendar. */
export interface InfluenceReading {
  policy: EligibilityPolicy;
  calendar: JurisdictionCalendar;
}

const earlier = (a: string, b: string): string => (instantOf(a) <= instantOf(b) ? a : b);

/**
 * A sanction as the history shows it: a measure with its influence on appointment (from its
 * effect, for the policy's months or for good, until it ended on appeal or withdrawal), or a
 * referral, which is no measure and influences nothing by itself.
 */
export function withInfluence(
  { cadreId: _cadreId, ...sanction }: CadreHistorySanction,
  { policy, calendar }: InfluenceReading,
): HistorySanction {
  if (!isMeasure(sanction.sanction)) {
    return { ...sanction, category: 'REFERRAL', influence: null, influenceUntil: null };
  }
  const influence = policy.influence[sanction.sanction];
  const { effectiveFrom, endedAt } = sanction;
  const lapses =
    effectiveFrom === null || influence === 'PERMANENT'
      ? null
      : calendar.addMonths(effectiveFrom, influence);
  const until =
    endedAt === null || effectiveFrom === null ? lapses : earlier(lapses ?? endedAt, endedAt);
  return { ...sanction, category: 'MEASURE', influence, influenceUntil: until };
}
