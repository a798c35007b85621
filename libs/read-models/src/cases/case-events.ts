import {
  type CaseEvent,
  CASE_EVENT_TYPES,
  type OpenedCase,
  caseDecider,
  isCaseEventType,
} from '@dutyledger/domain';
import type { RecordedEvent } from '@dutyledger/event-store';

/** Every stored type of the case stream, as the case projections subscribe to them. */
export const CASE_EVENT_TYPE_NAMES: readonly string[] = CASE_EVENT_TYPES;

/**
 * The domain's view of a stored case event (type and data; the envelope stays aside), or
 * undefined for any other type. The runner has upcast it to the current schema already.
 */
export function caseEventOf(event: RecordedEvent): CaseEvent | undefined {
  if (!isCaseEventType(event.type)) return undefined;
  return { type: event.type, data: event.data } as unknown as CaseEvent;
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
