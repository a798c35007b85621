import { addDays } from './calendar';

/** Post-accident investigations are due this many days after the accident (DOMAIN.md). */
export const POST_ACCIDENT_INVESTIGATION_DAYS = 60;

/** The one extension of an investigation deadline may add at most this many days. */
export const MAX_DEADLINE_EXTENSION_DAYS = 60;

/** Days after the decision during which a sanctioned subject may appeal, unless configured. */
export const DEFAULT_APPEAL_WINDOW_DAYS = 30;

/** When a post-accident investigation is due: 60 days after the accident happened. */
export function postAccidentInvestigationDueAt(accidentOccurredAt: string): string {
  return addDays(accidentOccurredAt, POST_ACCIDENT_INVESTIGATION_DAYS);
}

/** An extension is a whole number of days, at least one and at most 60. */
export function isAllowedExtension(days: number): boolean {
  return Number.isInteger(days) && days >= 1 && days <= MAX_DEADLINE_EXTENSION_DAYS;
}

/** The last instant at which an appeal may be filed (inclusive). */
export function appealWindowClosesAt(decidedAt: string, windowDays: number): string {
  return addDays(decidedAt, windowDays);
}
