import { instantOf } from '../policies/calendar';
import type { CaseState } from './case.state';

/**
 * Overdue cases are flagged, never blocked: true while the investigation deadline of a
 * post-accident case has passed and no decision has been issued yet. Pre-accident cases have no
 * statutory deadline and are never overdue; once the first decision is issued the deadline stops
 * (a reopened investigation has no statutory deadline either).
 */
export function isOverdue(state: CaseState, now: Date): boolean {
  if (state.status === 'NOT_OPENED' || state.deadline === null) return false;
  return state.deadline.stoppedAt === null && now.getTime() > instantOf(state.deadline.dueAt);
}
