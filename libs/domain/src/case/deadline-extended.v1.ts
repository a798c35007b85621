import { addDays } from '../policies/calendar';
import type { DeadlineExtended } from './case.events';

/**
 * DeadlineExtended as schema version 1 stored it: the old due date and the days added, but not
 * the new due date. Version 2 records `dueAt` so that no reader has to recompute it.
 */
export interface DeadlineExtendedV1Data {
  readonly caseId: string;
  readonly days: number;
  readonly reason: string;
  readonly previousDueAt: string;
  readonly occurredAt: string;
}

/** v1 -> v2: the new due date is the old one plus the days, as the decider computes it. */
export function upcastDeadlineExtendedV1(data: DeadlineExtendedV1Data): DeadlineExtended['data'] {
  return { ...data, dueAt: addDays(data.previousDueAt, data.days) };
}
