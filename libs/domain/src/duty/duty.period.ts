import { unreachable } from '../shared/decider';
import type { Cadence } from './duty.events';

const PERIOD_FORMAT: Record<Exclude<Cadence, 'ONCE'>, RegExp> = {
  ANNUAL: /^\d{4}$/,
  QUARTERLY: /^\d{4}-Q[1-4]$/,
  MONTHLY: /^\d{4}-(0[1-9]|1[0-2])$/,
};

/**
 * Whether a performance period is written for the duty's cadence: 'ONCE' for a one-off duty,
 * '2026' for annual, '2026-Q1' for quarterly, '2026-03' for monthly.
 */
export function periodMatchesCadence(period: string, cadence: Cadence): boolean {
  switch (cadence) {
    case 'ONCE':
      return period === 'ONCE';
    case 'ANNUAL':
    case 'QUARTERLY':
    case 'MONTHLY':
      return PERIOD_FORMAT[cadence].test(period);
    default:
      return unreachable(cadence);
  }
}
