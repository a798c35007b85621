import type { CaseEventType } from './case.events';
import { CASE_STATUSES, type CaseStatus } from './case.vocabulary';

/** The status of a case once opened, before any other event. */
export const OPENED_CASE_STATUS: CaseStatus = 'OPENED';

/** The events that move a case to a status whatever it was (docs/domain.md, "The case"). */
const MOVES_TO: Partial<Record<CaseEventType, CaseStatus>> = {
  InvestigationStarted: 'UNDER_INVESTIGATION',
  CaseDecided: 'DECIDED',
  AppealFiled: 'APPEALED',
  CaseClosed: 'CLOSED',
  CaseReopened: 'REOPENED',
};

/**
 * The case status machine, the only copy of it: the status of an opened case after an event of
 * `type`. An appeal decision leaves the case APPEALED while other appeals are still pending
 * (`appealsPendingAfter`, counted after the event), DECIDED otherwise; every other event either
 * moves the case to its status or leaves it where it was. The decider's evolve folds with it, and
 * read models that keep a status of their own ask it rather than repeat it.
 */
export function caseStatusAfter(
  status: CaseStatus,
  type: CaseEventType,
  appealsPendingAfter = 0,
): CaseStatus {
  if (type === 'AppealDecided') return appealsPendingAfter > 0 ? 'APPEALED' : 'DECIDED';
  return MOVES_TO[type] ?? status;
}

export function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}
