import { type DomainEvent, eventTypesOf } from '../shared/decider';

export const POST_RANKS = ['PRINCIPAL', 'DEPUTY'] as const;
export type PostRank = (typeof POST_RANKS)[number];

export type PostEstablished = DomainEvent<
  'PostEstablished',
  {
    readonly postId: string;
    readonly departmentId: string;
    readonly title: string;
    readonly rank: PostRank;
    /** the industries or business lines the post leads */
    readonly businessScope: readonly string[];
    readonly occurredAt: string;
  }
>;

/** Eligibility blocks as the appointment found them, with the events they rest on. */
export interface OverriddenBlock {
  readonly reason: string;
  readonly detail: string;
  readonly sourceEventIds: readonly string[];
}

/** An appointment of a cadre whose eligibility was blocked, made all the same, and why. */
export interface EligibilityOverride {
  readonly reason: string;
  readonly blocks: readonly OverriddenBlock[];
}

/**
 * occurredAt is the effective date: the appointment takes effect then. Schema v2 records the
 * eligibility override, if any (`cadre-appointed-to-post.v1.ts`).
 */
export type CadreAppointedToPost = DomainEvent<
  'CadreAppointedToPost',
  {
    readonly postId: string;
    readonly cadreId: string;
    readonly effectiveFrom: string;
    readonly eligibilityOverride: EligibilityOverride | null;
    readonly occurredAt: string;
  }
>;

/** occurredAt is the effective date: the cadre stops holding the post then. */
export type CadreRelievedFromPost = DomainEvent<
  'CadreRelievedFromPost',
  {
    readonly postId: string;
    readonly cadreId: string;
    readonly effectiveFrom: string;
    readonly reason: string;
    readonly occurredAt: string;
  }
>;

export type PostEvent = PostEstablished | CadreAppointedToPost | CadreRelievedFromPost;

/** Every post event type, as the post decider reads them. */
export const POST_EVENT_TYPES = eventTypesOf<PostEvent['type']>({
  PostEstablished: true,
  CadreAppointedToPost: true,
  CadreRelievedFromPost: true,
});
