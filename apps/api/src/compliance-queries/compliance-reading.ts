import type { DutyLedgerConfig } from '@dutyledger/config';
import type { JurisdictionCalendar } from '@dutyledger/domain';
import type { ComplianceReading } from '@dutyledger/read-models';

/** How compliance is read here: the jurisdiction's calendar, the configured weights and bands. */
export function complianceReading(
  config: DutyLedgerConfig,
  calendar: JurisdictionCalendar,
): ComplianceReading {
  return {
    calendar,
    weights: config.policy.complianceWeights,
    bands: config.policy.gradeBands,
  };
}
