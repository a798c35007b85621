import { instantOf } from '../policies/calendar';
import type { CaseDeadline, CaseState } from './case.state';

/** What the overdue rule reads of a case: its deadline, if it has one. */
export interface DeadlineOfCase {
  readonly deadline: Pick<CaseDeadline, 'dueAt' | 'stoppedAt'> | null;
}

/**
 * Overdue cases are flagged, never blocked: true while the investigation deadline of a
 * post-accident case has passed and no decision has been issued yet. Pre-accident cases have no
 * statutory deadline and are never overdue; once the first decision is issued the deadline stops
 * (a reopened investigation has no statutory deadline either).
 */
export function isOverdue(state: CaseState | DeadlineOfCase, now: Date): boolean {
  if (!('deadline' in state) || state.deadline === null) return false;
  return state.deadline.stoppedAt === null && now.getTime() > instantOf(state.deadline.dueAt);
}
