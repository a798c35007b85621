import type { CaseEvent } from './case.events';
import type { CaseDeadline } from './case.state';

/**
 * The investigation deadline after an event, the only copy of its rules: a post-accident case's
 * deadline is set once, moved by an extension, and stopped by the first decision (a decision
 * after a reopening does not move the stop). A case without a deadline keeps none. The decider's
 * evolve folds with it, and read models that keep a deadline of their own ask it.
 */
export function deadlineAfter(
  deadline: CaseDeadline | null,
  event: CaseEvent,
): CaseDeadline | null {
  switch (event.type) {
    case 'InvestigationDeadlineSet': {
      const { dueAt } = event.data;
      return { dueAt, originalDueAt: dueAt, extended: false, extension: null, stoppedAt: null };
    }
    case 'DeadlineExtended': {
      if (deadline === null) return null;
      const { days, reason, dueAt } = event.data;
      return { ...deadline, dueAt, extended: true, extension: { days, reason } };
    }
    case 'CaseDecided':
      if (deadline === null) return null;
      return { ...deadline, stoppedAt: deadline.stoppedAt ?? event.data.occurredAt };
    default:
      return deadline;
  }
}
