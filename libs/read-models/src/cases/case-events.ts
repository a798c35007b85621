import { type CaseEvent, type OpenedCase, caseDecider, isCaseEventType } from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';
import type { Recorded } from '@dutyledger/ledger';

function isCaseEvent(event: Recorded): event is Recorded<CaseEvent> {
  return isCaseEventType(event.type);
}

/**
 * The domain's view of a decoded case event (its type and data), or undefined for any other type.
 */
export function caseEventOf(event: Recorded): CaseEvent | undefined {
  if (!isCaseEvent(event)) return undefined;
  return event;
}

/**
 * The case after `event`, folded with the domain's own `caseDecider.evolve`, so that statuses
 * and deadlines follow the domain's rules. An event of a case that was never opened cannot be
 * applied (the runner parks it).
 */
export function evolvedCase(
  before: OpenedCase | null,
  event: CaseEvent,
  recorded: RecordedEvent,
): OpenedCase {
  const after = caseDecider.evolve(before ?? caseDecider.initialState, event);
  if (after.status === 'NOT_OPENED') {
    throw new Error(
      `${recorded.type} at position ${recorded.position}: case ${event.data.caseId} was never opened`,
    );
  }
  return after;
}
