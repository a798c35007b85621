import type { CadreAppointedToPost } from './post.events';

/** CadreAppointedToPost as schema version 1 stored it, before eligibility was enforced. */
export interface CadreAppointedToPostV1Data {
  readonly postId: string;
  readonly cadreId: string;
  readonly effectiveFrom: string;
  readonly occurredAt: string;
}

/** v1 -> v2: nothing was overridden (eligibility was not checked then). */
export function upcastCadreAppointedToPostV1(
  data: CadreAppointedToPostV1Data,
): CadreAppointedToPost['data'] {
  return { ...data, eligibilityOverride: null };
}
