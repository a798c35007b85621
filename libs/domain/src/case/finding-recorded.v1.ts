import type { FindingRecorded } from './case.events';
import type { ResponsibilityKind } from './case.vocabulary';

/**
 * FindingRecorded as schema version 1 stored it: whether a statement preceded the finding, but no
 * hearing notice, no circumstances and no recorder in the data (the recorder is the event's actor).
 */
export interface FindingRecordedV1Data {
  readonly caseId: string;
  readonly cadreId: string;
  readonly responsible: boolean;
  readonly responsibilityKind: ResponsibilityKind | null;
  readonly reasoning: string;
  readonly heardBeforeFinding: boolean;
  readonly occurredAt: string;
}

/** v1 -> v2: a statement is the hearing; no circumstances were weighed; the actor recorded it. */
export function upcastFindingRecordedV1(
  { heardBeforeFinding, ...data }: FindingRecordedV1Data,
  actorId: string | null,
): FindingRecorded['data'] {
  return {
    ...data,
    hearing: heardBeforeFinding ? 'STATEMENT' : 'NOT_HEARD',
    aggravating: [],
    mitigating: [],
    recordedBy: actorId,
  };
}
