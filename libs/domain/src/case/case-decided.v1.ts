import type { AppealDecided, CaseDecided } from './case.events';
import type { AppealOutcome, Sanction } from './case.vocabulary';

/** CaseDecided as schema version 1 stored it: without who decided (the event's actor did). */
export interface CaseDecidedV1Data {
  readonly caseId: string;
  readonly appealWindowClosesAt: string;
  readonly occurredAt: string;
}

/** v1 -> v2: the decider is the actor who issued the decision. */
export function upcastCaseDecidedV1(
  data: CaseDecidedV1Data,
  actorId: string | null,
): CaseDecided['data'] {
  return { ...data, decidedBy: actorId };
}

/** AppealDecided as schema version 1 stored it: without who decided (the event's actor did). */
export interface AppealDecidedV1Data {
  readonly caseId: string;
  readonly appealId: string;
  readonly cadreId: string;
  readonly sanctionId: string;
  readonly outcome: AppealOutcome;
  readonly changedSanction: Sanction | null;
  readonly reasoning: string;
  readonly occurredAt: string;
}

/** v1 -> v2: the decider is the actor who decided the appeal. */
export function upcastAppealDecidedV1(
  data: AppealDecidedV1Data,
  actorId: string | null,
): AppealDecided['data'] {
  return { ...data, decidedBy: actorId };
}
